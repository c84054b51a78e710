/**
 * Compiles a stretch or a routine into a Timeline for the person's preferences.
 * Pure: catalog data in, events out.
 */
import { normalizePreferences } from '../state/preferences';
import { getRoutine, getStretch, isRoutineId, isStretchId } from '../catalog';
import type { Preferences, Routine, RoutineId, RoutineItem, StartPosition, Stretch, StretchId } from '../catalog/types';
import { textsFor, type Texts } from '../text/locale';
import { resolveDosage, trimDosage, type Trim } from './dosage';
import { durationOf } from './duration';
import { PACING } from './pacing';
import type { StretchContext } from './segment-plan';
import { stretchPlans } from './occurrence-plans';
import { DEFAULT_MAX_SEGMENT_SECONDS, planSegments } from './segments';
import type { NarrationOptions, Segment, Timeline } from './types';
import { chooseVersion } from './variants';

export interface RoutineNarrationOptions extends NarrationOptions {
  /** Stretches the person asked to leave out of their routines. */
  excluded?: StretchId[];
}

/** Where an item sits in its routine, which decides how its first line names it. */
export interface ItemPosition {
  index: number;
  count: number;
  /** Where the person was for the item before (none for the first). */
  previous?: StartPosition;
}

function requireStretch(id: StretchId, texts: Texts) {
  if (!isStretchId(id)) throw new Error(`Unknown stretch id "${String(id)}"`);
  return getStretch(id, texts);
}

function requireRoutine(id: RoutineId, texts: Texts): Routine {
  if (!isRoutineId(id)) throw new Error(`Unknown routine id "${String(id)}"`);
  return getRoutine(id, texts);
}

/** The words the options ask for: English unless a locale's texts are given. */
export function textsOf(opts: Pick<NarrationOptions, 'texts'>): Texts {
  return opts.texts ?? textsFor(undefined);
}

/** Preferences as stored may be partial or stale: anything unknown falls back to the default. */
function knownPreferences(prefs: Partial<Preferences> | undefined): Preferences {
  return normalizePreferences(prefs);
}

function segmentsFor(
  item: RoutineItem | undefined,
  stretchId: StretchId,
  opts: NarrationOptions,
  introLine: (stretch: Stretch) => string,
  withSummary: boolean,
  previous?: StartPosition,
  variety = 0,
  trim?: Trim,
  known?: Map<string, Segment[]>,
): Segment[] {
  const texts = textsOf(opts);
  const stretch = requireStretch(stretchId, texts);
  const { pace, cueStyle, holdLength } = knownPreferences(opts.preferences);
  const dosage = trimDosage(stretch, resolveDosage(stretch, holdLength, item, opts.adjustment), trim, resolveDosage(stretch, holdLength, item));
  // With the same options, item and place in the routine, the segments depend only on where the
  // person was before and on the numbers: `known` (one routine being fitted) keeps them by those.
  const key = known ? JSON.stringify([previous ?? null, dosage]) : '';
  const kept = known?.get(key);
  if (kept) return kept;
  const version = chooseVersion(stretch, item?.variant ?? opts.variant ?? 'standard', texts);
  const position = positionOf(stretch, version.variation);
  const ctx: StretchContext = {
    texts,
    stretch,
    dosage,
    version,
    pace,
    cueStyle,
    pacing: PACING[pace],
    introLine: introLine(stretch),
    withSummary,
    position,
    // A routine's first stretch starts from where the person probably is: standing by the device.
    positionChange: previous ? texts.transitions.positionChange(previous, position) : item ? texts.transitions.gettingDown(position) : [],
    variety,
  };
  const max = opts.maxSegmentSeconds ?? DEFAULT_MAX_SEGMENT_SECONDS;
  const segments = stretchPlans(ctx).flatMap((plan, index) => planSegments(plan, pace, max, index === 0, texts.narration.titles.join, texts.language));
  const versionName = version.variation?.name;
  const variant = version.variant;
  const result = versionName && variant !== 'standard' ? segments.map((segment) => ({ ...segment, version: versionName, variant })) : segments;
  known?.set(key, result);
  return result;
}

/** Where a stretch is done: the variation's own position when it replaces the setup. */
function positionOf(stretch: Stretch, variation: { replacesSetup?: boolean; startPosition?: StartPosition } | undefined): StartPosition {
  return variation?.replacesSetup && variation.startPosition ? variation.startPosition : stretch.startPosition;
}

function timeline(kind: Timeline['kind'], id: Timeline['id'], title: string, segments: Segment[], opts: NarrationOptions): Timeline {
  const events = segments.flatMap((segment) => segment.events);
  // Timed by the language narrated, as its segments and holds were (English when no texts are given).
  return { kind, id, title, segments, durationSeconds: durationOf(events, knownPreferences(opts.preferences).pace, textsOf(opts).language) };
}

/**
 * A single stretch, all sides and repetitions, starting with what it is for. Its name is
 * left to whoever introduces it (the skill says "Let's do cat cow", the page shows a heading),
 * so it is not said twice in a row.
 */
export function compileStretch(id: StretchId, opts: NarrationOptions): Timeline {
  const stretch = requireStretch(id, textsOf(opts));
  const segments = segmentsFor(undefined, id, opts, () => '', true);
  return timeline('stretch', id, stretch.name, segments, opts);
}

