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
import { getTurnState, getUserState, setUserState } from '../state/access';
import { composeResponse, type ResponseOptions } from '../responses/compose';
import { commandForIntent } from './commands';

const PENDING_KEY = 'pending';
const PENDING_VALUES: readonly PendingQuestion[] = ['continue', 'startRoutine', 'gentler', 'doesItHurt', 'goOn', 'again', 'skipAhead'];

function pendingOf(input: HandlerInput): PendingQuestion | undefined {
  const value: unknown = input.attributesManager.getSessionAttributes()[PENDING_KEY];
  return PENDING_VALUES.find((pending) => pending === value);
}

/** The person's calendar day: the request's date (UTC; Alexa does not send the time zone). */
export function todayOf(input: HandlerInput): string {
  const stamp = input.requestEnvelope.request.timestamp;
  const date = stamp ? new Date(stamp) : new Date();
  return (Number.isNaN(date.getTime()) ? new Date() : date).toISOString().slice(0, 10);
}

export function contextOf(input: HandlerInput): PlayerContext {
  const stamp = input.requestEnvelope.request.timestamp;
  return {
    today: todayOf(input),
    now: stamp && !Number.isNaN(new Date(stamp).getTime()) ? new Date(stamp).toISOString() : new Date().toISOString(),
    pending: pendingOf(input),
    pick: (n) => Math.floor(Math.random() * n),
  };
}

/** Runs one command through the player and builds the response (shared with the error handler). */
export function answer(input: HandlerInput, command: Command, options: ResponseOptions): Response {
  const result = play(getUserState(input), command, contextOf(input));
  setUserState(input, result.state);
  const attributes = input.attributesManager.getSessionAttributes();
  if (result.pending) attributes[PENDING_KEY] = result.pending;
  else delete attributes[PENDING_KEY];
  input.attributesManager.setSessionAttributes(attributes);
  return composeResponse(input, result, getTurnState(input), options);
}

export class ConversationHandler implements RequestHandler {
  constructor(private readonly options: ResponseOptions) {}

  canHandle(input: HandlerInput): boolean {
    const type = input.requestEnvelope.request.type;
    return type === 'LaunchRequest' || type === 'IntentRequest';
  }

  handle(input: HandlerInput): Response {
    const request = input.requestEnvelope.request;
    const command: Command =
      request.type === 'IntentRequest' ? commandForIntent((request as IntentRequest).intent) : { type: 'launch' };
    return answer(input, command, this.options);
  }
}
