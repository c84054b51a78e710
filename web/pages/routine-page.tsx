/** /routines/:id — the routine's sequence with each item's timing, and the total. */
import type { Routine, RoutineItem, Stretch } from '../../skill/catalog/types';
import { Layout } from '../layout';
import { illustrationPath } from '../asset-paths';
import { illustrationDescription, variantPose } from '../illustrations';
import { formatAbout, formatSeconds } from '../format';
import type { PageTexts } from '../../skill/text/page-locale';
import { PlayerSection } from './player-section';

export interface RoutinePageItem {
  item: RoutineItem;
  stretch: Stretch;
  /** Estimated seconds for this item, when the narration's segments could be matched to it. */
  durationSeconds?: number;
}

export interface RoutinePageProps {
  texts: PageTexts;
  routine: Routine;
  items: RoutinePageItem[];
  durationSeconds: number;
}

/** The name of the easier or harder version a routine uses, e.g. "Chair twist". */
function variantName(item: RoutineItem, stretch: Stretch): string | undefined {
  if (item.variant === 'easier') return stretch.modifications[0]?.name;
  if (item.variant === 'harder') return stretch.advanced?.name;
  return undefined;
}

/** The drawing the player shows before it starts: the routine's first stretch, right side. */
function firstImage(items: RoutinePageItem[], texts: PageTexts): { url: string; alt: string } {
  const first = items[0];
  if (!first) {
    return { url: illustrationPath('childs-pose', undefined, undefined, texts), alt: illustrationDescription('childs-pose', undefined, undefined, texts) };
  }
  const pose = itemPose(first.item, first.stretch);
  return { url: illustrationPath(first.stretch.id, pose, undefined, texts), alt: illustrationDescription(first.stretch.id, pose, undefined, texts) };
}

/**
 * The drawing of the version a routine narrates: the chair twist in the desk break, else the
 * main one. Drawings are filed under the version (easier, harder), never its name, which is words.
 */
function itemPose(item: RoutineItem, stretch: Stretch): string | undefined {
  return item.variant && item.variant !== 'standard' ? variantPose(stretch.id, item.variant) : undefined;
}

/** "Hold 60 seconds", "15 breath cycles", "2 holds of 30 seconds on each side, right first". */
export function itemTiming(item: RoutineItem, stretch: Stretch, texts: PageTexts): string {
  const words = texts.web.routinePage;
  const hold = item.holdSeconds ?? stretch.hold?.default;
  const length = hold ? formatSeconds(hold, texts) : undefined;
  const reps = item.reps ?? stretch.reps?.default ?? 1;
  let timing: string;
  switch (stretch.kind) {
    case 'breath-flow':
      timing = words.breathCycles(reps);
      break;
    case 'paired-holds':
      timing = words.pairsOfHolds(reps, hold);
      break;
    case 'short-holds':
      timing = words.shortHolds(reps, length);
      break;
    case 'static-hold':
      timing = reps === 1 ? words.oneHold(length, stretch.sided) : words.staticHolds(reps, length, stretch.sided);
      break;
  }
  const sets = item.sets ?? 1;
  const version = variantName(item, stretch);
  const withVersion = version ? words.inVersion(version, timing) : timing;
  return sets > 1 ? words.sets(withVersion, sets) : withVersion;
}

export function RoutinePage({ texts, routine, items, durationSeconds }: RoutinePageProps) {
  const words = texts.web.routinePage;
  return (
    <Layout
      texts={texts}
      title={routine.name}
      description={routine.summary}
      nav="routines"
      withPlayer
      image={`/illustrations/${items[0]?.stretch.id ?? 'childs-pose'}-large.png`}
    >
      <p class="crumbs no-print">
        <a href="/#routines">{words.ALL_ROUTINES}</a>
      </p>
      <h1>{routine.name}</h1>
      <p class="lead">{routine.summary}</p>
      <p>{texts.language.capitalize(routine.when)}</p>
      <p class="total" data-total>
        {words.total(formatAbout(durationSeconds, texts))}
      </p>
      {routine.guideMinutes ? <p>{words.guideSuggests(routine.guideMinutes.min, routine.guideMinutes.max)}</p> : null}

      <PlayerSection texts={texts} kind="routine" id={routine.id} name={routine.name} image={firstImage(items, texts)} />

      <section aria-labelledby="sequence-heading">
        <h2 id="sequence-heading">{words.SEQUENCE_HEADING}</h2>
        <ol class="sequence">
          {items.map(({ item, stretch, durationSeconds: itemSeconds }) => (
            <li data-stretch={stretch.id}>
              <img
                src={illustrationPath(stretch.id, itemPose(item, stretch), undefined, texts)}
                alt={illustrationDescription(stretch.id, itemPose(item, stretch), undefined, texts)}
                width="600"
                height="400"
              />
              <div>
                <h3>
                  <a href={`/stretches/${stretch.id}`}>{stretch.name}</a>
                </h3>
                <p>
                  {itemTiming(item, stretch, texts)}
                  {itemSeconds !== undefined ? words.itemAbout(formatAbout(itemSeconds, texts)) : ''}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section class="panel soft no-print" aria-labelledby="voice-heading">
        <h2 id="voice-heading">{words.ASK_ALEXA_HEADING}</h2>
        <p>
          {words.SAY} <span class="phrase">{words.askForRoutine(routine.spokenName)}</span>.
        </p>
      </section>
    </Layout>
  );
}
