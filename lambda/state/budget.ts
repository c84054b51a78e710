/**
 * The time one turn may spend on storage. Alexa waits about 8 s and the Lambda stops at 7 s;
 * whatever DynamoDB does (stalls, throttles, conflicts), the turn answers within 5 s.
 */
/** Everything the turn does with storage ends within this many ms of the turn's start. */
export const TURN_BUDGET_MS = 4500;
/** The load may use at most this much, so a stalled read still leaves time to answer. */
export const LOAD_LIMIT_MS = 2000;
/** No storage call is started with less time than this left. */
export const MIN_CALL_MS = 150;

export interface Budget {
  /** ms left. */
  remaining(): number;
  /** A signal that aborts a call when the budget (or `limitMs`, if smaller) runs out. */
  signal(limitMs?: number): AbortSignal;
  /** Waits `ms` (less if the budget ends sooner). */
  sleep(ms: number): Promise<void>;
}

export function startBudget(totalMs: number = TURN_BUDGET_MS, now: () => number = Date.now): Budget {
  const deadline = now() + totalMs;
  const remaining = () => Math.max(0, deadline - now());
  return {
    remaining,
    signal: (limitMs = Infinity) => AbortSignal.timeout(Math.max(1, Math.min(remaining(), limitMs))),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(ms, remaining())))),
  };
}

/** Full-jitter exponential backoff before retry `attempt` (1, 2, ...): 0..min(cap, base * 2^attempt) ms. */
export function backoffMs(attempt: number, random: () => number = Math.random, baseMs = 20, capMs = 400): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** Math.min(attempt, 16)));
}
