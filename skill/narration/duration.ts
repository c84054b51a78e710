/**
 * The one duration function: how long a list of timeline events takes to play.
 * Segment durations, timeline totals, cue placement, the speech plan and the tests all
 * use it, so they can never disagree.
 */
import type { TimelineEvent } from './types';
import { estimateSpeechSeconds, type Pace } from './speechTime';

/** The soundbank chime we play (a short bell) lasts about a second. */
export const CHIME_SECONDS = 1;

/** Seconds are kept to the hundredth so sums are stable whatever the order. */
export function roundSeconds(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

/** Seconds one event takes to play. Hold markers take no time. */
export function eventSeconds(event: TimelineEvent, pace: Pace): number {
  switch (event.type) {
    case 'say':
      return roundSeconds(estimateSpeechSeconds(event.text, pace));
    case 'pause':
      return roundSeconds(event.seconds);
    case 'chime':
      return CHIME_SECONDS;
    case 'holdStart':
    case 'holdEnd':
      return 0;
  }
}

/** Seconds a list of events takes to play at `pace`. */
export function durationOf(events: readonly TimelineEvent[], pace: Pace): number {
  let total = 0;
  for (const event of events) total += eventSeconds(event, pace);
  return roundSeconds(total);
}
