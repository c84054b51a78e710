/**
 * Re-applying one turn's change onto fresher state, for when two turns of the same person
 * overlap (two devices, or a retried request) and the save finds the stored version moved on.
 *
 * The turn's change is the field-wise difference `loaded -> current`; it is applied onto
 * `fresh` (what is stored now), so both turns' changes survive:
 * - plain fields (disclaimerSeen, active, each preference): this turn's value when it changed
 *   them, else the fresh value;
 * - excludedStretches: this turn's additions and removals applied to the fresh list;
 * - history: entries this turn added (or rewrote) go on top of the fresh history, entries it
 *   removed are removed, capped at HISTORY_LIMIT;
 * - completedSessions: the fresh count plus this turn's increment;
 * - streakDays + lastCompletedDate move together: the pair with the later date wins, ties
 *   take the longer streak.
 */
import type { HistoryEntry, UserState } from '../conversation/types';
import { deepEqual } from './equal';
import { HISTORY_LIMIT } from './history';
import { mergeCoaching } from '../coaching/state';
import { mergePlayback } from '../audio/playback-state';

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Splits `after` against `before` as multisets: which entries are new, which were dropped. */
function multisetDiff<T>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[] } {
  const unmatched = [...before];
  const added: T[] = [];
  for (const item of after) {
    const i = unmatched.findIndex((candidate) => deepEqual(candidate, item));
    if (i === -1) added.push(item);
    else unmatched.splice(i, 1);
  }
  return { added, removed: unmatched };
}

function mergeHistory(fresh: HistoryEntry[], loaded: HistoryEntry[], current: HistoryEntry[]): HistoryEntry[] {
  const { added, removed } = multisetDiff(loaded, current);
  const kept = [...fresh];
  for (const gone of removed) {
    const i = kept.findIndex((candidate) => deepEqual(candidate, gone));
    if (i !== -1) kept.splice(i, 1);
  }
  return clone([...added, ...kept].slice(0, HISTORY_LIMIT));
}

export function mergeTurn(fresh: UserState, loaded: UserState, current: UserState): UserState {
  const merged = clone(fresh);

  if (current.disclaimerSeen !== loaded.disclaimerSeen) merged.disclaimerSeen = current.disclaimerSeen;

  const prefs = current.preferences;
  const before = loaded.preferences;
  if (prefs.holdLength !== before.holdLength) merged.preferences.holdLength = prefs.holdLength;
  if (prefs.pace !== before.pace) merged.preferences.pace = prefs.pace;
  if (prefs.cueStyle !== before.cueStyle) merged.preferences.cueStyle = prefs.cueStyle;

  if (!deepEqual(current.active, loaded.active)) {
    if (current.active) merged.active = clone(current.active);
    else delete merged.active;
  }

  if (!deepEqual(current.excludedStretches, loaded.excludedStretches)) {
    const added = current.excludedStretches.filter((id) => !loaded.excludedStretches.includes(id));
    const removed = loaded.excludedStretches.filter((id) => !current.excludedStretches.includes(id));
    const next = merged.excludedStretches.filter((id) => !removed.includes(id));
    for (const id of added) if (!next.includes(id)) next.push(id);
    merged.excludedStretches = next;
  }

  if (!deepEqual(current.history, loaded.history)) {
    merged.history = mergeHistory(fresh.history, loaded.history, current.history);
  }

  merged.completedSessions = Math.max(
    0,
    fresh.completedSessions + (current.completedSessions - loaded.completedSessions),
  );

  const streakChanged =
    current.streakDays !== loaded.streakDays || current.lastCompletedDate !== loaded.lastCompletedDate;
  if (streakChanged) {
    const mine = current.lastCompletedDate ?? '';
    const theirs = fresh.lastCompletedDate ?? '';
    if (mine > theirs) {
      merged.streakDays = current.streakDays;
      if (current.lastCompletedDate) merged.lastCompletedDate = current.lastCompletedDate;
      else delete merged.lastCompletedDate;
    } else if (mine === theirs) {
      merged.streakDays = Math.max(current.streakDays, fresh.streakDays);
    }
  }

  const coaching = mergeCoaching(fresh.coaching, loaded.coaching, current.coaching);
  if (coaching) merged.coaching = coaching;
  else delete merged.coaching;
  const playback = mergePlayback(fresh.playback, loaded.playback, current.playback);
  if (playback) merged.playback = playback;
  else delete merged.playback;

  merged.version = fresh.version;
  return merged;
}
