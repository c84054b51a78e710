/**
 * The closing prompt kept for later while the Echo Show speaks the narration (apl-speech.ts):
 * the response that hands the speech to the screen keeps, in the session attributes, what a
 * speaker would have heard after it (what is said about saving, the closing question) and its
 * reprompt, under a token naming the person's position and this turn. The screen's SendEvent
 * carries the token back; the UserEvent handler (handlers/screen-spoken.ts) says the closing
 * only when the token and the position still match, so a stale event says nothing.
 */
import type { UserState } from '../../skill/conversation/types';

export const SCREEN_SPEECH_KEY = 'screenSpeech';

export interface KeptClosing {
  /** Position and turn: `<position>|<request id>`. */
  token: string;
  /** `<speak>...</speak>`, or '' when nothing is left to say. */
  closing: string;
  reprompt: string;
  endSession: boolean;
}

/** Where the person is: what a later event must still find for its closing to make sense. */
export function positionKey(state: UserState): string {
  const active = state.active;
  if (!active) return 'none';
  return [active.kind, active.id, active.segmentIndex, active.variant, active.paused ? 'paused' : 'playing', active.startedAt].join(':');
}

export function closingToken(state: UserState, requestId: string): string {
  return `${positionKey(state)}|${requestId}`;
}

/** The position part of a token. */
export function positionOfToken(token: string): string {
  return token.slice(0, token.lastIndexOf('|'));
}

export function keptClosingOf(attributes: Record<string, unknown>): KeptClosing | undefined {
  const value = attributes[SCREEN_SPEECH_KEY];
  if (typeof value !== 'object' || value === null) return undefined;
  const kept = value as Record<string, unknown>;
  if (typeof kept.token !== 'string' || typeof kept.closing !== 'string' || typeof kept.reprompt !== 'string' || typeof kept.endSession !== 'boolean') {
    return undefined;
  }
  return { token: kept.token, closing: kept.closing, reprompt: kept.reprompt, endSession: kept.endSession };
}
