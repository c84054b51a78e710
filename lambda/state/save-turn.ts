/**
 * Saving one turn's change, whatever else is going on.
 *
 * A conditional save that finds the stored item moved on (another turn of the same person:
 * two devices, a double tap, a retried request) waits a jittered, growing moment, reloads, and
 * re-applies this turn's change (loaded -> current) onto the fresh state (mergeTurn), again and
 * again while the turn's time budget lasts. A save whose answer was lost (timeout, reset) is
 * checked the same way: the reload's recent write ids say whether it went in, so a change is
 * never applied twice. A deletion marker ends it: nothing is written for a deleted person.
 *
 * Resolves with what happened; never throws.
 */
import { randomUUID } from 'node:crypto';
import type { UserState } from '../../skill/conversation/types';
import { deepEqual } from '../../skill/state/equal';
import { mergeTurn } from '../../skill/state/merge';
import { cutText } from '../../skill/text/safe-text';
import { backoffMs, MIN_CALL_MS, type Budget } from './budget';
import type { StoredState, StoredVersion, UserStateStore } from './store';
import { userRef } from './user-ref';
import type { Log } from '../../skill/log';

/** Structured log line: an event name and details (never the person's userId). */
export type StateLog = Log;

/** unchanged: nothing to save; saved: stored; not-saved: could not be stored this time; deleted: the person's data is gone. */
export type SaveOutcome = 'unchanged' | 'saved' | 'not-saved' | 'deleted';

export interface TurnToSave {
  userId: string;
  /** What the turn started from and the condition a save must meet. */
  loaded: UserState;
  stored: StoredVersion;
  recentWrites: readonly string[];
  /** False when `loaded` itself is not stored yet (carried in the session): save even when unchanged. */
  durable: boolean;
}

export interface SaveTurnOptions {
  budget: Budget;
  log: StateLog;
  random?: () => number;
  /**
   * Storage errors (not conflicts) tolerated before giving up, default 2: an outage must not
   * hold every turn to the end of its budget. Conflicts are retried while the budget lasts.
   */
  maxFailures?: number;
}

/** An error for the logs: its name and the start of its message, cut on character boundaries. */
export function describeError(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: cutText(String(error.name), 80), message: cutText(String(error.message), 200) } : { error: cutText(String(error), 200) };
}

export async function saveTurn(
  store: UserStateStore,
  turn: TurnToSave,
  current: UserState,
  options: SaveTurnOptions,
): Promise<{ outcome: SaveOutcome; stored?: UserState }> {
  const { budget, log } = options;
  const random = options.random ?? Math.random;
  const user = userRef(turn.userId);
  if (turn.durable && deepEqual(turn.loaded, current)) return { outcome: 'unchanged' };

  let next = current;
  let expected = turn.stored;
  let previousWrites = turn.recentWrites;
  const mine: string[] = [];
  let lastProblem: Record<string, unknown> = {};
  let failures = 0;
  const maxFailures = options.maxFailures ?? 2;

  for (let attempt = 1; ; attempt++) {
    if (budget.remaining() < MIN_CALL_MS) {
      log('state-save-out-of-time', { user, attempts: attempt - 1, ...lastProblem });
      return { outcome: 'not-saved' };
    }
    const writeId = randomUUID();
    mine.push(writeId);
    try {
      const result = await store.save(turn.userId, next, expected, { writeId, previousWrites, signal: budget.signal() });
      if (result !== 'conflict') return { outcome: 'saved', stored: { ...next, version: result } };
      lastProblem = { last: 'conflict' };
    } catch (error) {
      lastProblem = { last: 'failed', ...describeError(error) };
      if (++failures >= maxFailures) {
        log('state-save-failed', { user, attempts: attempt, ...lastProblem });
        return { outcome: 'not-saved' };
      }
    }

    await budget.sleep(backoffMs(attempt, random));
    if (budget.remaining() < MIN_CALL_MS) continue;
    let fresh: StoredState;
    try {
      fresh = await store.load(turn.userId, { signal: budget.signal() });
    } catch (error) {
      lastProblem = { last: 'reload-failed', ...describeError(error) };
      if (++failures >= maxFailures) {
        log('state-save-failed', { user, attempts: attempt, ...lastProblem });
        return { outcome: 'not-saved' };
      }
      continue;
    }
    if (fresh.deleted) {
      log('state-save-after-delete', { user });
      return { outcome: 'deleted' };
    }
    if (mine.some((id) => fresh.recentWrites.includes(id))) {
      // An earlier attempt went in after all (its answer was lost): the change is stored once.
      return { outcome: 'saved', stored: fresh.state };
    }
    next = mergeTurn(fresh.state, turn.loaded, current);
    expected = fresh.stored;
    previousWrites = fresh.recentWrites;
  }
}
