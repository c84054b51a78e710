/** /routines/:id — the routine's sequence with each item's timing, and the total. */
import type { Routine, RoutineItem, Stretch } from '../../skill/catalog/types';
import { Layout } from '../layout';
import { illustrationPath } from '../asset-paths';
import { illustrationDescription, modificationPose } from '../illustrations';
import { capitalize, formatAbout, formatSeconds } from '../format';
import { PlayerSection } from './player-section';

export interface RoutinePageItem {
  item: RoutineItem;
  stretch: Stretch;
  /** Estimated seconds for this item, when the narration's segments could be matched to it. */
  durationSeconds?: number;
}

export interface RoutinePageProps {
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

/** "Hold 60 seconds", "15 breath cycles", "2 holds of 30 seconds on each side, right first". */
/** The drawing the player shows before it starts: the routine's first stretch, right side. */
function firstImage(items: RoutinePageItem[]): { url: string; alt: string } {
  const first = items[0];
  if (!first) return { url: illustrationPath('childs-pose'), alt: illustrationDescription('childs-pose') };
  const pose = itemPose(first.item, first.stretch);
  return { url: illustrationPath(first.stretch.id, pose), alt: illustrationDescription(first.stretch.id, pose) };
}

/** The drawing of the version a routine narrates: the chair twist in the desk break, else the main one. */
function itemPose(item: RoutineItem, stretch: Stretch): string | undefined {
  const modification = item.variant === 'easier' ? stretch.modifications[0]?.name : undefined;
  return modification ? modificationPose(stretch.id, modification) : undefined;
}

export function itemTiming(item: RoutineItem, stretch: Stretch): string {
  const hold = item.holdSeconds ?? stretch.hold?.default;
  const reps = item.reps ?? stretch.reps?.default ?? 1;
  const sides = stretch.sided ? ' on each side, right first' : '';
  let timing: string;
  switch (stretch.kind) {
    case 'breath-flow':
      timing = `${reps} slow breath cycles`;
      break;
    case 'paired-holds':
      timing = `${reps} pairs of ${hold ? `${hold}-second` : 'short'} holds`;
      break;
    case 'short-holds':
      timing = `${reps} holds of ${hold ? formatSeconds(hold) : 'a few seconds'}`;
      break;
    case 'static-hold':
      timing =
        reps === 1
          ? `Hold ${hold ? formatSeconds(hold) : ''}${sides}`
          : `${reps} holds of ${hold ? formatSeconds(hold) : 'a while'}${sides}`;
      break;
  }
  const sets = item.sets ?? 1;
  const version = variantName(item, stretch);
  const withVersion = version ? `${version}: ${timing.charAt(0).toLowerCase()}${timing.slice(1)}` : timing;
  return sets > 1 ? `${withVersion}; ${sets} sets` : withVersion;
}

export function RoutinePage({ routine, items, durationSeconds }: RoutinePageProps) {
  return (
    <Layout
      title={routine.name}
      description={routine.summary}
      nav="routines"
      withPlayer
      image={`/illustrations/${items[0]?.stretch.id ?? 'childs-pose'}-large.png`}
    >
      <p class="crumbs no-print">
        <a href="/#routines">All routines</a>
      </p>
      <h1>{routine.name}</h1>
      <p class="lead">{routine.summary}</p>
      <p>{capitalize(routine.when)}</p>
      <p class="total" data-total>
        Total: {formatAbout(durationSeconds)} with standard holds
      </p>
      {routine.guideMinutes ? (
        <p>
          The guide this routine comes from suggests {routine.guideMinutes.min}–{routine.guideMinutes.max} minutes.
        </p>
      ) : null}

      <PlayerSection kind="routine" id={routine.id} name={routine.name} image={firstImage(items)} />

      <section aria-labelledby="sequence-heading">
        <h2 id="sequence-heading">The sequence</h2>
        <ol class="sequence">
          {items.map(({ item, stretch, durationSeconds: itemSeconds }) => (
            <li data-stretch={stretch.id}>
              <img
                src={illustrationPath(stretch.id, itemPose(item, stretch))}
                alt={illustrationDescription(stretch.id, itemPose(item, stretch))}
                width="600"
                height="400"
              />
              <div>
                <h3>
                  <a href={`/stretches/${stretch.id}`}>{stretch.name}</a>
                </h3>
                <p>
                  {itemTiming(item, stretch)}
                  {itemSeconds !== undefined ? ` (${formatAbout(itemSeconds)})` : ''}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section class="panel soft no-print" aria-labelledby="voice-heading">
        <h2 id="voice-heading">Ask Alexa</h2>
        <p>
          Say <span class="phrase">Alexa, ask back stretch coach to start the {routine.spokenName}</span>.
        </p>
      </section>
    </Layout>
  );
}
