/**
 * Progress bookkeeping: completed sessions, the streak (consecutive calendar days with a
 * completed routine or stretch) and the history (most recent first, at most 30).
 */
import type { RoutineId, StretchId } from '../catalog/types';
import { HISTORY_LIMIT } from '../state/history';
import type { HistoryEntry, UserState } from './types';

/** The calendar day before `date` (YYYY-MM-DD). */
export function previousDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Streak after completing something on `today`: same day keeps it, the day after adds one, a gap restarts at 1. */
export function nextStreak(state: Pick<UserState, 'streakDays' | 'lastCompletedDate'>, today: string): number {
  if (state.lastCompletedDate === today) return Math.max(1, state.streakDays);
  if (state.lastCompletedDate === previousDay(today)) return state.streakDays + 1;
  return 1;
}

/** The streak as it stands today: still alive if the last completion was today or yesterday. */
export function liveStreak(state: Pick<UserState, 'streakDays' | 'lastCompletedDate'>, today: string): number {
  const last = state.lastCompletedDate;
  return last === today || last === previousDay(today) ? state.streakDays : 0;
}

/** The state with no active session (the key removed, not set to undefined, so nothing odd is stored). */
export function withoutActive(state: UserState): UserState {
  const { active: _finished, ...rest } = state;
  return rest;
}

function withHistory(state: UserState, entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...state.history].slice(0, HISTORY_LIMIT);
}

export function recordCompletion(
  state: UserState,
  kind: 'routine' | 'stretch',
  id: RoutineId | StretchId,
  today: string,
): UserState {
  return {
    ...withoutActive(state),
    completedSessions: state.completedSessions + 1,
    streakDays: nextStreak(state, today),
    lastCompletedDate: today,
    history: withHistory(state, { date: today, kind, id, completed: true }),
  };
}

/** Leaves the active session unfinished (a fresh start, a red flag): noted in history, nothing counted. */
export function recordAbandoned(state: UserState, today: string): UserState {
  if (!state.active) return state;
  const { kind, id } = state.active;
  return {
    ...withoutActive(state),
    history: withHistory(state, { date: today, kind, id, completed: false }),
  };
}
