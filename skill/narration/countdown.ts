/**
 * When each hold of a response starts, as a screen counting from the start of the response
 * can know it (the Echo Show countdown; `npm run bench:timing` measures this same rule).
 *
 * The first hold starts when its "Hold." has been said: the estimate of everything said and
 * paused before it, the word itself included. Its silence follows straight on, so the voice's
 * short quiet after a line is not added there (the break takes its place). Every later hold is
 * anchored on the end of the hold before it, which the screen knows exactly relative to that
 * hold's start (a hold lasts its target: the compiler sizes its silence for that), plus only
 * what is said and paused between the two holds.
 *
 * What this cannot remove: the screen has no signal from the voice, so an error in the speech
 * estimate before a hold and in the cues inside it carries to the holds after it
 * (docs/BENCHMARKS.md has the measured figures). That is why, where it can, the Echo Show
 * speaks the narration itself (`speechChunks` below, lambda/responses/apl-speech.ts): the
 * response cut at its hold boundaries, each piece spoken in turn, so each countdown starts when
 * the piece ending with "Hold." has been spoken; `holdStarts` stays the rule for a screen that
 * only listens (the fallback).
 */
import { eventSeconds, roundSeconds, silenceFollows } from './duration';
import type { CountingRules, Pace } from './speech-time';
import type { TimelineEvent } from './types';

export interface HoldStart {
  /** Seconds from the start of the response to the start of the hold (just after "Hold."). */
  startsAfterSeconds: number;
  holdSeconds: number;
  /** Seconds of speech and pauses since the previous hold ended (or since the response began). */
  leadSeconds: number;
}

/**
 * Every hold of a response, in order, with when the screen starts its countdown. `rules`: the
 * language the response speaks, whose rules time its lines (English unless given).
 */
export function holdStarts(events: readonly TimelineEvent[], pace: Pace, rules?: CountingRules): HoldStart[] {
  const starts: HoldStart[] = [];
  let anchorSeconds = 0;
  let leadSeconds = 0;
  let inHold = false;
  events.forEach((event, index) => {
    if (event.type === 'holdStart') {
      starts.push({ startsAfterSeconds: roundSeconds(anchorSeconds + leadSeconds), holdSeconds: event.targetSeconds, leadSeconds: roundSeconds(leadSeconds) });
      inHold = true;
    } else if (event.type === 'holdEnd') {
      const hold = starts[starts.length - 1];
      if (!inHold || !hold) return;
      anchorSeconds = hold.startsAfterSeconds + hold.holdSeconds;
      leadSeconds = 0;
      inHold = false;
    } else if (!inHold) {
      // Speech is estimated in its context: a line straight before silence loses its last quiet.
      leadSeconds += eventSeconds(event, pace, event.type === 'say' && silenceFollows(events, index), rules);
    }
  });
  return starts;
}

/** One piece of a response cut at its hold boundaries: speech up to "Hold.", a hold, or speech after the last hold. */
export interface SpeechChunk {
  /** The events of this piece, markers left out (they render nothing). */
  events: TimelineEvent[];
  /** Set when the piece is a hold (its pauses and cues): the hold's target length. */
  holdSeconds?: number;
}

/**
 * The response cut where each hold starts and ends: [speech ending with "Hold."], [the hold],
 * [the release and what follows, up to the next "Hold."], [the next hold], ... [the rest].
 * Joined back together they are the response's events (without the hold markers). Empty
 * pieces are left out (a response may start or end with a hold).
 */
export function speechChunks(events: readonly TimelineEvent[]): SpeechChunk[] {
  const chunks: SpeechChunk[] = [];
  let current: TimelineEvent[] = [];
  let holdSeconds: number | undefined;
  const close = () => {
    if (current.length > 0 || holdSeconds !== undefined) chunks.push({ events: current, ...(holdSeconds !== undefined ? { holdSeconds } : {}) });
    current = [];
    holdSeconds = undefined;
  };
  for (const event of events) {
    if (event.type === 'holdStart') {
      close();
      holdSeconds = event.targetSeconds;
    } else if (event.type === 'holdEnd') {
      if (holdSeconds !== undefined) close();
    } else {
      current.push(event);
    }
  }
  close();
  return chunks.filter((chunk) => chunk.events.length > 0);
}
