/**
 * Load once, save once: the request interceptor reads the person's state into the turn
 * (one GetItem), the response interceptor writes it back (one PutItem) only when a handler
 * changed it.
 *
 * When two turns of the same person overlap, the second save finds a newer version
 * ('conflict'); the interceptor then reloads, re-applies this turn's change onto the fresh
 * state (mergeTurn) and saves again, up to MAX_CONFLICT_RETRIES times, so neither turn's
 * change is lost. A final failure is logged.
 *
 * DynamoDB outages never break a turn: a failed load marks the turn unavailable (handlers
 * still answer, and can add stateWarningFor(input) to their speech); a failed save is
 * logged. The response interceptor does not edit the speech itself: by the time it runs the
 * handler's SSML is finished, and splicing text into it could break its structure or its
 * timing. The person still gets their stretch; only the position is not remembered.
 */
import type { RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { UserState } from '../../skill/conversation/types';
import { getTurnState, setTurnState, type TurnState } from './access';
import type { UserStateStore } from './dynamoStore';
import { deepEqual, mergeTurn } from './mergeTurn';
import { newUserState, normalizeUserState } from './userState';

/** Structured log line: an event name and details (never the person's full userId). */
export type StateLog = (event: string, details?: Record<string, unknown>) => void;

export interface StateInterceptorOptions {
  log?: StateLog;
}

/** After a conflict: reload, merge and save again at most this many times. */
export const MAX_CONFLICT_RETRIES = 3;

/** Request types that never read or write the person's state. */
function needsNoState(type: unknown): boolean {
  return (
    type === 'CanFulfillIntentRequest' || (typeof type === 'string' && type.startsWith('AlexaSkillEvent.'))
  );
}

const defaultLog: StateLog = (event, details) => {
  console.warn(JSON.stringify({ component: 'user-state', event, ...details }));
};

/**
 * The key of the person's stored state: the Alexa userId, from context.System.user (or
 * session.user), plus '#' and the personId when Alexa recognised the speaker
 * (context.System.person), so each recognised voice on a shared account has its own
 * progress, preferences and check-ins; everyone else shares the account's. Undefined when
 * the request carries no userId.
 */
export function userIdOf(envelope: RequestEnvelope | undefined): string | undefined {
  // Envelopes arrive from outside: read defensively, the declared types are not guaranteed.
  const fromContext: unknown = envelope?.context?.System?.user?.userId;
  const fromSession: unknown = envelope?.session?.user?.userId;
  const userId =
    typeof fromContext === 'string' && fromContext !== '' ? fromContext : typeof fromSession === 'string' && fromSession !== '' ? fromSession : undefined;
  const personId: unknown = envelope?.context?.System?.person?.personId;
  return userId && typeof personId === 'string' && personId !== '' ? `${userId}#${personId}` : userId;
}

/** Enough of a userId to follow one person through the logs without storing it. */
function shortId(userId: string): string {
  return userId.length <= 12 ? '…' : `…${userId.slice(-8)}`;
}

function describeError(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: error.name, message: error.message } : { error: String(error) };
}

function unavailable(reason: NonNullable<TurnState['unavailableReason']>): TurnState {
  return { loaded: newUserState(), current: newUserState(), available: false, unavailableReason: reason };
}

export type SaveOutcome = 'unchanged' | 'saved' | 'gave-up' | 'failed' | 'skipped';

/**
 * Saves one turn's change, re-applying it onto fresh state after each conflict.
 * Resolves with what happened; throws nothing.
 */
export async function saveTurn(
  store: UserStateStore,
  userId: string,
  loaded: UserState,
  current: UserState,
  log: StateLog = defaultLog,
): Promise<SaveOutcome> {
  if (deepEqual(loaded, current)) return 'unchanged';
  let next = current;
  let expected = loaded.version;
  try {
    for (let attempt = 0; ; attempt++) {
      const result = await store.save(userId, next, expected);
      if (result === 'saved') return 'saved';
      if (attempt === MAX_CONFLICT_RETRIES) break;
      const fresh = await store.load(userId);
      next = mergeTurn(fresh, loaded, current);
      expected = fresh.version;
    }
    log('state-save-gave-up', { user: shortId(userId), attempts: MAX_CONFLICT_RETRIES + 1 });
    return 'gave-up';
  } catch (error) {
    log('state-save-failed', { user: shortId(userId), ...describeError(error) });
    return 'failed';
  }
}

export function createStateInterceptors(
  store: UserStateStore,
  options: StateInterceptorOptions = {},
): { request: RequestInterceptor; response: ResponseInterceptor } {
  const log = options.log ?? defaultLog;

  const request: RequestInterceptor = {
    async process(input) {
      const envelope: RequestEnvelope | undefined = input.requestEnvelope;
      if (needsNoState(envelope?.request?.type)) {
        setTurnState(input, unavailable('not-needed'));
        return;
      }
      const userId = userIdOf(envelope);
      if (!userId) {
        log('state-no-user', { requestType: String(envelope?.request?.type) });
        setTurnState(input, unavailable('no-user'));
        return;
      }
      try {
        const loaded = await store.load(userId);
        setTurnState(input, { loaded, current: structuredClone(loaded), available: true });
      } catch (error) {
        log('state-load-failed', { user: shortId(userId), ...describeError(error) });
        setTurnState(input, unavailable('load-failed'));
      }
    },
  };

  const response: ResponseInterceptor = {
    async process(input) {
      try {
        const turn = getTurnState(input);
        if (!turn?.available) return;
        const userId = userIdOf(input.requestEnvelope);
        if (!userId) return;
        // A handler bug must not store an invalid state: repair it the same way a load would.
        const current = normalizeUserState({ ...turn.current, version: turn.loaded.version });
        await saveTurn(store, userId, turn.loaded, current, log);
      } catch (error) {
        log('state-save-failed', describeError(error));
      }
    },
  };

  return { request, response };
}
