/**
 * The one duration function: how long a list of timeline events takes to play.
 * Segment durations, timeline totals, cue placement, the speech plan and the tests all
 * use it, so they can never disagree.
 */
import type { TimelineEvent } from './types';
import { estimateSpeechSeconds, type CountingRules, type Pace } from './speech-time';

/** The soundbank chime we play (a short bell) lasts about a second. */
export const CHIME_SECONDS = 1;

/** Seconds are kept to the hundredth so sums are stable whatever the order. */
export function roundSeconds(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

/**
 * Seconds one event takes to play. Hold markers take no time. `silenceAfter`: a pause or chime
 * comes next, so a spoken line's last quiet is taken by it (see speech-time.ts). `rules`: the
 * language's numbers and syllables a spoken line is counted by (English unless given).
 */
export function eventSeconds(event: TimelineEvent, pace: Pace, silenceAfter = false, rules?: CountingRules): number {
  switch (event.type) {
    case 'say':
      return roundSeconds(estimateSpeechSeconds(event.text, pace, silenceAfter, rules));
    case 'pause':
      return roundSeconds(event.seconds);
    case 'chime':
      return CHIME_SECONDS;
    case 'holdStart':
    case 'holdEnd':
      return 0;
  }
}

/** Whether the event after `index` (hold markers skipped) is silence: a pause or a chime. */
export function silenceFollows(events: readonly TimelineEvent[], index: number): boolean {
  for (let i = index + 1; i < events.length; i++) {
    const type = events[i]!.type;
    if (type === 'holdStart' || type === 'holdEnd') continue;
    return type === 'pause' || type === 'chime';
  }
  return false;
}

/** Seconds a list of events takes to play at `pace` (spoken lines counted by the language's `rules`, English unless given). */
export function durationOf(events: readonly TimelineEvent[], pace: Pace, rules?: CountingRules): number {
  let total = 0;
  events.forEach((event, index) => {
    total += eventSeconds(event, pace, event.type === 'say' && silenceFollows(events, index), rules);
  });
  return roundSeconds(total);
}
