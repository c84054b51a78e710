/**
 * How handlers reach the person's state during one turn. The request interceptor
 * (lambda/state/interceptors.ts) loads it once into the request attributes; handlers read
 * it with getUserState and replace it with setUserState; the response interceptor writes
 * it back once, only when it changed.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { UserState } from '../../skill/conversation/types';
import { newUserState } from './userState';

export const USER_STATE_KEY = 'backStretchCoach.userState';
export const STATE_WARNING_KEY = 'backStretchCoach.stateWarning';

export interface TurnState {
  /** The state as loaded at request start (never mutated). */
  loaded: UserState;
  /** The state handlers want stored at response end. */
  current: UserState;
  /** False when the load failed (DynamoDB down): the turn still works, nothing is saved. */
  available: boolean;
  /**
   * Why the state is unavailable, when it is: 'load-failed' (DynamoDB error or timeout),
   * 'no-user' (the request carried no userId), 'not-needed' (a request type that never
   * uses state, e.g. CanFulfillIntentRequest or a skill event: nothing to warn about).
   */
  unavailableReason?: 'load-failed' | 'no-user' | 'not-needed';
}

export function getTurnState(input: HandlerInput): TurnState | undefined {
  return input.attributesManager.getRequestAttributes()[USER_STATE_KEY] as TurnState | undefined;
}

export function setTurnState(input: HandlerInput, turn: TurnState): void {
  input.attributesManager.getRequestAttributes()[USER_STATE_KEY] = turn;
}

/**
 * The state handlers work with this turn: the current one, or a new state when no
 * interceptor loaded any (then nothing will be saved).
 */
export function getUserState(input: HandlerInput): UserState {
  return getTurnState(input)?.current ?? newUserState();
}

/** Replaces the state to be stored at the end of this turn (saved only when it differs from the loaded one). */
export function setUserState(input: HandlerInput, next: UserState): void {
  const turn = getTurnState(input);
  if (turn) {
    turn.current = next;
    return;
  }
  setTurnState(input, { loaded: newUserState(), current: next, available: false, unavailableReason: 'not-needed' });
}

/** What Alexa says, once per turn, when the person's saved progress could not be reached. */
export const stateWarningText =
  "I can't reach your saved progress right now. This time, I won't remember where you stop.";

/**
 * The warning sentence for this turn, or undefined: only when the state could not be loaded
 * for the person (DynamoDB down), and only the first time it is asked for in a turn, so a
 * handler can prepend it to its speech without repeating it.
 */
export function stateWarningFor(input: HandlerInput): string | undefined {
  const turn = getTurnState(input);
  if (!turn || turn.available || turn.unavailableReason === 'not-needed') return undefined;
  const attributes = input.attributesManager.getRequestAttributes();
  if (attributes[STATE_WARNING_KEY]) return undefined;
  attributes[STATE_WARNING_KEY] = true;
  return stateWarningText;
}
