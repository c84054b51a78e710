/**
 * How handlers reach the person's state during one turn. The request interceptor
 * (lambda/state/interceptors.ts) loads it once into the request attributes; handlers read
 * it with getUserState and replace it with setUserState; commitTurn saves it, so that what
 * the person hears can depend on whether the save went in. The response interceptor saves
 * whatever a handler left uncommitted, and carries the state in the session attributes.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { UserState } from '../../skill/conversation/types';
import { newUserState } from '../../skill/state/new-user-state';
import { deepEqual } from '../../skill/state/equal';
import type { SaveOutcome } from './save-turn';

export const USER_STATE_KEY = 'backStretchCoach.userState';

export interface TurnState {
  /** The state as loaded at request start (never mutated). */
  loaded: UserState;
  /** The state handlers want stored at response end. */
  current: UserState;
  /** False when the load failed or was not attempted: the turn still works. */
  available: boolean;
  /**
   * Why the state is unavailable, when it is: 'load-failed' (DynamoDB error or timeout),
   * 'no-user' (the request carried no userId), 'not-needed' (a request type that never
   * uses state, e.g. CanFulfillIntentRequest or a skill event: nothing to warn about).
   */
  unavailableReason?: 'load-failed' | 'no-user' | 'not-needed';
  /** True when everything in `loaded` is already stored. */
  durable: boolean;
  /** True when neither storage nor the session knows the person's state (a launch during an outage). */
  unknown: boolean;
  /** The person's data was deleted: nothing is stored for them. */
  deleted?: boolean;
  /** Saves `current` (set by the interceptor when a save is possible). */
  save?: (current: UserState) => Promise<SaveResultOfTurn>;
  /** Once committed: what happened, and what is now stored. */
  committed?: SaveResultOfTurn;
}

export interface SaveResultOfTurn {
  outcome: SaveOutcome;
  /** The state now stored (after a merge, when one was needed), when the save went in. */
  stored?: UserState;
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
  setTurnState(input, { loaded: newUserState(), current: next, available: false, unavailableReason: 'not-needed', durable: false, unknown: true });
}

/**
 * Saves this turn's state now (once; later calls give the same answer), so the handler can say
 * what happened. 'unchanged' when there was nothing to save; 'not-saved' when it could not be.
 */
export async function commitTurn(input: HandlerInput): Promise<SaveResultOfTurn> {
  const turn = getTurnState(input);
  if (!turn) return { outcome: 'not-saved' };
  if (turn.committed) return turn.committed;
  const changed = !deepEqual(turn.loaded, turn.current);
  if (turn.deleted) turn.committed = { outcome: 'deleted' };
  else if (turn.save) turn.committed = await turn.save(turn.current);
  else turn.committed = { outcome: changed ? 'not-saved' : 'unchanged' };
  return turn.committed;
}

/** True when everything the person now has in this turn is stored. */
export function isKept(turn: TurnState | undefined): boolean {
  const outcome = turn?.committed?.outcome;
  return outcome === 'saved' || (outcome === 'unchanged' && turn?.durable === true);
}
