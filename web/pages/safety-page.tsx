/**
 * /safety — the warning signs grouped exactly as the skill's triage groups them (urgent, soon,
 * ease out; generated from the red-flag catalog), each country's emergency numbers, general
 * rules, when to stretch, common mistakes, and the full disclaimer.
 */
import { countrySafety, fullDisclaimerForEveryCountry, safetyIn, SAFETY_LOCALES } from '../../skill/catalog';
import type { RedFlagUrgency } from '../../skill/catalog';
import type { PageTexts } from '../../skill/text/page-locale';
import { Layout } from '../layout';

/** The skill's triage levels, most urgent first: the page lists every red-flag group's sign under its level. */
const URGENCY_LEVELS: RedFlagUrgency[] = ['urgent', 'soon', 'stop-stretch'];

const LEVEL_CLASS: Record<RedFlagUrgency, string> = { urgent: 'caution urgent', soon: 'caution', 'stop-stretch': 'panel' };

export function SafetyPage({ texts }: { texts: PageTexts }) {
  const words = texts.web.safetyPage;
  const { ANYWHERE_ELSE_WRITTEN, NUMBERS_HEADING, SIGNS_INTRO, URGENCY_HEADING, URGENCY_WRITTEN, writtenEmergencyLine } = texts.urgency;
  const SAFETY = safetyIn(texts);
  return (
    <Layout texts={texts} title={words.TITLE} description={words.DESCRIPTION} nav="safety">
      <h1>{words.HEADING}</h1>
      <p class="lead">{words.LEAD}</p>

      <p id="warning-signs">{SIGNS_INTRO}</p>
      {URGENCY_LEVELS.map((urgency) => (
        <section class={LEVEL_CLASS[urgency]} aria-labelledby={`${urgency}-heading`} data-urgency={urgency}>
          <h2 id={`${urgency}-heading`}>{URGENCY_HEADING[urgency]}</h2>
          <p>{URGENCY_WRITTEN[urgency]}</p>
          <ul>
            {SAFETY.redFlags
              .filter((group) => group.urgency === urgency)
              .map((group) => (
                <li data-red-flag={group.id}>{group.sign}</li>
              ))}
          </ul>
          {urgency === 'urgent' ? (
            <>
              <h3 id="numbers-heading">{NUMBERS_HEADING}</h3>
              <ul class="emergency-numbers">
                {SAFETY_LOCALES.map((locale) => (
                  <li data-locale={locale}>{writtenEmergencyLine(countrySafety(locale, texts))}</li>
                ))}
                <li>{ANYWHERE_ELSE_WRITTEN}</li>
              </ul>
            </>
          ) : null}
        </section>
      ))}

      <div class="two-col">
        <section aria-labelledby="rules-heading">
          <h2 id="rules-heading">{words.RULES_HEADING}</h2>
          <ul>
            {SAFETY.generalRules.map((rule) => (
              <li>{rule}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="when-heading">
          <h2 id="when-heading">{words.WHEN_HEADING}</h2>
          <ul>
            {SAFETY.whenToStretch.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="mistakes-heading">
        <h2 id="mistakes-heading">{words.MISTAKES_HEADING}</h2>
        <dl class="facts panel">
          {SAFETY.commonMistakes.map(({ mistake, instead }) => (
            <>
              <dt>{mistake}</dt>
              <dd>{instead}</dd>
            </>
          ))}
        </dl>
      </section>

      <section aria-labelledby="tips-heading">
        <h2 id="tips-heading">{words.TIPS_HEADING}</h2>
        <ul>
          {SAFETY.tips.map((tip) => (
            <li>{tip}</li>
          ))}
        </ul>
      </section>

      <section id="disclaimer" class="panel" aria-labelledby="disclaimer-heading">
        <h2 id="disclaimer-heading">{words.DISCLAIMER_HEADING}</h2>
        {fullDisclaimerForEveryCountry(texts).map((paragraph) => (
          <p>{paragraph}</p>
        ))}
      </section>
    </Layout>
  );
}
