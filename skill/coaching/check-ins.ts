/**
 * Check-in storage rules: compact strings, one per day and phase (a new score the same day
 * and phase replaces the old one), most recent first, bounded to CHECK_IN_DAYS days.
 */
import { daysBetween } from './dates';
import type { CheckIn, CheckInPhase } from './types';

/** How far back check-ins are kept. */
export const CHECK_IN_DAYS = 120;
/** At most one before and one after a routine per day. */
export const MAX_CHECK_INS = CHECK_IN_DAYS * 2;

export const MIN_SCORE = 0;
export const MAX_SCORE = 10;

const STORED = /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])):(\d{1,2})([ba])$/;

export function encodeCheckIn(checkIn: CheckIn): string {
  return `${checkIn.date}:${checkIn.score}${checkIn.phase === 'before' ? 'b' : 'a'}`;
}

/** A stored check-in, or undefined when it is not one (old, hand-edited or corrupt items). */
export function decodeCheckIn(stored: unknown): CheckIn | undefined {
  if (typeof stored !== 'string') return undefined;
  const match = STORED.exec(stored);
  if (!match) return undefined;
  const score = Number(match[2]);
  if (score < MIN_SCORE || score > MAX_SCORE) return undefined;
  return { date: match[1] ?? '', score, phase: match[3] === 'b' ? 'before' : 'after' };
}

export function decodeAll(stored: readonly string[]): CheckIn[] {
  return stored.map(decodeCheckIn).filter((c): c is CheckIn => c !== undefined);
}

/** A whole score 0-10 from what Alexa heard ("6", "six", "6.5" rounds), or undefined. */
export function isValidScore(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_SCORE && value <= MAX_SCORE;
}

/** Keeps the valid, recent, unique check-ins, most recent first. */
export function tidyCheckIns(stored: readonly unknown[], today: string): string[] {
  const seen = new Set<string>();
  const kept: CheckIn[] = [];
  for (const raw of stored) {
    const checkIn = decodeCheckIn(raw);
    if (!checkIn) continue;
    const age = daysBetween(checkIn.date, today);
    if (age >= CHECK_IN_DAYS || age < -1) continue;
    const key = `${checkIn.date}${checkIn.phase}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(checkIn);
  }
  kept.sort((a, b) => (a.date === b.date ? (a.phase === 'after' ? -1 : 1) : a.date < b.date ? 1 : -1));
  return kept.slice(0, MAX_CHECK_INS).map(encodeCheckIn);
}

/** The check-ins with this one added (replacing the same day and phase), pruned to the window. */
export function withCheckIn(stored: readonly string[], checkIn: CheckIn): string[] {
  return tidyCheckIns([encodeCheckIn(checkIn), ...stored], checkIn.date);
}

/** The phase of a check-in given today: after a routine completed today, else before. */
export function phaseFor(lastCompletedDate: string | undefined, today: string): CheckInPhase {
  return lastCompletedDate === today ? 'after' : 'before';
}
