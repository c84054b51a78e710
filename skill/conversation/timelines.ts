/**
 * The timeline behind an active session, compiled from the catalog and the person's
 * preferences and remembered per process (a pure function of its inputs; compiling a routine
 * costs a few ms of CPU, most turns need it once or twice: see `npm run bench`), and the
 * mapping of a position from one compiled timeline to another (after a preference,
 * variant or exclusion change the segments can differ).
 */
import { getRoutine, isRoutineId, isStretchId } from '../catalog/index';
import { adjustmentFor, gentleLeavesOut } from '../coaching/progression';
import {
  compileRoutine,
  compileStretch,
  DEFAULT_MAX_SEGMENT_SECONDS,
  durationOf,
  MAX_AUDIO_TAGS,
  renderSsml,
  SSML_MAX_CHARS,
  type CountingRules,
  type Pace,
} from '../narration/index';
import type { Segment, Timeline } from '../narration/types';
import { textsFor, type Texts } from '../text/locale';
import type { ActiveSession, UserState } from './types';

/**
 * Compiled timelines by their words (each bundle of texts its own, so two bundles that share a
 * language code never share a timeline) and their other inputs. Bounded: there are only a few
 * hundred combinations per language.
 */
const compiledByTexts = new WeakMap<Texts, Map<string, Timeline>>();
const MAX_REMEMBERED = 1000;

/** Timelines are shared between turns, so nobody may change one: freeze it all the way down. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function remembered(texts: Texts, key: string, compile: () => Timeline): Timeline {
  let compiled = compiledByTexts.get(texts);
  if (!compiled) compiledByTexts.set(texts, (compiled = new Map()));
  const known = compiled.get(key);
  if (known) return known;
  const timeline = deepFreeze(compile());
  if (compiled.size >= MAX_REMEMBERED) compiled.clear();
  compiled.set(key, timeline);
  return timeline;
}

/**
 * The timeline for the active session in the words of `texts` (English when absent), or
 * undefined when its stored id is no longer valid.
 */
export function timelineFor(state: UserState, active: ActiveSession, texts: Texts = textsFor(undefined)): Timeline | undefined {
  // Coaching: the progression step, or a gentle day for sessions started on it.
  const adjustment = adjustmentFor(state.coaching, active.startedAt.slice(0, 10));
  const options = { preferences: state.preferences, variant: active.variant, adjustment, texts };
  const prefs = `${state.preferences.holdLength}|${state.preferences.pace}|${state.preferences.cueStyle}|${active.variant}|${adjustment.level}|${adjustment.gentle}`;
  if (active.kind === 'routine' && isRoutineId(active.id)) {
    const kept = getRoutine(active.id, texts).items.map((item) => item.stretchId).filter((id) => !state.excludedStretches.includes(id));
    const gentle = adjustment.gentle ? gentleLeavesOut(kept) : [];
    const excluded = [...new Set([...state.excludedStretches, ...gentle])].sort();
    const id = active.id;
    return remembered(texts, `routine|${id}|${prefs}|${excluded.join(',')}`, () => compileRoutine(id, { ...options, excluded }));
  }
  if (active.kind === 'stretch' && isStretchId(active.id)) {
    const id = active.id;
    return remembered(texts, `stretch|${id}|${prefs}`, () => compileStretch(id, options));
  }
  return undefined;
}

function sameStep(a: Segment, b: Segment): boolean {
  return a.stretchId === b.stretchId && (a.set ?? 1) === (b.set ?? 1);
}

/**
 * Where `index` of `from` lands in `to`: the same segment (by id) if it still exists, else
 * the start of the same stretch (and set), else the first later segment that still exists.
 * Returns `to.segments.length` when nothing from `index` on survives.
 */
export function mapIndex(from: Timeline, index: number, to: Timeline): number {
  for (let i = Math.max(0, index); i < from.segments.length; i += 1) {
    const old = from.segments[i]!;
    const byId = to.segments.findIndex((s) => s.id === old.id);
    if (byId >= 0) return byId;
    const byStep = to.segments.findIndex((s) => sameStep(s, old));
    if (byStep >= 0) return byStep;
  }
  return to.segments.length;
}

/** Index of the first segment of the stretch (and set) that `index` belongs to. */
export function startOfStep(timeline: Timeline, index: number): number {
  const here = timeline.segments[index];
  if (!here) return index;
  let start = index;
  while (start > 0 && sameStep(timeline.segments[start - 1]!, here)) start -= 1;
  return start;
}

/** Index just past the run of segments of the same stretch starting at `index` (all its sets). */
export function endOfStretch(timeline: Timeline, index: number): number {
  const here = timeline.segments[index];
  if (!here) return index;
  let end = index;
  while (end < timeline.segments.length && timeline.segments[end]!.stretchId === here.stretchId) end += 1;
  return end;
}

/** Seconds left from `index` to the end. */
export function secondsLeft(timeline: Timeline, index: number): number {
  return timeline.segments.slice(index).reduce((sum, s) => sum + s.durationSeconds, 0);
}

/** How many different stretches remain from `index` (a stretch split over several segments or sets counts once). */
export function stretchesLeft(timeline: Timeline, index: number): number {
  let count = 0;
  let previous: string | undefined;
  for (const s of timeline.segments.slice(index)) {
    const key = s.stretchId;
    if (key !== previous) count += 1;
    previous = key;
  }
  return count;
}

/** Room one response leaves for the spoken lead, the closing prompt and a warning. */
const RESPONSE_MAX_CHARS = SSML_MAX_CHARS - 1500;

/** The second side of a stretch, straight after its first side in the same round. */
function secondSideOf(first: Segment, second: Segment): boolean {
  return (
    first.stretchId === second.stretchId &&
    (first.set ?? 1) === (second.set ?? 1) &&
    first.side === 'right' &&
    second.side === 'left' &&
    !second.id.includes('/rep-')
  );
}

/** Whether segments fit in one Alexa response: 240 s of audio, the SSML limit, five audio tags. */
function fitsOneResponse(segments: readonly Segment[], pace: Pace, rules: CountingRules | undefined): boolean {
  const events = segments.flatMap((s) => s.events);
  if (durationOf(events, pace, rules) > DEFAULT_MAX_SEGMENT_SECONDS) return false;
  if (events.filter((e) => e.type === 'chime').length > MAX_AUDIO_TAGS) return false;
  return renderSsml(events, { pace }).length <= RESPONSE_MAX_CHARS;
}

/**
 * Where the response that starts at `index` ends (exclusive): one segment, or both sides of a
 * stretch when they fit in one response, so the person is not asked anything between sides.
 * `rules`: the language the timeline speaks, whose rules time the audio budget (English unless given).
 */
export function responseEnd(timeline: Timeline, index: number, pace: Pace, rules?: CountingRules): number {
  let end = index + 1;
  while (
    end < timeline.segments.length &&
    secondSideOf(timeline.segments[end - 1]!, timeline.segments[end]!) &&
    fitsOneResponse(timeline.segments.slice(index, end + 1), pace, rules)
  ) {
    end += 1;
  }
  return Math.min(end, timeline.segments.length);
}

/** The first segment of the response (played from the top) that holds segment `index`. */
export function responseStart(timeline: Timeline, index: number, pace: Pace, rules?: CountingRules): number {
  let start = 0;
  while (start < timeline.segments.length) {
    const end = responseEnd(timeline, start, pace, rules);
    if (index < end) return start;
    start = end;
  }
  return index;
}
