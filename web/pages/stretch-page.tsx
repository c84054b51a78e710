/** /stretches/:id — everything about one stretch: drawings, steps, numbers, cues, options, caution. */
import { fillSide } from '../../skill/catalog';
import type { Stretch, Variation } from '../../skill/catalog/types';
import { DRAWINGS, illustrationDescription, illustrationPoses } from '../illustrations';
import { poseWords } from '../pose-words';
import { Layout } from '../layout';
import { illustrationPath } from '../asset-paths';
import { capitalize, formatAbout, formatSeconds } from '../format';
import { stretchFacts } from '../stretch-facts';
import { PlayerSection } from './player-section';

export interface StretchPageProps {
  stretch: Stretch;
  /** Estimated seconds with the default preferences. */
  durationSeconds: number;
}

/** Text as it reads for the first (right) side. */
const right = (text: string) => fillSide(text, 'right');

/** A drawing's text alternative: the full description of the position (as in the SVG's <desc>). */
export function poseAlt(stretch: Stretch, pose: string): string {
  return illustrationDescription(stretch.id, pose, stretch.sided ? 'right' : undefined);
}

/** A figure's caption when there are several: the pose's label ("Cow position", "Chair twist"). */
function poseCaption(stretch: Stretch, pose: string): string {
  const label = DRAWINGS[stretch.id].poses.find((p) => p.name === pose)?.label;
  return capitalize(label ?? poseWords(pose));
}

function CoreSteps({ stretch }: { stretch: Stretch }) {
  const hold = stretch.hold?.default;
  const reps = stretch.reps?.default;
  const [first, second] = stretch.phases ?? [];
  switch (stretch.kind) {
    case 'breath-flow':
      return (
        <>
          {first ? (
            <li class="hold-step">
              {first.name}: {first.cue}
            </li>
          ) : null}
          {second ? (
            <li class="hold-step">
              {second.name}: {second.cue}
            </li>
          ) : null}
          <li>Keep flowing between the two with your breath{reps ? `, ${reps} times` : ''}.</li>
        </>
      );
    case 'paired-holds':
      return (
        <>
          {first ? (
            <li class="hold-step">
              {first.name}: {first.cue}
              {hold ? <span class="step-note">Hold for {formatSeconds(hold)}.</span> : null}
            </li>
          ) : null}
          {second ? (
            <li class="hold-step">
              {second.name}: {second.cue}
              {hold ? <span class="step-note">Hold for {formatSeconds(hold)}.</span> : null}
            </li>
          ) : null}
          {reps ? <li>Repeat the pair {reps} times.</li> : null}
        </>
      );
    case 'short-holds':
      return (
        <li class="hold-step">
          Hold for {hold ? formatSeconds(hold) : 'a few seconds'}, breathing easily.
          {reps ? <span class="step-note">Come back up, then repeat {reps} times.</span> : null}
        </li>
      );
    case 'static-hold':
      return (
        <li class="hold-step">
          Hold for {hold ? formatSeconds(hold) : 'a while'}, breathing slowly. No bouncing.
          {stretch.feel ? <span class="step-note">{right(stretch.feel)}</span> : null}
        </li>
      );
  }
}

function VariationBlock({ variation }: { variation: Variation }) {
  return (
    <>
      <h3>{variation.name}</h3>
      <p>{capitalize(variation.when)}</p>
      <ol>
        {variation.steps.map((step) => (
          <li>{right(step)}</li>
        ))}
      </ol>
    </>
  );
}

export function StretchPage({ stretch, durationSeconds }: StretchPageProps) {
  const poses = illustrationPoses(stretch.id);
  const reps = stretch.reps?.default;
  return (
    <Layout title={stretch.name} description={stretch.summary} nav="stretches" withPlayer image={`/illustrations/${stretch.id}-large.png`}>
      <p class="crumbs no-print">
        <a href="/#stretches">All stretches</a>
      </p>
      <h1>{stretch.name}</h1>
      <p class="lead">{stretch.summary}</p>
      <h2 class="visually-hidden" id="glance-heading">
        At a glance
      </h2>
      <ul class="meta">
        {stretch.areas.map((area) => (
          <li>{capitalize(area)}</li>
        ))}
        <li>Starts {stretch.startPosition}</li>
        <li>{capitalize(formatAbout(durationSeconds))}</li>
        {stretch.deskFriendly ? <li>Desk friendly</li> : null}
      </ul>

      <div class="stretch-stage">
        <div class="figures">
          {poses.map((pose) => (
            <figure>
              <img src={illustrationPath(stretch.id, pose)} alt={poseAlt(stretch, pose)} width="600" height="400" />
              {poses.length > 1 ? <figcaption>{poseCaption(stretch, pose)}</figcaption> : null}
            </figure>
          ))}
        </div>

        <PlayerSection
          kind="stretch"
          id={stretch.id}
          name={stretch.name}
          image={{ url: illustrationPath(stretch.id), alt: poseAlt(stretch, poses[0] ?? 'main') }}
        />
      </div>

      <div class="two-col">
        <section aria-labelledby="steps-heading">
          <h2 id="steps-heading">How to do it</h2>
          {stretch.sided ? <p>Right side first, then left.</p> : null}
          <ol class="steps">
            {stretch.setup.map((step) => (
              <li>{right(step)}</li>
            ))}
            <CoreSteps stretch={stretch} />
            {stretch.release.map((step) => (
              <li>{right(step)}</li>
            ))}
            {stretch.sided ? (
              <li>
                Switch sides: do the same on your left side{reps && reps > 1 ? `. Do ${reps} rounds on each side` : ''}.
              </li>
            ) : null}
          </ol>
        </section>

        <section aria-labelledby="numbers-heading">
          <h2 id="numbers-heading">Timing</h2>
          <dl class="facts panel">
            {stretchFacts(stretch).map((fact) => (
              <>
                <dt>{fact.label}</dt>
                <dd data-fact={fact.key}>
                  {fact.guide}
                  {fact.ours ? <span class="step-note ours">{fact.ours}</span> : null}
                </dd>
              </>
            ))}
          </dl>
          {stretch.caution ? (
            <div class="caution" role="note">
              <h3>Caution</h3>
              <p>{right(stretch.caution)}</p>
            </div>
          ) : null}
          {stretch.holdCues.length > 0 ? (
            <>
              <h2>Cues while you hold</h2>
              <ul>
                {stretch.holdCues.map((cue) => (
                  <li>{right(cue)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>

      {stretch.modifications.length > 0 ? (
        <section aria-labelledby="easier-heading">
          <h2 id="easier-heading">Make it easier</h2>
          {stretch.modifications.map((variation) => (
            <VariationBlock variation={variation} />
          ))}
        </section>
      ) : null}

      {stretch.advanced ? (
        <section aria-labelledby="harder-heading">
          <h2 id="harder-heading">Go further</h2>
          <VariationBlock variation={stretch.advanced} />
        </section>
      ) : null}

      <section aria-labelledby="benefits-heading">
        <h2 id="benefits-heading">Why it helps</h2>
        <ul>
          {stretch.benefits.map((benefit) => (
            <li>{benefit}</li>
          ))}
        </ul>
      </section>

      <section class="panel soft no-print" aria-labelledby="voice-heading">
        <h2 id="voice-heading">Ask Alexa</h2>
        <p>
          Say <span class="phrase">Alexa, ask back stretch coach how do I do {stretch.spokenName}</span>.
        </p>
      </section>
    </Layout>
  );
}
