/**
 * What the skill remembers about hands-free playback, as one optional sub-object of the
 * person's state (`state.playback`), with its own normaliser and merge rule so the user-state
 * code needs one line for each.
 */
import type { Preferences, RoutineId, StretchId } from '../catalog/types';
import type { Variant } from '../catalog/types';
import { deepEqual as same } from '../state/equal';

export type PlayMode = 'handsfree' | 'guided';

export interface CurrentPlay {
  /** Short id of this play; AudioPlayer tokens carry it, so stale requests are recognised. */
  playId: string;
  kind: 'routine' | 'stretch';
  id: RoutineId | StretchId;
  variant: Variant;
  /** The preferences and exclusions the stream was planned with (so a resume plays the same audio). */
  preferences: Preferences;
  excluded: StretchId[];
  /** Whether the opening track carries the short safety line. */
  withSafety: boolean;
  trackIndex: number;
  offsetMs: number;
  status: 'playing' | 'paused' | 'finished' | 'failed';
  /** ISO time of the last change. */
  updatedAt: string;
}

export interface PlaybackState {
  /** The person's chosen default; absent: guided, and hands-free when asked for. */
  defaultMode?: PlayMode;
  /** True once the one-sentence explanation of hands-free mode was given. */
  explained: boolean;
  current?: CurrentPlay;
  /** A stream failed: explained at the next launch with an offer of the guided mode. */
  failureNotice?: { kind: 'routine' | 'stretch'; id: RoutineId | StretchId; at: string };
}

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0;
}

function isoOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : fallback;
}

export interface PlaybackIds {
  isRoutineId(value: unknown): value is RoutineId;
  isStretchId(value: unknown): value is StretchId;
  preferences(raw: unknown): Preferences;
}

function target(raw: Loose, ids: PlaybackIds): { kind: 'routine' | 'stretch'; id: RoutineId | StretchId } | undefined {
  if (raw.kind === 'routine' && ids.isRoutineId(raw.id)) return { kind: 'routine', id: raw.id };
  if (raw.kind === 'stretch' && ids.isStretchId(raw.id)) return { kind: 'stretch', id: raw.id };
  return undefined;
}

function normalizeCurrent(raw: unknown, ids: PlaybackIds): CurrentPlay | undefined {
  if (!isRecord(raw)) return undefined;
  const what = target(raw, ids);
  if (!what || typeof raw.playId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(raw.playId)) return undefined;
  const status = raw.status;
  return {
    playId: raw.playId,
    ...what,
    variant: raw.variant === 'easier' || raw.variant === 'harder' ? raw.variant : 'standard',
    preferences: ids.preferences(raw.preferences),
    excluded: Array.isArray(raw.excluded) ? [...new Set(raw.excluded.filter(ids.isStretchId))] : [],
    withSafety: raw.withSafety === true,
    trackIndex: count(raw.trackIndex),
    offsetMs: count(raw.offsetMs),
    status: status === 'playing' || status === 'finished' || status === 'failed' ? status : 'paused',
    updatedAt: isoOr(raw.updatedAt, new Date(0).toISOString()),
  };
}

/** Anything stored (old, partial, garbage) -> a valid PlaybackState, or undefined when nothing useful is left. */
export function normalizePlayback(raw: unknown, ids: PlaybackIds): PlaybackState | undefined {
  if (!isRecord(raw)) return undefined;
  const state: PlaybackState = { explained: raw.explained === true };
  if (raw.defaultMode === 'handsfree' || raw.defaultMode === 'guided') state.defaultMode = raw.defaultMode;
  const current = normalizeCurrent(raw.current, ids);
  if (current) state.current = current;
  if (isRecord(raw.failureNotice)) {
    const what = target(raw.failureNotice, ids);
    if (what) state.failureNotice = { ...what, at: isoOr(raw.failureNotice.at, new Date(0).toISOString()) };
  }
  return state;
}

/**
 * Re-applies one turn's playback change onto fresher state: each field this turn changed
 * takes this turn's value, the others keep the fresh value.
 */
export function mergePlayback(
  fresh: PlaybackState | undefined,
  loaded: PlaybackState | undefined,
  current: PlaybackState | undefined,
): PlaybackState | undefined {
  if (same(loaded, current)) return fresh;
  if (!current) return undefined;
  const merged: PlaybackState = { ...(fresh ?? { explained: false }) };
  if (current.explained !== (loaded?.explained ?? false)) merged.explained = current.explained;
  for (const key of ['defaultMode', 'current', 'failureNotice'] as const) {
    if (same(current[key], loaded?.[key])) continue;
    if (current[key] === undefined) delete merged[key];
    else (merged as unknown as Record<string, unknown>)[key] = structuredClone(current[key]);
  }
  return merged;
}
