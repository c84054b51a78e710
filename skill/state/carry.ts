/**
 * The copy of the person's state that travels with the conversation (in the Alexa session
 * attributes), so that a routine keeps its place and preferences while storage is away.
 *
 * Rules:
 * - Storage is the truth when it answers. The carried copy only wins when it holds changes
 *   storage never got (`saved: false`) and storage still holds the version those changes were
 *   made on (`base`): then the turn starts from the carried copy and saving it makes them durable.
 *   Changes made from an unknown state (base 0) are merged onto what storage holds.
 * - When storage does not answer, the turn starts from the carried copy (or, without one, from
 *   an unknown state the player must not mistake for a new person).
 */
import type { UserState } from '../conversation/types';
import { mergeTurn } from './merge';
import { newUserState } from './new-user-state';
import { normalizeUserState } from './normalize';

export interface CarriedState {
  /** The state as this conversation last left it. */
  state: UserState;
  /** The stored version that state was built on (0: nothing was stored). */
  base: number;
  /** True when storage has everything in `state`. */
  saved: boolean;
  /** True when the conversation started without ever reaching storage (the person may not be new). */
  unknown: boolean;
}

/** The carried copy as plain JSON for the session attributes (the version travels as `base`). */
export function carryState(state: UserState, base: number, saved: boolean, unknown = false): Record<string, unknown> {
  const { version: _version, ...rest } = state;
  return { base, saved, ...(unknown ? { unknown } : {}), state: rest };
}

/** Reads a carried copy back from the session attributes; undefined when absent or unusable. */
export function readCarried(raw: unknown): CarriedState | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  const base = record.base;
  if (typeof base !== 'number' || !Number.isSafeInteger(base) || base < 0) return undefined;
  if (typeof record.state !== 'object' || record.state === null || Array.isArray(record.state)) return undefined;
  const state = normalizeUserState({ ...(record.state as Record<string, unknown>), version: base });
  return { state, base, saved: record.saved === true, unknown: record.unknown === true };
}

/** Where this turn starts, given what storage answered (undefined: it did not) and the carried copy. */
export interface TurnStart {
  /** The state the turn's change is measured against. */
  loaded: UserState;
  /** The state the player works from. */
  current: UserState;
  /** True when everything in `current` is already stored. */
  durable: boolean;
  /** True when neither storage nor the conversation knows the person's state. */
  unknown: boolean;
}

export function startTurn(stored: UserState | undefined, carried: CarriedState | undefined): TurnStart {
  if (stored) {
    if (carried && !carried.saved && carried.base === stored.version) {
      return { loaded: stored, current: { ...structuredClone(carried.state), version: stored.version }, durable: false, unknown: false };
    }
    if (carried && !carried.saved && carried.base === 0) {
      // Changes made while nothing was known (a launch during an outage): all of them are
      // changes from a new state, so they apply onto what storage holds.
      return { loaded: stored, current: mergeTurn(stored, newUserState(), carried.state), durable: false, unknown: false };
    }
    return { loaded: stored, current: structuredClone(stored), durable: true, unknown: false };
  }
  if (carried) {
    return { loaded: carried.state, current: structuredClone(carried.state), durable: carried.saved, unknown: carried.unknown };
  }
  const blank = normalizeUserState(undefined);
  return { loaded: blank, current: structuredClone(blank), durable: false, unknown: true };
}
