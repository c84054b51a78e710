/** Display formatting shared by the companion pages: durations, ranges and counts in plain words. */
import type { GuideRange } from '../skill/catalog/types';

/** 30 -> "30 seconds", 60 -> "1 minute", 120 -> "2 minutes", 90 -> "1 min 30 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (rest === 0) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  return `${minutes} min ${rest} s`;
}

/**
 * A guide range of seconds: "20-30 seconds", "30 seconds to 2 minutes", "5 seconds".
 * Uses an en dash between numbers of the same unit.
 */
export function formatSecondsRange(range: Pick<GuideRange, 'min' | 'max'>): string {
  if (range.min === range.max) return formatSeconds(range.min);
  if (range.max < 60) return `${range.min}–${range.max} seconds`;
  if (range.min % 60 === 0 && range.max % 60 === 0) return `${range.min / 60}–${range.max / 60} minutes`;
  return `${formatSeconds(range.min)} to ${formatSeconds(range.max)}`;
}

/** A count range: "2–3", "10". */
export function formatCountRange(range: Pick<GuideRange, 'min' | 'max'>): string {
  return range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
}

/** An estimated total, rounded for people: "about 4 minutes", "about 45 seconds". */
export function formatAbout(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(5, Math.round(seconds / 5) * 5)} seconds`;
  const minutes = Math.round(seconds / 60);
  return `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** Upper-cases the first letter: "lower back" -> "Lower back". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
