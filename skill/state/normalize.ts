/**
 * Repairing a person's UserState. Whatever comes from storage or from the Alexa session (an
 * item written by an older version, a half-written item, a hand-edited one, garbage) passes
 * through normalizeUserState before a handler sees it, so handlers can trust every field.
 */
import { isRoutineId, isStretchId } from '../catalog/lookup';
import type { RoutineId, StretchId } from '../catalog/types';
import type { ActiveSession, HistoryEntry, UserState } from '../conversation/types';
import { HISTORY_LIMIT } from './history';
import { newUserState } from './new-user-state';
import { normalizePreferences, oneOf } from './preferences';
import { normalizeCoaching } from '../coaching/state';
import { normalizePlayback } from '../audio/playback-state';

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIdOfKind(kind: 'routine' | 'stretch', id: unknown): id is RoutineId | StretchId {
  return kind === 'routine' ? isRoutineId(id) : isStretchId(id);
}

/** A whole, non-negative, safe number; anything else gives the fallback. */
function count(value: unknown, fallback = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return fallback;
  return Math.min(Math.floor(value), Number.MAX_SAFE_INTEGER);
}

const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function calendarDate(value: unknown): string | undefined {
  return typeof value === 'string' && CALENDAR_DATE.test(value) ? value : undefined;
}

/** An ISO timestamp that Date can print again (absurd years are refused). */
function isoTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  const year = new Date(time).getUTCFullYear();
  return year >= 2000 && year <= 9999 ? value : undefined;
}

function normalizeActive(raw: unknown): ActiveSession | undefined {
  if (!isRecord(raw)) return undefined;
  const kind = raw.kind;
  if (kind !== 'routine' && kind !== 'stretch') return undefined;
  if (!isIdOfKind(kind, raw.id)) return undefined;
  return {
    kind,
    id: raw.id,
    segmentIndex: count(raw.segmentIndex),
    variant: oneOf(raw.variant, ['standard', 'easier', 'harder'], 'standard'),
    paused: raw.paused === true,
    startedAt: isoTime(raw.startedAt) ?? new Date(0).toISOString(),
  };
}

function normalizeHistoryEntry(raw: unknown): HistoryEntry | undefined {
  if (!isRecord(raw)) return undefined;
  const date = calendarDate(raw.date);
  const kind = raw.kind;
  if (date === undefined || (kind !== 'routine' && kind !== 'stretch')) return undefined;
  if (!isIdOfKind(kind, raw.id)) return undefined;
  return { date, kind, id: raw.id, completed: raw.completed === true };
}

/**
 * Turns anything (a stored item, an old or partial one, garbage) into a valid UserState:
 * missing or wrongly typed fields get their defaults, unknown stretch and routine ids are
 * dropped, the history keeps its first (most recent) HISTORY_LIMIT valid entries.
 * Never throws.
 */
export function normalizeUserState(raw: unknown): UserState {
  const state = newUserState();
  if (!isRecord(raw)) return state;

  state.version = count(raw.version);
  state.disclaimerSeen = raw.disclaimerSeen === true;
  state.preferences = normalizePreferences(raw.preferences);

  const active = normalizeActive(raw.active);
  if (active) state.active = active;

  if (Array.isArray(raw.excludedStretches)) {
    state.excludedStretches = [...new Set(raw.excludedStretches.filter(isStretchId))];
  }

  state.completedSessions = count(raw.completedSessions);
  state.streakDays = count(raw.streakDays);

  const lastCompletedDate = calendarDate(raw.lastCompletedDate);
  if (lastCompletedDate) state.lastCompletedDate = lastCompletedDate;

  if (Array.isArray(raw.history)) {
    const entries: HistoryEntry[] = [];
    for (const item of raw.history) {
      const entry = normalizeHistoryEntry(item);
      if (entry) entries.push(entry);
      if (entries.length === HISTORY_LIMIT) break;
    }
    state.history = entries;
  }
  const coaching = normalizeCoaching(raw.coaching);
  if (coaching) state.coaching = coaching;
  const playback = normalizePlayback(raw.playback, { isRoutineId, isStretchId, preferences: normalizePreferences });
  if (playback) state.playback = playback;
  return state;
}
