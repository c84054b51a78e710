/**
 * How handlers reach the person's state during one turn. The request interceptor
 * (lambda/state/interceptors.ts) loads it once into the request attributes; handlers read
 * it with getUserState and replace it with setUserState; the response interceptor writes
 * it back once, only when it changed.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { UserState } from '../../skill/conversation/types';

export const USER_STATE_KEY = 'backStretchCoach.userState';
export const STATE_WARNING_KEY = 'backStretchCoach.stateWarning';

export interface TurnState {
  /** The state as loaded at request start (never mutated). */
  loaded: UserState;
  /** The state handlers want stored at response end. */
  current: UserState;
  /** False when the load failed (DynamoDB down): the turn still works, nothing is saved. */
  available: boolean;
}

export function getTurnState(input: HandlerInput): TurnState | undefined {
  return input.attributesManager.getRequestAttributes()[USER_STATE_KEY] as TurnState | undefined;
}

export function setTurnState(input: HandlerInput, turn: TurnState): void {
  input.attributesManager.getRequestAttributes()[USER_STATE_KEY] = turn;
}
