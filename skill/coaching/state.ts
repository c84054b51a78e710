/**
 * The coaching part of the UserState: its starting value, its repair (normalizeCoaching,
 * called by normalizeUserState) and its merge when two turns overlap (mergeCoaching, called
 * by mergeTurn). Self-contained, so the state layer needs one line for each.
 */
import { tidyCheckIns } from './check-ins';
import { MAX_LEVEL } from './progression';
import type { CoachingState, RoutineOfferOutcome } from './types';
import { deepEqual as same } from '../state/equal';

export function emptyCoaching(): CoachingState {
  return { checkIns: [], level: 0 };
}

/** The person's coaching state, or a new one. */
export function coachingOf(state: { coaching?: CoachingState }): CoachingState {
  return state.coaching ?? emptyCoaching();
}

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function date(value: unknown): string | undefined {
  return typeof value === 'string' && DATE.test(value) ? value : undefined;
}

const OUTCOMES: readonly RoutineOfferOutcome[] = ['offered', 'accepted', 'declined', 'failed'];

/** The most recent stored check-in date, so pruning of a stored item does not depend on the clock. */
function latestDate(checkIns: readonly unknown[]): string {
  let latest = '0000-01-01';
  for (const raw of checkIns) {
    const day = typeof raw === 'string' ? date(raw.slice(0, 10)) : undefined;
    if (day && day > latest) latest = day;
  }
  return latest;
}

/**
 * Anything (a stored item's `coaching`, absent, old or corrupt) -> a valid CoachingState, or
 * undefined when there is nothing to keep. Never throws.
 */
export function normalizeCoaching(raw: unknown): CoachingState | undefined {
  if (!isRecord(raw)) return undefined;
  const stored = Array.isArray(raw.checkIns) ? raw.checkIns : [];
  const coaching: CoachingState = {
    checkIns: tidyCheckIns(stored, latestDate(stored)),
    level:
      typeof raw.level === 'number' && Number.isFinite(raw.level)
        ? Math.min(MAX_LEVEL, Math.max(0, Math.floor(raw.level)))
        : 0,
  };
  if (isRecord(raw.levelChange)) {
    const on = date(raw.levelChange.on);
    const dir = raw.levelChange.dir;
    if (on && (dir === 'up' || dir === 'down')) coaching.levelChange = { on, dir };
  }
  const gentleOn = date(raw.gentleOn);
  if (gentleOn) coaching.gentleOn = gentleOn;
  const advisedOn = date(raw.advisedOn);
  if (advisedOn) coaching.advisedOn = advisedOn;
  const offeredOn = date(raw.offeredOn);
  if (offeredOn) coaching.offeredOn = offeredOn;
  if (isRecord(raw.routineOffer)) {
    const on = date(raw.routineOffer.on);
    const outcome = OUTCOMES.find((o) => o === (raw.routineOffer as Loose).outcome);
    if (on && outcome) coaching.routineOffer = { on, outcome };
  }
  return coaching;
}

/**
 * This turn's change (loaded -> current) applied onto fresher state: check-ins this turn
 * added go in (a same-day, same-phase score replaces the other), those it removed go;
 * every other field takes this turn's value when it changed it. A turn that deleted the
 * coaching state ("delete my history") deletes it.
 */
export function mergeCoaching(
  fresh: CoachingState | undefined,
  loaded: CoachingState | undefined,
  current: CoachingState | undefined,
): CoachingState | undefined {
  if (same(loaded, current)) return fresh;
  if (!current) return undefined;
  const base = fresh ?? emptyCoaching();
  const before = loaded ?? emptyCoaching();
  const added = current.checkIns.filter((c) => !before.checkIns.includes(c));
  const removed = new Set(before.checkIns.filter((c) => !current.checkIns.includes(c)));
  const kept = base.checkIns.filter((c) => !removed.has(c));
  const merged: CoachingState = { ...base, checkIns: tidyCheckIns([...added, ...kept], latestDate([...added, ...kept])) };
  const fields = ['level', 'levelChange', 'gentleOn', 'advisedOn', 'offeredOn', 'routineOffer'] as const;
  for (const field of fields) {
    if (same(before[field], current[field])) continue;
    if (current[field] === undefined) delete merged[field];
    else (merged as unknown as Record<string, unknown>)[field] = structuredClone(current[field]);
  }
  return merged;
}
