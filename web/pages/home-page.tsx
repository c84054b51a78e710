/** / — what the product is, how to use it by voice, the routines and all ten stretches. */
import type { Routine, Stretch } from '../../skill/catalog/types';
import { Layout } from '../layout';
import { illustrationPath } from '../asset-paths';
import { illustrationDescription } from '../illustrations';
import { formatAbout } from '../format';
import { stretchTimingLine } from '../stretch-facts';
import { SKILL_STORE_URL } from '../skill-link';
import type { PageTexts } from '../../skill/text/page-locale';

export interface HomePageProps {
  texts: PageTexts;
  stretches: { stretch: Stretch; durationSeconds: number }[];
  routines: { routine: Routine; durationSeconds: number }[];
}

export function HomePage({ texts, stretches, routines }: HomePageProps) {
  const words = texts.web.home;
  const capitalize = texts.language.capitalize;
  return (
    <Layout texts={texts} title={words.TITLE} description={words.DESCRIPTION} nav="home">
      <section class="hero">
        <div>
          <h1>{words.HEADING}</h1>
          <p class="lead">{words.LEAD}</p>
          <p>
            {words.ABOUT_PAGE_BEFORE} <a href="/safety">{words.SAFETY_GUIDANCE_LINK}</a>
            {words.ABOUT_PAGE_AFTER}
          </p>
        </div>
        <div class="panel soft">
          <h2>{words.START_BY_VOICE}</h2>
          <p>
            <a class="button enable-skill" href={SKILL_STORE_URL} rel="external">
              {texts.site.ENABLE_SKILL_LINK}
            </a>
          </p>
          <p class="step-note">{texts.site.ENABLE_SKILL_NOTE}</p>
          <ul class="phrases">
            {words.START_PHRASES.map((phrase) => (
              <li>
                <span class="phrase">{phrase}</span>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <div class="two-col">
        <section aria-labelledby="commands-heading">
          <h2 id="commands-heading">{words.WHILE_YOU_STRETCH}</h2>
          <p>{words.COMMANDS_INTRO}</p>
          <ul class="phrases">
            {words.PLAYER_COMMANDS.map((command) => (
              <li>
                <span class="phrase">{command.say}</span> {command.does}.
              </li>
            ))}
          </ul>
          <p>{words.COMMANDS_AFTER}</p>
        </section>

        <section aria-labelledby="routine-setup-heading">
          <h2 id="routine-setup-heading">{words.ROUTINE_SETUP_HEADING}</h2>
          <p>
            {words.ROUTINE_SETUP_BEFORE} <span class="phrase">{words.ROUTINE_SETUP_PHRASE}</span> {words.ROUTINE_SETUP_AFTER}
          </p>
          <ol class="steps">
            <li>{words.ROUTINE_STEP_OPEN}</li>
            <li>
              {words.ROUTINE_STEP_WHEN} <span class="phrase">{words.ROUTINE_STEP_WHEN_PHRASE}</span>.
            </li>
            <li>
              {words.ROUTINE_STEP_ACTION} <span class="phrase">{words.ROUTINE_STEP_ACTION_PHRASE}</span>.
            </li>
            <li>{words.ROUTINE_STEP_SAVE}</li>
          </ol>
        </section>
      </div>

      <section id="routines" aria-labelledby="routines-heading">
        <h2 id="routines-heading">{words.ROUTINES_HEADING}</h2>
        <ul class="routine-list">
          {routines.map(({ routine, durationSeconds }) => (
            <li class="panel">
              <h3>
                <a href={`/routines/${routine.id}`}>{routine.name}</a>
              </h3>
              <p>{routine.summary}</p>
              <ul class="meta">
                <li>{capitalize(formatAbout(durationSeconds, texts))}</li>
                <li>{words.stretchCount(routine.items.length)}</li>
                {routine.guideMinutes ? <li>{words.guideMinutes(routine.guideMinutes.min, routine.guideMinutes.max)}</li> : null}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <section id="stretches" aria-labelledby="stretches-heading">
        <h2 id="stretches-heading">{words.STRETCHES_HEADING}</h2>
        <ul class="grid">
          {stretches.map(({ stretch, durationSeconds }) => (
            <li>
              <article class="card">
                <img
                  src={illustrationPath(stretch.id, undefined, undefined, texts)}
                  alt={illustrationDescription(stretch.id, undefined, undefined, texts)}
                  width="600"
                  height="400"
                  loading="lazy"
                />
                <div class="card-body">
                  <h3>
                    <a href={`/stretches/${stretch.id}`}>{stretch.name}</a>
                  </h3>
                  <p class="card-summary">{stretch.summary}</p>
                  <p>{stretchTimingLine(stretch, texts)}</p>
                  <ul class="meta">
                    {stretch.areas.map((area) => (
                      <li>{capitalize(area)}</li>
                    ))}
                    <li>{capitalize(formatAbout(durationSeconds, texts))}</li>
                  </ul>
                </div>
              </article>
            </li>
          ))}
        </ul>
      </section>

      <section class="caution" aria-labelledby="home-safety-heading">
        <h2 id="home-safety-heading">{words.SAFETY_HEADING}</h2>
        <p>
          {words.SAFETY_TEXT} <a href="/safety">{words.SAFETY_LINK}</a>.
        </p>
      </section>
    </Layout>
  );
}
