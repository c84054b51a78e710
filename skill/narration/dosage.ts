/**
 * How much of a stretch to do: seconds per hold, repetitions and sets, from the stretch's
 * guide ranges, the routine item's own numbers and the person's hold-length preference.
 */
import type { Preferences, RoutineItem, Stretch } from '../catalog/types';

export interface Dosage {
  /** Seconds per hold; undefined for breath-paced flows. */
  holdSeconds?: number;
  /** Repetitions (per side for sided stretches; breath cycles for flows; pairs for paired holds). */
  reps: number;
  sets: number;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * shorter = the guide's minimum, longer = the guide's maximum, standard = the routine's value
 * when it sets one, else the stretch default; never outside the guide's range.
 */
export function resolveHoldSeconds(
  stretch: Stretch,
  holdLength: Preferences['holdLength'],
  item?: RoutineItem,
): number | undefined {
  const range = stretch.hold;
  if (!range) return undefined;
  if (holdLength === 'shorter') return range.min;
  if (holdLength === 'longer') return range.max;
  return clamp(item?.holdSeconds ?? range.default, range.min, range.max);
}

export function resolveDosage(
  stretch: Stretch,
  holdLength: Preferences['holdLength'],
  item?: RoutineItem,
): Dosage {
  const reps = Math.max(1, Math.round(item?.reps ?? stretch.reps?.default ?? 1));
  const sets = Math.max(1, Math.round(item?.sets ?? 1));
  const holdSeconds = resolveHoldSeconds(stretch, holdLength, item);
  return holdSeconds === undefined ? { reps, sets } : { holdSeconds, reps, sets };
}
