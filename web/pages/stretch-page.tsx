/** /stretches/:id — everything about one stretch: drawings, steps, numbers, cues, options, caution. */
import type { Stretch, Variation } from '../../skill/catalog/types';
import type { PageTexts } from '../../skill/text/page-locale';
import { illustrationDescription, illustrationPoses, wordedDrawing } from '../illustrations';
import { Layout } from '../layout';
import { illustrationPath } from '../asset-paths';
import { formatAbout, formatSeconds } from '../format';
import { stretchFacts } from '../stretch-facts';
import { PlayerSection } from './player-section';

export interface StretchPageProps {
  texts: PageTexts;
  stretch: Stretch;
  /** Estimated seconds with the default preferences. */
  durationSeconds: number;
}

/** Text as it reads for the first (right) side, with the side words of `texts`. */
const rightSide = (texts: PageTexts) => (text: string) =>
  text.replaceAll('{side}', texts.language.side('right')).replaceAll('{other}', texts.language.side('left'));

/** A drawing's text alternative: the full description of the position (as in the SVG's <desc>). */
export function poseAlt(stretch: Stretch, pose: string, texts: PageTexts): string {
  return illustrationDescription(stretch.id, pose, stretch.sided ? 'right' : undefined, texts);
}

/** A figure's caption when there are several: the pose's label ("Cow position", "Chair twist"). */
function poseCaption(stretch: Stretch, pose: string, texts: PageTexts): string {
  const label = wordedDrawing(stretch.id, texts).poses.find((p) => p.name === pose)?.label;
  return texts.language.capitalize(label ?? texts.web.drawings.poseName(pose));
}

function CoreSteps({ stretch, texts }: { stretch: Stretch; texts: PageTexts }) {
  const words = texts.web.stretchPage;
  const right = rightSide(texts);
  const hold = stretch.hold?.default;
  const reps = stretch.reps?.default;
  const [first, second] = stretch.phases ?? [];
  switch (stretch.kind) {
    case 'breath-flow':
      return (
        <>
          {first ? (
            <li class="hold-step">{words.phaseStep(first.name, first.cue)}</li>
          ) : null}
          {second ? <li class="hold-step">{words.phaseStep(second.name, second.cue)}</li> : null}
          <li>{words.keepFlowing(reps)}</li>
        </>
      );
    case 'paired-holds':
      return (
        <>
          {first ? (
            <li class="hold-step">
              {words.phaseStep(first.name, first.cue)}
              {hold ? <span class="step-note">{words.holdFor(formatSeconds(hold, texts))}</span> : null}
            </li>
          ) : null}
          {second ? (
            <li class="hold-step">
              {words.phaseStep(second.name, second.cue)}
              {hold ? <span class="step-note">{words.holdFor(formatSeconds(hold, texts))}</span> : null}
            </li>
          ) : null}
          {reps ? <li>{words.repeatPair(reps)}</li> : null}
        </>
      );
    case 'short-holds':
      return (
        <li class="hold-step">
          {words.shortHold(hold ? formatSeconds(hold, texts) : undefined)}
          {reps ? <span class="step-note">{words.comeBackUp(reps)}</span> : null}
        </li>
      );
    case 'static-hold':
      return (
        <li class="hold-step">
          {words.staticHold(hold ? formatSeconds(hold, texts) : undefined)}
          {stretch.feel ? <span class="step-note">{right(stretch.feel)}</span> : null}
        </li>
      );
  }
}

function VariationBlock({ variation, texts }: { variation: Variation; texts: PageTexts }) {
  const right = rightSide(texts);
  return (
    <>
      <h3>{variation.name}</h3>
      <p>{texts.language.capitalize(variation.when)}</p>
      <ol>
        {variation.steps.map((step) => (
          <li>{right(step)}</li>
        ))}
      </ol>
    </>
  );
}

