/**
 * Reading the check-ins: daily scores, this week against the week before, and when the
 * guide's advice to see a healthcare professional applies (no improvement over about three
 * weeks, or a rising trend). Never a diagnosis: only whether the numbers improve.
 */
import { decodeAll } from './check-ins';
import { addDays, daysBetween } from './dates';
import type { CheckIn, CoachingState } from './types';

/** One score per day: the mean of that day's check-ins. */
export interface DailyScore {
  date: string;
  score: number;
}

export function dailyScores(checkIns: readonly CheckIn[]): DailyScore[] {
  const byDate = new Map<string, number[]>();
  for (const c of checkIns) byDate.set(c.date, [...(byDate.get(c.date) ?? []), c.score]);
  return [...byDate.entries()]
    .map(([date, scores]) => ({ date, score: scores.reduce((a, b) => a + b, 0) / scores.length }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Daily scores from `fromDaysAgo` to `toDaysAgo` days before today (inclusive), after `since`. */
function window(days: readonly DailyScore[], today: string, fromDaysAgo: number, toDaysAgo: number, since?: string): number[] {
  return days
    .filter((d) => {
      const age = daysBetween(d.date, today);
      return age <= fromDaysAgo && age >= toDaysAgo && (!since || d.date > since);
    })
    .map((d) => d.score);
}

export type Direction = 'better' | 'same' | 'worse' | 'unknown';

export interface Trend {
  direction: Direction;
  /** Mean of the last 7 days, when there were check-ins. */
  thisWeek?: number;
  /** Mean of the 7 days before, when there were check-ins. */
  lastWeek?: number;
  latest?: CheckIn;
  /** Daily scores of the last 28 days, oldest first (the chart). */
  recent: DailyScore[];
}

/** A change of at least this many points between weeks counts as better or worse. */
export const MEANINGFUL_CHANGE = 1;

export function trendOf(coaching: CoachingState, today: string): Trend {
  const checkIns = decodeAll(coaching.checkIns);
  const days = dailyScores(checkIns);
  const thisWeek = mean(window(days, today, 6, 0));
  const lastWeek = mean(window(days, today, 13, 7));
  let direction: Direction = 'unknown';
  if (thisWeek !== undefined && lastWeek !== undefined) {
    const change = thisWeek - lastWeek;
    direction = change <= -MEANINGFUL_CHANGE ? 'better' : change >= MEANINGFUL_CHANGE ? 'worse' : 'same';
  }
  const recent = days.filter((d) => daysBetween(d.date, today) < 28 && daysBetween(d.date, today) >= 0);
  return { direction, thisWeek, lastWeek, latest: checkIns[0], recent };
}

/** Below this weekly mean the back is doing fine, whatever the trend. */
export const LOW_PAIN = 3;
/** Check-ins needed in a week for it to count. */
const MIN_PER_WEEK = 2;

/**
 * Whether the numbers call for the guide's advice to see a healthcare professional, using only
 * the check-ins after the last time it was given (so it is repeated only after another full
 * stretch of time in which things stayed the same):
 * - no improvement over about three weeks: check-ins in the first week (15-21 days ago) and
 *   the last week, the last week's mean not at least a point lower, and not low;
 * - a rising trend: the last week's mean at least 1.5 points above the week before, and not low.
 */
export function professionalAdviceDue(coaching: CoachingState, today: string): 'no-improvement' | 'rising' | undefined {
  const days = dailyScores(decodeAll(coaching.checkIns));
  const since = coaching.advisedOn;
  const last = window(days, today, 6, 0, since);
  const lastMean = mean(last);
  if (lastMean === undefined || last.length < MIN_PER_WEEK || lastMean < LOW_PAIN) return undefined;
  const previous = window(days, today, 13, 7, since);
  const previousMean = mean(previous);
  if (previousMean !== undefined && previous.length >= MIN_PER_WEEK && lastMean - previousMean >= 1.5) return 'rising';
  // About three weeks: the oldest check-in counted is at least 20 days old.
  const counted = days.filter((d) => !since || d.date > since);
  const oldest = counted[0];
  if (!oldest || daysBetween(oldest.date, today) < 20) return undefined;
  const first = window(days, today, 20, 14, since);
  const firstMean = mean(first);
  if (firstMean !== undefined && first.length >= MIN_PER_WEEK && firstMean - lastMean < MEANINGFUL_CHANGE) return 'no-improvement';
  return undefined;
}

/** The person's usual score: the median of the daily scores of the 28 days before today, when there are at least 3. */
export function usualScore(coaching: CoachingState, today: string): number | undefined {
  const days = dailyScores(decodeAll(coaching.checkIns)).filter((d) => {
    const age = daysBetween(d.date, today);
    return age >= 1 && age <= 28;
  });
  if (days.length < 3) return undefined;
  const sorted = days.map((d) => d.score).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Calendar days in the last 7 (today included) with something completed. */
export function activeDaysThisWeek(history: readonly { date: string; completed: boolean }[], today: string): number {
  const from = addDays(today, -6);
  return new Set(history.filter((h) => h.completed && h.date >= from && h.date <= today).map((h) => h.date)).size;
}

/** Completed sessions in the last 7 days. */
export function sessionsThisWeek(history: readonly { date: string; completed: boolean }[], today: string): number {
  const from = addDays(today, -6);
  return history.filter((h) => h.completed && h.date >= from && h.date <= today).length;
}
