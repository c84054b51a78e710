/** Shared walkers for the narration tests: every preference combination, every timeline. */
import { ROUTINE_IDS, STRETCH_IDS, type Preferences, type RoutineId, type StretchId } from '../../skill/catalog/types';
import { compileRoutine, compileStretch } from '../../skill/narration/compile';
import { eventSeconds, silenceFollows } from '../../skill/narration/duration';
import type { CountingRules } from '../../skill/narration/speech-time';
import type { NarrationOptions, Timeline, TimelineEvent } from '../../skill/narration/types';
import { builtOnce } from '../support/built-once';

export const VARIANTS = ['standard', 'easier', 'harder'] as const;

export function allPreferences(): Preferences[] {
  const combos: Preferences[] = [];
  for (const holdLength of ['shorter', 'standard', 'longer'] as const)
    for (const pace of ['normal', 'slower'] as const)
      for (const cueStyle of ['voice', 'chimes'] as const) combos.push({ holdLength, pace, cueStyle });
  return combos;
}

export function describePrefs(p: Preferences, variant = 'standard'): string {
  return `${p.holdLength}/${p.pace}/${p.cueStyle}/${variant}`;
}

export interface Compiled {
  name: string;
  prefs: Preferences;
  timeline: Timeline;
}

let compiledOnce: readonly Compiled[] | undefined;

/**
 * Every stretch under every preference combination and variant, and every routine under every
 * combination. Compiled once per test worker (the files that walk them share it; none changes it),
 * and in the fast tier once until a source changes (test/support/built-once.ts).
 */
export function everyTimeline(): readonly Compiled[] {
  compiledOnce ??= builtOnce('every-timeline', ['test/narration/helpers.ts'], compileEveryTimeline);
  return compiledOnce;
}

let byName: Map<string, Timeline> | undefined;

/**
 * The standard version of a stretch or routine under `preferences`, from everyTimeline(): what
 * compileStretch(id, { preferences }) or compileRoutine(id, { preferences }) returns. Shared:
 * read it, do not change it.
 */
export function standardTimeline(id: StretchId | RoutineId, preferences: Preferences): Timeline {
  byName ??= new Map(everyTimeline().map((c) => [c.name, c.timeline]));
  const timeline = byName.get(`${id} ${describePrefs(preferences)}`);
  if (!timeline) throw new Error(`no timeline ${id} ${describePrefs(preferences)}`);
  return timeline;
}

function compileEveryTimeline(): Compiled[] {
  const all: Compiled[] = [];
  for (const prefs of allPreferences()) {
    for (const variant of VARIANTS) {
      for (const id of STRETCH_IDS) {
        all.push({ name: `${id} ${describePrefs(prefs, variant)}`, prefs, timeline: compileStretch(id, { preferences: prefs, variant }) });
      }
      for (const id of ROUTINE_IDS) {
        all.push({ name: `${id} ${describePrefs(prefs, variant)}`, prefs, timeline: compileRoutine(id, { preferences: prefs, variant }) });
      }
    }
  }
  return all;
}

type Adjustment = NonNullable<NarrationOptions['adjustment']>;

/** The coached steps a routine is compiled at: the first step, steps one to three up, and a gentle day. */
export const ADJUSTMENTS: readonly Adjustment[] = [0, 1, 2, 3].map((level) => ({ level, gentle: false })).concat([{ level: 0, gentle: true }]);

export interface SteppedTimeline {
  id: RoutineId;
  prefs: Preferences;
  adjustment: Adjustment;
  timeline: Timeline;
}

const steppedOnce = new Map<string, readonly SteppedTimeline[]>();

/**
 * Each of `ids` under every preference combination at every step of ADJUSTMENTS: what
 * compileRoutine(id, { preferences }) returns for the first step (standardTimeline) and
 * compileRoutine(id, { preferences, adjustment }) for the others. Compiled once per worker, and in the fast tier
 * once until a source changes (test/support/built-once.ts). Shared: read them, do not change them.
 * One set of ids per tier run: the store keeps the last build of a name only.
 */
export function steppedTimelines(ids: readonly RoutineId[]): readonly SteppedTimeline[] {
  const key = ids.join(' ');
  let known = steppedOnce.get(key);
  if (!known) steppedOnce.set(key, (known = builtOnce('stepped-timelines', ['test/narration/helpers.ts'], () => compileSteppedTimelines(ids), ids)));
  return known;
}

function compileSteppedTimelines(ids: readonly RoutineId[]): SteppedTimeline[] {
  const all: SteppedTimeline[] = [];
  for (const id of ids) {
    for (const prefs of allPreferences()) {
      for (const adjustment of ADJUSTMENTS) {
        // The first step is the routine as everyTimeline() has it (the standard version is the default).
        const first = adjustment.level === 0 && !adjustment.gentle;
        all.push({ id, prefs, adjustment, timeline: first ? standardTimeline(id, prefs) : compileRoutine(id, { preferences: prefs, adjustment }) });
      }
    }
  }
  return all;
}

export interface MeasuredHold {
  target: number;
  label: string;
  /** Seconds between holdStart and holdEnd. */
  measured: number;
  /** Start offset (from hold start) and length of each event inside. */
  inside: { event: TimelineEvent; at: number; seconds: number }[];
  /** Index of holdStart in the event list. */
  startIndex: number;
  endIndex: number;
}

/** Every hold in an event list, measured with the speech model (its lines counted by the language's `rules`, English unless given). */
export function measureHolds(events: readonly TimelineEvent[], pace: Preferences['pace'], rules?: CountingRules): MeasuredHold[] {
  const holds: MeasuredHold[] = [];
  let open: MeasuredHold | undefined;
  events.forEach((event, index) => {
    if (event.type === 'holdStart') {
      if (open) throw new Error(`hold "${open.label}" not closed before "${event.label}"`);
      open = { target: event.targetSeconds, label: event.label, measured: 0, inside: [], startIndex: index, endIndex: -1 };
    } else if (event.type === 'holdEnd') {
      if (!open) throw new Error('holdEnd without holdStart');
      open.endIndex = index;
      holds.push(open);
      open = undefined;
    } else if (open) {
      const seconds = eventSeconds(event, pace, event.type === 'say' && silenceFollows(events, index), rules);
      open.inside.push({ event, at: open.measured, seconds });
      open.measured += seconds;
    }
  });
  if (open) throw new Error(`hold "${open.label}" never closed`);
  return holds;
}

const measuredOnce = new WeakMap<Timeline, MeasuredHold[]>();

/** measureHolds(allEvents(timeline), pace) for a timeline of everyTimeline(), measured once per worker. */
export function holdsOf({ timeline, prefs }: Compiled): readonly MeasuredHold[] {
  const known = measuredOnce.get(timeline);
  if (known) return known;
  const holds = measureHolds(allEvents(timeline), prefs.pace);
  measuredOnce.set(timeline, holds);
  return holds;
}

export function allEvents(timeline: Timeline): TimelineEvent[] {
  return timeline.segments.flatMap((segment) => segment.events);
}

export function spoken(events: readonly TimelineEvent[]): string[] {
  return events.flatMap((event) => (event.type === 'say' ? [event.text] : []));
}
