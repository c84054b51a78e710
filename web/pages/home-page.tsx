/** / — what the product is, how to use it by voice, the routines and all ten stretches. */
import type { Routine, Stretch } from '../../skill/catalog/types';
import { Layout } from '../layout';
import { illustrationPath } from '../asset-paths';
import { illustrationDescription } from '../illustrations';
import { capitalize, formatAbout } from '../format';
import { stretchTimingLine } from '../stretch-facts';
import { SKILL_STORE_URL } from '../skill-link';
import { ENABLE_SKILL_LINK, ENABLE_SKILL_NOTE } from '../../skill/text/en/site';

export interface HomePageProps {
  stretches: { stretch: Stretch; durationSeconds: number }[];
  routines: { routine: Routine; durationSeconds: number }[];
}

const PLAYER_COMMANDS: { say: string; does: string }[] = [
  { say: 'Alexa, next', does: 'moves on to the next stretch or side' },
  { say: 'Alexa, previous', does: 'goes back one step' },
  { say: 'Alexa, repeat', does: 'says the last part again' },
  { say: 'Alexa, pause', does: 'takes a break and keeps your place; say "Alexa, open back stretch coach" when you are ready to carry on' },
  { say: 'Alexa, start over', does: 'begins the routine again' },
  { say: 'Alexa, help', does: 'tells you what you can say' },
  { say: 'Alexa, stop', does: 'ends the session; your place is saved' },
];

export function HomePage({ stretches, routines }: HomePageProps) {
  return (
    <Layout
      title="Back Stretch Coach: gentle back stretches, guided by voice"
      description="A calm Alexa coach that talks you through ten back stretches and timed routines, with this companion page."
      nav="home"
    >
      <section class="hero">
        <div>
          <h1>Back Stretch Coach</h1>
          <p class="lead">
            A calm voice on your Alexa that talks you through gentle back stretches. It tells you how to get into each
            position, times every hold, counts the sides and reps, and waits for you between stretches. Your eyes and
            hands stay free.
          </p>
          <p>
            This page shows every stretch with a drawing, its steps and timings, the routines, and the{' '}
            <a href="/safety">safety guidance</a>. Each stretch and routine page can also guide you right here in the
            browser.
          </p>
        </div>
        <div class="panel soft">
          <h2>Start by voice</h2>
          <p>
            <a class="button enable-skill" href={SKILL_STORE_URL} rel="external">
              {ENABLE_SKILL_LINK}
            </a>
          </p>
          <p class="step-note">{ENABLE_SKILL_NOTE}</p>
          <ul class="phrases">
            <li>
              <span class="phrase">Alexa, open back stretch coach</span>
            </li>
            <li>
              <span class="phrase">Alexa, ask back stretch coach to start my back routine</span>
            </li>
            <li>
              <span class="phrase">Alexa, ask back stretch coach how do I do cat cow</span>
            </li>
          </ul>
        </div>
      </section>

      <div class="two-col">
        <section aria-labelledby="commands-heading">
          <h2 id="commands-heading">While you stretch</h2>
          <p>The coach waits for you between parts. Say "Alexa" first, then:</p>
          <ul class="phrases">
            {PLAYER_COMMANDS.map((command) => (
              <li>
                <span class="phrase">{command.say}</span> {command.does}.
              </li>
            ))}
          </ul>
          <p>
            Opening the skill again later picks up where you stopped. You can also ask for shorter or longer holds, or a
            slower pace.
          </p>
        </section>

        <section aria-labelledby="routine-setup-heading">
          <h2 id="routine-setup-heading">Make it one short phrase</h2>
          <p>
            An Alexa Routine lets you say <span class="phrase">Alexa, start my back routine</span> without the skill's
            name. In the Alexa app:
          </p>
          <ol class="steps">
            <li>Open More, then Routines, and tap the plus (+) button.</li>
            <li>
              Under When this happens, choose Voice and type <span class="phrase">start my back routine</span>.
            </li>
            <li>
              Under Add action, choose Skills, then Your Skills, then Back Stretch Coach. If your app shows Custom
              instead, type <span class="phrase">ask back stretch coach to start my back routine</span>.
            </li>
            <li>Pick the device that should answer, then tap Save.</li>
          </ol>
        </section>
      </div>

      <section id="routines" aria-labelledby="routines-heading">
        <h2 id="routines-heading">Routines</h2>
        <ul class="routine-list">
          {routines.map(({ routine, durationSeconds }) => (
            <li class="panel">
              <h3>
                <a href={`/routines/${routine.id}`}>{routine.name}</a>
              </h3>
              <p>{routine.summary}</p>
              <ul class="meta">
                <li>{capitalize(formatAbout(durationSeconds))}</li>
                <li>
                  {routine.items.length} {routine.items.length === 1 ? 'stretch' : 'stretches'}
                </li>
                {routine.guideMinutes ? (
                  <li>
                    Guide: {routine.guideMinutes.min}–{routine.guideMinutes.max} min
                  </li>
                ) : null}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <section id="stretches" aria-labelledby="stretches-heading">
        <h2 id="stretches-heading">The ten stretches</h2>
        <ul class="grid">
          {stretches.map(({ stretch, durationSeconds }) => (
            <li>
              <article class="card">
                <img
                  src={illustrationPath(stretch.id)}
                  alt={illustrationDescription(stretch.id)}
                  width="600"
                  height="400"
                  loading="lazy"
                />
                <div class="card-body">
                  <h3>
                    <a href={`/stretches/${stretch.id}`}>{stretch.name}</a>
                  </h3>
                  <p class="card-summary">{stretch.summary}</p>
                  <p>{stretchTimingLine(stretch)}</p>
                  <ul class="meta">
                    {stretch.areas.map((area) => (
                      <li>{capitalize(area)}</li>
                    ))}
                    <li>{capitalize(formatAbout(durationSeconds))}</li>
                  </ul>
                </div>
              </article>
            </li>
          ))}
        </ul>
      </section>

      <section class="caution" aria-labelledby="home-safety-heading">
        <h2 id="home-safety-heading">Stretch safely</h2>
        <p>
          Go gently, breathe, and never push through sharp pain. Stop and get medical help for numbness, tingling or
          weakness. <a href="/safety">Read the safety guidance</a>.
        </p>
      </section>
    </Layout>
  );
}
