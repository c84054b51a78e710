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

/** The highest progression step: its numbers are the guide's maximums. */
export const MAX_PROGRESSION_LEVEL = 3;

/** A third of the way per step from `base` to `max`, holds in whole 5 s; never past `max`, never below `base`. */
function progressed(base: number, max: number, level: number, roundTo: number): number {
  if (level <= 0 || base >= max) return base;
  const step = Math.min(level, MAX_PROGRESSION_LEVEL) / MAX_PROGRESSION_LEVEL;
  const raw = base + (max - base) * step;
  const rounded = Math.round(raw / roundTo) * roundTo;
  return clamp(rounded, base, max);
}

export function resolveDosage(
  stretch: Stretch,
  holdLength: Preferences['holdLength'],
  item?: RoutineItem,
  adjustment?: { level: number; gentle: boolean },
): Dosage {
  let reps = Math.max(1, Math.round(item?.reps ?? stretch.reps?.default ?? 1));
  let sets = Math.max(1, Math.round(item?.sets ?? 1));
  let holdSeconds = resolveHoldSeconds(stretch, holdLength, item);
  if (adjustment?.gentle) {
    // A gentle day: the guide's minimum hold, and the fewest repetitions the guide gives.
    if (holdSeconds !== undefined && stretch.hold) holdSeconds = Math.min(holdSeconds, stretch.hold.min);
    // One set at the minimum: a lighter day, and still never a set below the stretch's own minimum.
    if (stretch.reps) {
      reps = Math.max(1, Math.min(reps, stretch.reps.min));
      sets = 1;
    }
  } else if (adjustment && adjustment.level > 0) {
    // Progression: each set stays inside the stretch's own range (the guide's routines repeat a whole set).
    if (holdSeconds !== undefined && stretch.hold) holdSeconds = progressed(holdSeconds, stretch.hold.max, adjustment.level, 5);
    if (stretch.reps) reps = progressed(reps, stretch.reps.max, adjustment.level, 1);
  }
  return holdSeconds === undefined ? { reps, sets } : { holdSeconds, reps, sets };
}

/** How far a routine item is cut back to fit its routine's time (see `compileRoutine`). */
export interface Trim {
  /** How much of the way from the item's hold and repetitions down to the stretch's own minimums (0 to 1). */
  toward: number;
  /** One set instead of several (only once every hold and repetition is at its minimum). */
  oneSet?: boolean;
  /**
   * Toward the numbers before a coached step up (`base`) instead of the stretch's minimums: a
   * step up gives way first, and never below where the person was before it.
   */
  toBase?: boolean;
}

/** Trimmed holds are whole multiples of this many seconds (or the minimum itself). */
const TRIM_HOLD_ROUNDING_SECONDS = 5;

/**
 * A dosage cut back by `trim`: each hold and the repetitions move the same share of the way to
 * the guide's minimum hold and the stretch's minimum repetitions (so longer holds stay the
 * longer ones), never below them.
 */
export function trimDosage(stretch: Stretch, dosage: Dosage, trim: Trim | undefined, base: Dosage = dosage): Dosage {
  if (!trim || (trim.toward <= 0 && !trim.oneSet)) return dosage;
  const toward = clamp(trim.toward, 0, 1);
  const sets = trim.oneSet ? 1 : dosage.sets;
  const floorReps = trim.toBase ? base.reps : (stretch.reps?.min ?? dosage.reps);
  const minReps = Math.min(dosage.reps, floorReps);
  const reps = Math.max(minReps, Math.round(dosage.reps - (dosage.reps - minReps) * toward));
  if (dosage.holdSeconds === undefined || !stretch.hold) return { reps, sets };
  const minHold = Math.min(dosage.holdSeconds, trim.toBase ? (base.holdSeconds ?? dosage.holdSeconds) : stretch.hold.min);
  const raw = dosage.holdSeconds - (dosage.holdSeconds - minHold) * toward;
  const holdSeconds = clamp(Math.round(raw / TRIM_HOLD_ROUNDING_SECONDS) * TRIM_HOLD_ROUNDING_SECONDS, minHold, dosage.holdSeconds);
  return { holdSeconds, reps, sets };
}
