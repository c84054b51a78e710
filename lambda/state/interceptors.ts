/**
 * Load once, save once: the request interceptor reads the person's state into the turn
 * (one GetItem, within the turn's time budget), and prepares the save; the handler commits it
 * (commitTurn) before it decides what to say; the response interceptor commits whatever a
 * handler left uncommitted and carries the turn's state in the session attributes.
 *
 * DynamoDB trouble never breaks a turn: a failed load falls back to the state carried in the
 * session (or, with none, to an unknown state the player does not mistake for a new person);
 * a save that cannot go in within the budget is reported to the handler as 'not-saved'.
 */
import { cutText } from '../../skill/text/safe-text';
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { newUserState } from '../../skill/state/new-user-state';
import { normalizeUserState } from '../../skill/state/normalize';
import { startTurn } from '../../skill/state/carry';
import { commitTurn, getTurnState, setTurnState, type TurnState } from './access';
import { LOAD_LIMIT_MS, startBudget } from './budget';
import { carriedOf, carryTurn } from './carried-session';
import { describeError, saveTurn, type StateLog } from './save-turn';
import { needsNoState } from './stateless-requests';
import type { StoredState, UserStateStore } from './store';
import { userIdOf, userRef } from './user-ref';
import { jsonLog } from '../../skill/log';

export interface StateInterceptorOptions {
  log?: StateLog;
  /**
   * Whether this request needs the person's state (default: every request type except the
   * stateless ones). buildSkill passes "some specific handler claims it".
   */
  needsState?: (input: HandlerInput) => boolean | Promise<boolean>;
  /** The turn's storage time budget in ms (default TURN_BUDGET_MS). */
  budgetMs?: number;
}

const defaultLog: StateLog = jsonLog('user-state');

function unavailable(reason: NonNullable<TurnState['unavailableReason']>): TurnState {
  return { loaded: newUserState(), current: newUserState(), available: false, unavailableReason: reason, durable: false, unknown: true };
}

export function createStateInterceptors(
  store: UserStateStore,
  options: StateInterceptorOptions = {},
): { request: RequestInterceptor; response: ResponseInterceptor } {
  const log = options.log ?? defaultLog;

  const request: RequestInterceptor = {
    async process(input) {
      const envelope: RequestEnvelope | undefined = input.requestEnvelope;
      if (needsNoState(envelope?.request?.type) || (options.needsState && !(await options.needsState(input)))) {
        setTurnState(input, unavailable('not-needed'));
        return;
      }
      const userId = userIdOf(envelope);
      if (!userId) {
        log('state-no-user', { requestType: cutText(String(envelope?.request?.type), 80) });
        setTurnState(input, unavailable('no-user'));
        return;
      }
      const budget = startBudget(options.budgetMs);
      const carried = carriedOf(input);
      let stored: StoredState | undefined;
      try {
        stored = await store.load(userId, { signal: budget.signal(LOAD_LIMIT_MS) });
      } catch (error) {
        log('state-load-failed', { user: userRef(userId), ...describeError(error) });
      }
      if (stored?.deleted) {
        setTurnState(input, { ...unavailable('not-needed'), deleted: true, unknown: false });
        return;
      }
      const start = startTurn(stored?.state, carried);
      const loadedFrom = stored ?? {
        // Without a read, a save must find what the carried copy was built on (or nothing).
        stored: start.loaded.version > 0 ? { kind: 'version' as const, version: start.loaded.version } : { kind: 'none' as const },
        recentWrites: [],
      };
      const turn: TurnState = {
        loaded: start.loaded,
        current: start.current,
        available: stored !== undefined || carried !== undefined,
        ...(stored === undefined ? { unavailableReason: 'load-failed' as const } : {}),
        durable: start.durable,
        unknown: start.unknown,
        save: (current) =>
          saveTurn(
            store,
            { userId, loaded: start.loaded, stored: loadedFrom.stored, recentWrites: loadedFrom.recentWrites, durable: start.durable || start.unknown },
            // A handler bug must not store an invalid state: repair it the same way a load would.
            normalizeUserState({ ...current, version: start.loaded.version }),
            // After a failed load, one attempt: DynamoDB is likely away, and the turn must not wait for it.
            { budget, log, maxFailures: stored ? 2 : 1 },
          ),
      };
      setTurnState(input, turn);
    },
  };

  const response: ResponseInterceptor = {
    async process(input) {
      try {
        const turn = getTurnState(input);
        if (!turn || (turn.unavailableReason === 'not-needed' && !turn.deleted) || turn.unavailableReason === 'no-user') return;
        await commitTurn(input);
        carryTurn(input, turn);
      } catch (error) {
        log('state-save-failed', describeError(error));
      }
    },
  };

  return { request, response };
}