function itemIntroLine(position: ItemPosition, texts: Texts): (stretch: Stretch) => string {
  const { itemIntro } = texts.narration;
  const line = position.index === 0 ? itemIntro.first : position.index === position.count - 1 ? itemIntro.last : itemIntro.middle;
  return (stretch) => line(texts.names.nameInSentence(stretch));
}

/**
 * One routine item's segments, with the routine's own numbers (hold, reps, sets, version).
 * The item's version wins over opts.variant (the desk break always uses the chair twist).
 * `known`: segments this item already got in this routine with these options, by where the
 * person was before and the item's numbers (a routine fitted to its time is compiled again
 * with each item's numbers a little lower, and many items come out the same).
 */
export function compileRoutineItem(item: RoutineItem, opts: NarrationOptions, position: ItemPosition, trim?: Trim, known?: Map<string, Segment[]>): Segment[] {
  // Two wordings on per item: with the left side carrying on from the right (units.ts), the last hold
  // of one stretch and the first of the next do not say the same words (the cue lists have three
  // wordings; one step per item put them in step whenever a stretch held once a side). A function of
  // the index alone, so the deployment's item-by-item rendering (audio/every-stream.ts) still
  // covers every wording a stream can say.
  const variety = VARIETY_PER_ITEM * position.index;
  return segmentsFor(item, item.stretchId, opts, itemIntroLine(position, textsOf(opts)), false, position.previous, variety, trim, known);
}

/** The routine items left after the person's exclusions. */
export function routineItems(id: RoutineId, excluded: readonly StretchId[] = [], texts: Texts = textsFor(undefined)): RoutineItem[] {
  return requireRoutine(id, texts).items.filter((item) => !excluded.includes(item.stretchId));
}

function uniqueIds(segments: Segment[]): Segment[] {
  const seen = new Map<string, number>();
  return segments.map((segment) => {
    const count = (seen.get(segment.id) ?? 0) + 1;
    seen.set(segment.id, count);
    return count === 1 ? segment : { ...segment, id: `${segment.id}~${count}` };
  });
}

/**
 * A routine: each item's segments in order, each item opening with its name. The routine's
 * own welcome and closing words belong to the skill. Excluding every item gives a timeline
 * with no segments (the caller says so rather than playing silence).
 */
export function compileRoutine(id: RoutineId, opts: RoutineNarrationOptions): Timeline {
  const texts = textsOf(opts);
  const routine = requireRoutine(id, texts);
  const items = routineItems(id, opts.excluded, texts);
  // Each item's segments by where the person was and its numbers, shared by the fitting steps below.
  const known = items.map(() => new Map<string, Segment[]>());
  const compileWith = (trims: readonly (Trim | undefined)[]): Timeline => {
    let previous: StartPosition | undefined;
    const segments = items.flatMap((item, index) => {
      const itemSegments = compileRoutineItem(item, opts, { index, count: items.length, previous }, trims[index], known[index]);
      previous = itemSegments.at(-1)?.position ?? previous;
      return itemSegments;
    });
    return timeline('routine', id, routine.name, uniqueIds(segments), opts);
  };
  const guideSeconds = routine.guideMinutes ? routine.guideMinutes.max * 60 : undefined;
  let compiled = compileWith([]);
  // The guide's minutes are a ceiling for everyone: a slower pace, longer holds and a coached
  // step up (skill/coaching/progression.ts) all fit inside them, trimmed as below when needed.
  const budget = guideSeconds;
  if (budget === undefined || compiled.durationSeconds <= budget) return compiled;
  const stepped = opts.adjustment !== undefined && !opts.adjustment.gentle && opts.adjustment.level > 0;
  if (stepped) {
    // A coached step up gives way first: each hold and repetition a share of the way back toward
    // the person's numbers before it, never below them. Still over (a slower pace, longer holds):
    // the routine as it is without the step, fitted the usual way.
    const back: Trim[] = items.map(() => ({ toward: 0, toBase: true }));
    for (let step = 1; step <= TRIM_STEPS && compiled.durationSeconds > budget; step += 1) {
      back.forEach((trim) => (trim.toward = step / TRIM_STEPS));
      compiled = compileWith(back);
    }
    if (compiled.durationSeconds <= budget) return compiled;
    return compileRoutine(id, { ...opts, adjustment: { level: 0, gentle: false } });
  }
  // Over the guide's time (a slower pace, longer holds): the same steps, each held and repeated
  // a little less, step by step down to each stretch's own minimums; then, from the last item
  // back, one set where the routine does several.
  const trims: Trim[] = items.map(() => ({ toward: 0 }));
  for (let step = 1; step <= TRIM_STEPS && compiled.durationSeconds > budget; step += 1) {
    trims.forEach((trim) => (trim.toward = step / TRIM_STEPS));
    compiled = compileWith(trims);
  }
  for (let index = items.length - 1; index >= 0 && compiled.durationSeconds > budget; index -= 1) {
    if ((items[index]!.sets ?? 1) <= 1) continue;
    trims[index]!.oneSet = true;
    compiled = compileWith(trims);
  }
  return compiled;
}

/** How many cue wordings each routine item starts on from the one before it. */
const VARIETY_PER_ITEM = 2;

/** Trimming goes to the minimums in this many equal steps. */
const TRIM_STEPS = 10;
