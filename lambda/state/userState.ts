/**
 * Building and repairing a person's UserState. Whatever comes out of DynamoDB (an item
 * written by an older version, a half-written item, a hand-edited one) passes through
 * normalizeUserState before a handler sees it, so handlers can trust every field.
 */
import {
  DEFAULT_PREFERENCES,
  ROUTINE_IDS,
  STRETCH_IDS,
  type Preferences,
  type RoutineId,
  type StretchId,
} from '../../skill/catalog/types';
import type { ActiveSession, HistoryEntry, UserState } from '../../skill/conversation/types';
import { emptyUserState } from '../../skill/conversation/state';
import { normalizeCoaching } from '../../skill/coaching/state';
import { normalizePlayback } from '../../skill/audio/playbackState';

/** Layout version of the stored item; bump it when the stored shape changes. */
export const USER_STATE_SCHEMA_VERSION = 1;

/** The history keeps the most recent entries only. */
export const HISTORY_LIMIT = 30;

/** A person we have never seen (the player's own starting state). */
export const newUserState: () => UserState = emptyUserState;

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const stretchIds: ReadonlySet<string> = new Set(STRETCH_IDS);
const routineIds: ReadonlySet<string> = new Set(ROUTINE_IDS);

function isStretchId(value: unknown): value is StretchId {
  return typeof value === 'string' && stretchIds.has(value);
}

function isRoutineId(value: unknown): value is RoutineId {
  return typeof value === 'string' && routineIds.has(value);
}

function isIdOfKind(kind: 'routine' | 'stretch', id: unknown): id is RoutineId | StretchId {
  return kind === 'routine' ? isRoutineId(id) : isStretchId(id);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/** A whole, non-negative, finite number; anything else gives the fallback. */
function count(value: unknown, fallback = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return fallback;
  return Math.floor(value);
}

const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function calendarDate(value: unknown): string | undefined {
  return typeof value === 'string' && CALENDAR_DATE.test(value) ? value : undefined;
}

function normalizePreferences(raw: unknown): Preferences {
  const p = isRecord(raw) ? raw : {};
  return {
    holdLength: oneOf(p.holdLength, ['shorter', 'standard', 'longer'], DEFAULT_PREFERENCES.holdLength),
    pace: oneOf(p.pace, ['normal', 'slower'], DEFAULT_PREFERENCES.pace),
    cueStyle: oneOf(p.cueStyle, ['voice', 'chimes'], DEFAULT_PREFERENCES.cueStyle),
  };
}

function normalizeActive(raw: unknown): ActiveSession | undefined {
  if (!isRecord(raw)) return undefined;
  const kind = raw.kind;
  if (kind !== 'routine' && kind !== 'stretch') return undefined;
  if (!isIdOfKind(kind, raw.id)) return undefined;
  const startedAt =
    typeof raw.startedAt === 'string' && !Number.isNaN(Date.parse(raw.startedAt))
      ? raw.startedAt
      : new Date(0).toISOString();
  return {
    kind,
    id: raw.id,
    segmentIndex: count(raw.segmentIndex),
    variant: oneOf(raw.variant, ['standard', 'easier', 'harder'], 'standard'),
    paused: raw.paused === true,
    startedAt,
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
