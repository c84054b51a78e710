/**
 * The one handler for the conversation: LaunchRequest and every IntentRequest become a player
 * command; the player's answer becomes the response. The pending yes/no question lives in the
 * session attributes; the person's state lives in the turn state (loaded and saved by the
 * state interceptors).
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import type { Command, PendingQuestion, PlayerContext } from '../../skill/conversation/commands';
import { play } from '../../skill/conversation/player';
import { getTurnState, getUserState } from '../state/access';
import type { ResponseOptions } from '../responses/compose';
import { textsOf, type Texts } from '../responses/texts';
import { coachAfterTurn } from '../../skill/coaching/coach';
import { respondCoached } from './coach-response';
import { commandForIntent } from './commands';
import { requestTime } from './request-clock';
import type { TimelineEvent } from '../../skill/narration/types';

const PENDING_KEY = 'pending';
const PENDING_VALUES: readonly PendingQuestion[] = ['continue', 'startRoutine', 'gentler', 'doesItHurt', 'startDeskBreak', 'goOn', 'again', 'skipAhead'];

function pendingOf(input: HandlerInput): PendingQuestion | undefined {
  const value: unknown = input.attributesManager.getSessionAttributes()[PENDING_KEY];
  return PENDING_VALUES.find((pending) => pending === value);
}

/** The person's calendar day: the request's date (UTC; Alexa does not send the time zone). */
export function todayOf(input: HandlerInput): string {
  return requestTime(input).toISOString().slice(0, 10);
}

export function contextOf(input: HandlerInput): PlayerContext {
  return {
    today: todayOf(input),
    now: requestTime(input).toISOString(),
    pending: pendingOf(input),
    locale: input.requestEnvelope.request.locale,
    pick: (n) => Math.floor(Math.random() * n),
    stateUnknown: getTurnState(input)?.unknown === true && getTurnState(input)?.unavailableReason === 'load-failed',
  };
}

/**
 * Runs one command through the player (with `before` said first), lets the coach add to the
 * answer, saves the change, and builds the response from both: what the person hears about
 * keeping the change depends on whether the save went in. Shared with the coaching and
 * hands-free handlers.
 */
export async function answer(input: HandlerInput, command: Command, options: ResponseOptions, texts: Texts, before: TimelineEvent[] = []): Promise<Response> {
  const ctx = contextOf(input);
  const played = play(getUserState(input), command, ctx);
  // What is said first also comes before the holds on the screen's clock.
  const show = played.show?.speech && before.length > 0 ? { ...played.show, speech: [...before, ...played.show.speech] } : played.show;
  const result = before.length > 0 ? { ...played, speech: [...before, ...played.speech], show } : played;
  // The coach may add to the answer (after a finished routine: progression, the check-in, the routine offer).
  return respondCoached(input, coachAfterTurn(result, ctx), options, ctx.today, texts);
}

export class ConversationHandler implements RequestHandler {
  constructor(private readonly options: ResponseOptions) {}

  canHandle(input: HandlerInput): boolean {
    const type = input.requestEnvelope.request.type;
    return type === 'LaunchRequest' || type === 'IntentRequest';
  }

  handle(input: HandlerInput): Promise<Response> {
    const request = input.requestEnvelope.request;
    const texts = textsOf(input);
    const command: Command =
      request.type === 'IntentRequest' ? commandForIntent((request as IntentRequest).intent, texts) : { type: 'launch' };
    return answer(input, command, this.options, texts);
  }
}