export function StretchPage({ texts, stretch, durationSeconds }: StretchPageProps) {
  const words = texts.web.stretchPage;
  const capitalize = texts.language.capitalize;
  const right = rightSide(texts);
  const poses = illustrationPoses(stretch.id);
  const reps = stretch.reps?.default;
  return (
    <Layout
      texts={texts}
      title={stretch.name}
      description={stretch.summary}
      nav="stretches"
      withPlayer
      image={`/illustrations/${stretch.id}-large.png`}
    >
      <p class="crumbs no-print">
        <a href="/#stretches">{words.ALL_STRETCHES}</a>
      </p>
      <h1>{stretch.name}</h1>
      <p class="lead">{stretch.summary}</p>
      <h2 class="visually-hidden" id="glance-heading">
        {words.AT_A_GLANCE}
      </h2>
      <ul class="meta">
        {stretch.areas.map((area) => (
          <li>{capitalize(area)}</li>
        ))}
        <li>{words.startsIn(words.START_POSITIONS[stretch.startPosition])}</li>
        <li>{capitalize(formatAbout(durationSeconds, texts))}</li>
        {stretch.deskFriendly ? <li>{words.DESK_FRIENDLY}</li> : null}
      </ul>

      <div class="stretch-stage">
        <div class="figures">
          {poses.map((pose) => (
            <figure>
              <img src={illustrationPath(stretch.id, pose, undefined, texts)} alt={poseAlt(stretch, pose, texts)} width="600" height="400" />
              {poses.length > 1 ? <figcaption>{poseCaption(stretch, pose, texts)}</figcaption> : null}
            </figure>
          ))}
        </div>

        <PlayerSection
          texts={texts}
          kind="stretch"
          id={stretch.id}
          name={stretch.name}
          image={{ url: illustrationPath(stretch.id, undefined, undefined, texts), alt: poseAlt(stretch, poses[0] ?? 'main', texts) }}
        />
      </div>

      <div class="two-col">
        <section aria-labelledby="steps-heading">
          <h2 id="steps-heading">{words.HOW_TO_HEADING}</h2>
          {stretch.sided ? <p>{words.RIGHT_SIDE_FIRST}</p> : null}
          <ol class="steps">
            {stretch.setup.map((step) => (
              <li>{right(step)}</li>
            ))}
            <CoreSteps stretch={stretch} texts={texts} />
            {stretch.release.map((step) => (
              <li>{right(step)}</li>
            ))}
            {stretch.sided ? (
              <li>{words.switchSides(reps)}</li>
            ) : null}
          </ol>
        </section>

        <section aria-labelledby="numbers-heading">
          <h2 id="numbers-heading">{words.TIMING_HEADING}</h2>
          <dl class="facts panel">
            {stretchFacts(stretch, texts).map((fact) => (
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
              <h3>{words.CAUTION_HEADING}</h3>
              <p>{right(stretch.caution)}</p>
            </div>
          ) : null}
          {stretch.holdCues.length > 0 ? (
            <>
              <h2>{words.CUES_HEADING}</h2>
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
          <h2 id="easier-heading">{words.EASIER_HEADING}</h2>
          {stretch.modifications.map((variation) => (
            <VariationBlock variation={variation} texts={texts} />
          ))}
        </section>
      ) : null}

      {stretch.advanced ? (
        <section aria-labelledby="harder-heading">
          <h2 id="harder-heading">{words.HARDER_HEADING}</h2>
          <VariationBlock variation={stretch.advanced} texts={texts} />
        </section>
      ) : null}

      <section aria-labelledby="benefits-heading">
        <h2 id="benefits-heading">{words.BENEFITS_HEADING}</h2>
        <ul>
          {stretch.benefits.map((benefit) => (
            <li>{benefit}</li>
          ))}
        </ul>
      </section>

      <section class="panel soft no-print" aria-labelledby="voice-heading">
        <h2 id="voice-heading">{words.ASK_ALEXA_HEADING}</h2>
        <p>
          {words.SAY} <span class="phrase">{words.askForStretch(stretch.spokenName)}</span>.
        </p>
      </section>
    </Layout>
  );
}
