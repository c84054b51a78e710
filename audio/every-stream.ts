/**
 * Every sentence any hands-free stream a person can ask for will say, so the deployment can
 * render each one once and the skill can assemble any stream from them at request time:
 * every routine with any of its stretches left out (by the person or by a gentle day), every
 * version (standard, easier, harder), every preference set, every progression step.
 *
 * Enumerating every subset of a routine would be 2^n compiles per preference set. A routine
 * item's words depend only on where it lands: first, in between or last (its first line), the
 * stretch before it (its position: "now sit up") and its place in the list (which wording of
 * each cue it starts from). The first two only change the head and the third only the cues,
 * so each item is compiled once per head and once per place, with the same compiler the skill
 * uses (compileRoutineItem). test/audio/every-stream.slow.test.ts checks the union against every
 * subset of a routine compiled whole.
 */
import { MAX_LEVEL } from '../skill/coaching/progression';
import { getRoutine, getStretch } from '../skill/catalog';
import { ROUTINE_IDS, STRETCH_IDS, type Preferences, type RoutineId, type StartPosition, type StretchId, type Variant } from '../skill/catalog/types';
import { compileRoutineItem, compileStretch, resolveDosage, type ItemPosition } from '../skill/narration/index';
import { streamSources } from '../skill/audio/sources';
import type { Timeline, TimelineEvent } from '../skill/narration/types';

export const VARIANTS: readonly Variant[] = ['standard', 'easier', 'harder'];

/** Which routines and stretches to cover (default: all). */
export interface StreamScope {
  routines?: readonly RoutineId[];
  stretches?: readonly StretchId[];
}

/** Progression steps 0..MAX_LEVEL and the gentle day. */
export function allAdjustments(): { level: number; gentle: boolean }[] {
  return [...Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({ level, gentle: false })), { level: 0, gentle: true }];
}

/** Where each stretch of a routine can be when the next one starts (any of its versions). */
function positionsBefore(routineItems: ReturnType<typeof getRoutine>['items'], k: number): StartPosition[] {
  const positions = new Set<StartPosition>();
  for (const item of routineItems.slice(0, k)) {
    const stretch = getStretch(item.stretchId);
    positions.add(stretch.startPosition);
    for (const variation of [...stretch.modifications, ...(stretch.advanced ? [stretch.advanced] : [])]) {
      if (variation.replacesSetup && variation.startPosition) positions.add(variation.startPosition);
    }
  }
  return [...positions];
}

/**
 * The places item k of an n-item routine can land once some of the others are left out: every
 * first line with every stretch before it (at place 1, or 0 for "First"), and every place.
 */
function itemPositions(k: number, n: number, before: readonly StartPosition[]): ItemPosition[] {
  const out: ItemPosition[] = [{ index: 0, count: n - k }];
  if (k === 0) return out;
  for (const previous of before) {
    out.push({ index: 1, count: 2, previous }); // the last one left
    if (k < n - 1) out.push({ index: 1, count: 3, previous }); // more to come
  }
  for (let index = 2; index <= k; index += 1) {
    out.push({ index, count: index + 1, previous: before[0]! });
    if (k < n - 1) out.push({ index, count: index + 2, previous: before[0]! });
  }
  return out;
}

/** The opening and closing words of a stream with this title. */
function edgeEvents(kind: Timeline['kind'], id: Timeline['id'], title: string): TimelineEvent[] {
  const bare: Timeline = { kind, id, title, segments: [], durationSeconds: 0 };
  return [true, false].flatMap((withSafety) => streamSources(bare, { withSafety }).flatMap((s) => s.events));
}

/**
 * Calls `visit` with the events of every distinct piece of narration a stream can hold, for
 * these preferences (each piece once: pieces that compile alike are skipped).
 */
export function forEveryStreamPiece(
  preferences: Preferences,
  visit: (events: readonly TimelineEvent[]) => void,
  scope: StreamScope = {},
): void {
  const seen = new Set<string>();
  const once = (key: string, compile: () => readonly TimelineEvent[]) => {
    if (seen.has(key)) return;
    seen.add(key);
    visit(compile());
  };
  const context = `${preferences.pace}|${preferences.cueStyle}`;
  for (const id of scope.stretches ?? STRETCH_IDS) {
    const stretch = getStretch(id);
    once(`edge|stretch|${id}`, () => edgeEvents('stretch', id, stretch.name));
    for (const variant of VARIANTS) {
      for (const adjustment of allAdjustments()) {
        const dosage = JSON.stringify(resolveDosage(stretch, preferences.holdLength, undefined, adjustment));
        once(`stretch|${id}|${variant}|${dosage}|${context}`, () =>
          compileStretch(id, { preferences, variant, adjustment }).segments.flatMap((s) => s.events),
        );
      }
    }
  }
  for (const id of scope.routines ?? ROUTINE_IDS) {
    const routine = getRoutine(id);
    once(`edge|routine|${id}`, () => edgeEvents('routine', id, routine.name));
    routine.items.forEach((item, k) => {
      const stretch = getStretch(item.stretchId);
      const positions = itemPositions(k, routine.items.length, positionsBefore(routine.items, k));
      for (const variant of item.variant ? [item.variant] : VARIANTS) {
        for (const adjustment of allAdjustments()) {
          const dosage = JSON.stringify(resolveDosage(stretch, preferences.holdLength, item, adjustment));
          for (const position of positions) {
            const intro = position.index === 0 ? 'first' : position.index === position.count - 1 ? 'last' : 'next';
            const key = `item|${item.stretchId}|${JSON.stringify(item)}|${variant}|${dosage}|${context}|${intro}|${position.previous ?? ''}|${position.index}`;
            once(key, () =>
              compileRoutineItem(item, { preferences, variant, adjustment }, position).flatMap((s) => s.events),
            );
          }
        }
      }
    });
  }
}
