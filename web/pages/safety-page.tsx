/** /safety — general rules, when to stretch, common mistakes, when to get help, the full disclaimer. */
import { SAFETY } from '../../skill/catalog';
import { Layout } from '../layout';

export function SafetyPage() {
  return (
    <Layout
      title="Safety and disclaimer"
      description="How to stretch your back safely, the mistakes to avoid, when to see a professional, and our medical disclaimer."
      nav="safety"
    >
      <h1>Stretch safely</h1>
      <p class="lead">Gentle and steady wins. Here is how to keep stretching safe, and when to stop.</p>

      <section class="caution urgent" aria-labelledby="help-heading">
        <h2 id="help-heading">When to get professional help</h2>
        <ul>
          {SAFETY.whenToSeekHelp.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      </section>

      <div class="two-col">
        <section aria-labelledby="rules-heading">
          <h2 id="rules-heading">Safety guidelines</h2>
          <ul>
            {SAFETY.generalRules.map((rule) => (
              <li>{rule}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="when-heading">
          <h2 id="when-heading">Good times to stretch</h2>
          <ul>
            {SAFETY.whenToStretch.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="mistakes-heading">
        <h2 id="mistakes-heading">Common mistakes</h2>
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
        <h2 id="tips-heading">Tips</h2>
        <ul>
          {SAFETY.tips.map((tip) => (
            <li>{tip}</li>
          ))}
        </ul>
      </section>

      <section id="disclaimer" class="panel" aria-labelledby="disclaimer-heading">
        <h2 id="disclaimer-heading">Medical disclaimer</h2>
        {SAFETY.fullDisclaimer.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
      </section>
    </Layout>
  );
}
