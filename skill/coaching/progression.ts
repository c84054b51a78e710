/**
 * Gentle progression and gentle days.
 *
 * - Progression: step 0 narrates the routine's own numbers; each step up to MAX_LEVEL moves
 *   every hold and repetition count a third of the way from there to the guide's maximum for
 *   that stretch (holds in whole 5 s), so the last step reaches the guide's maximum and none
 *   goes past it. Told to the person, and "make it easier again" steps back down.
 * - A step up needs: regular sessions (at least 4 of the last 7 days), check-ins that hold
 *   steady or improve over the last two weeks, no gentle day today, and a week since the last
 *   change (two weeks after a step down).
 * - A gentle day ("I'm having a bad day", or a score well above usual): the guide's minimum
 *   holds and repetitions, and the deepest stretches (the back bends and the seated twist) left
 *   out, never the whole routine.
 */
import type { StretchId } from '../catalog/types';
import { daysBetween } from './dates';
import { activeDaysThisWeek, trendOf } from './trend';
import type { CoachingState } from './types';

export const MAX_LEVEL = 3;

/** The deepest stretches, left out on a gentle day. */
export const GENTLE_DAY_LEAVES_OUT: readonly StretchId[] = ['seated-spinal-twist', 'sphinx-pose', 'standing-back-extension'];

/** What the narration needs to know: how far to progress, or whether today is gentle. */
export interface DosageAdjustment {
  level: number;
  gentle: boolean;
}

export function isGentle(coaching: CoachingState | undefined, sessionDate: string): boolean {
  return coaching?.gentleOn === sessionDate;
}

/** The adjustment for a session started on `sessionDate` (YYYY-MM-DD). */
export function adjustmentFor(coaching: CoachingState | undefined, sessionDate: string): DosageAdjustment {
  return { level: coaching?.level ?? 0, gentle: isGentle(coaching, sessionDate) };
}

/** The stretches a gentle day leaves out of these items, unless that would leave nothing. */
export function gentleLeavesOut(items: readonly StretchId[]): StretchId[] {
  const out = items.filter((id) => GENTLE_DAY_LEAVES_OUT.includes(id));
  return out.length === items.length ? [] : out;
}

const REGULAR_DAYS = 4;
const DAYS_BETWEEN_STEPS = 7;
const DAYS_AFTER_STEP_DOWN = 14;

export type StepUpBlock = 'top' | 'gentle' | 'too-soon' | 'irregular' | 'no-check-ins' | 'not-steady';

/** Why not to step up today, or undefined when it is time to. */
export function stepUpBlock(
  coaching: CoachingState,
  history: readonly { date: string; completed: boolean }[],
  today: string,
): StepUpBlock | undefined {
  if (coaching.level >= MAX_LEVEL) return 'top';
  if (isGentle(coaching, today)) return 'gentle';
  const change = coaching.levelChange;
  if (change && daysBetween(change.on, today) < (change.dir === 'down' ? DAYS_AFTER_STEP_DOWN : DAYS_BETWEEN_STEPS)) return 'too-soon';
  if (activeDaysThisWeek(history, today) < REGULAR_DAYS) return 'irregular';
  const trend = trendOf(coaching, today);
  if (trend.thisWeek === undefined) return 'no-check-ins';
  if (trend.direction === 'worse') return 'not-steady';
  return undefined;
}

export function stepUp(coaching: CoachingState, today: string): CoachingState {
  return { ...coaching, level: Math.min(MAX_LEVEL, coaching.level + 1), levelChange: { on: today, dir: 'up' } };
}

export function stepDown(coaching: CoachingState, today: string): CoachingState {
  return { ...coaching, level: Math.max(0, coaching.level - 1), levelChange: { on: today, dir: 'down' } };
}
