/** Spoken answers of the hands-free handlers, rendered like every other answer (renderSsml). */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { renderSsml } from '../../skill/narration/index';
import type { TimelineEvent } from '../../skill/narration/types';

export function line(text: string): TimelineEvent {
  return { type: 'say', text, role: 'transition' };
}

/** Speaks and ends the session (nothing asked). */
export function tell(input: HandlerInput, lines: string[]): Response {
  return input.responseBuilder.speak(renderSsml(lines.map(line), { pace: 'normal' })).withShouldEndSession(true).getResponse();
}

/** Speaks, ends on a question, reprompts with it (or with `reprompt`). */
export function ask(input: HandlerInput, lines: string[], question: string, reprompt = question): Response {
  return input.responseBuilder
    .speak(renderSsml([...lines, question].map(line), { pace: 'normal' }))
    .reprompt(renderSsml([line(reprompt)], { pace: 'normal' }))
    .withShouldEndSession(false)
    .getResponse();
}

export const HANDS_FREE_PENDING_KEY = 'handsFreePending';
export type HandsFreePending = 'failedOffer' | 'startDefault' | 'hurtCheck';

export function setPending(input: HandlerInput, pending: HandsFreePending | undefined): void {
  const attributes = input.attributesManager.getSessionAttributes();
  if (pending) attributes[HANDS_FREE_PENDING_KEY] = pending;
  else delete attributes[HANDS_FREE_PENDING_KEY];
  input.attributesManager.setSessionAttributes(attributes);
}

export function pendingOf(input: HandlerInput): HandsFreePending | undefined {
  const value: unknown = input.requestEnvelope.session?.attributes?.[HANDS_FREE_PENDING_KEY];
  return value === 'failedOffer' || value === 'startDefault' || value === 'hurtCheck' ? value : undefined;
}
