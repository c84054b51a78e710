/**
 * What a person's state looks like after a damaged, old or partial item is read, and how one
 * turn's change is re-applied when another turn of the same person saved first.
 */
import { describe, expect, it } from 'vitest';
import type { HistoryEntry, UserState } from '../../skill/conversation/types';
import { mergeTurn, newUserState, normalizeUserState } from '../../skill/state/index';

describe('normalizeUserState', () => {
  it('turns anything that is not an object into a new state', () => {
    for (const garbage of [undefined, null, 42, 'state', true, [], [1, 2], () => 1, Symbol('x')]) {
      expect(normalizeUserState(garbage)).toEqual(newUserState());
    }
  });

  it('gives a new state the default preferences, no progress and version 0', () => {
    expect(newUserState()).toEqual({
      version: 0,
      disclaimerSeen: false,
      preferences: { holdLength: 'standard', pace: 'normal', cueStyle: 'voice' },
      excludedStretches: [],
      completedSessions: 0,
      streakDays: 0,
      history: [],
    });
    // Each new state is its own object: changing one never changes the defaults.
    const a = newUserState();
    a.preferences.pace = 'slower';
    expect(newUserState().preferences.pace).toBe('normal');
  });

  it('keeps valid fields and replaces wrongly typed ones with defaults', () => {
    const state = normalizeUserState({
      version: 3,
      disclaimerSeen: 'yes',
      preferences: { holdLength: 'longer', pace: 7, cueStyle: 'CHIMES', extra: 'x' },
      excludedStretches: ['cat-cow', 'cat-cow', 'yoga-headstand', 12, 'sphinx-pose'],
      completedSessions: -4,
      streakDays: 2.7,
      lastCompletedDate: '24/11/2026',
      mood: 'happy',
    });
    expect(state).toEqual({
      version: 3,
      disclaimerSeen: false,
      preferences: { holdLength: 'longer', pace: 'normal', cueStyle: 'voice' },
      excludedStretches: ['cat-cow', 'sphinx-pose'],
      completedSessions: 0,
      streakDays: 2,
      history: [],
    });
  });

  it('drops an active session that points at an unknown stretch or routine', () => {
    expect(normalizeUserState({ active: { kind: 'stretch', id: 'handstand', segmentIndex: 1 } }).active).toBeUndefined();
    // A routine id is not a stretch id.
    expect(normalizeUserState({ active: { kind: 'stretch', id: 'basic-daily' } }).active).toBeUndefined();
    expect(normalizeUserState({ active: 'cat-cow' }).active).toBeUndefined();
    expect(
      normalizeUserState({ active: { kind: 'routine', id: 'bedtime', segmentIndex: '2', variant: 'extreme', paused: 1 } })
        .active,
    ).toEqual({
      kind: 'routine',
      id: 'bedtime',
      segmentIndex: 0,
      variant: 'standard',
      paused: false,
      startedAt: new Date(0).toISOString(),
    });
  });

  it('keeps the 30 most recent valid history entries and drops broken or unknown ones', () => {
    const valid = (day: number): HistoryEntry => ({
      date: `2026-09-${String(day).padStart(2, '0')}`,
      kind: 'stretch',
      id: 'childs-pose',
      completed: true,
    });
    const raw = [
      { date: '2026-11-01', kind: 'stretch', id: 'moonwalk', completed: true },
      { date: 'yesterday', kind: 'stretch', id: 'cat-cow', completed: true },
      { date: '2026-11-01', kind: 'dance', id: 'cat-cow', completed: true },
      null,
      'cat-cow',
      ...Array.from({ length: 40 }, (_, i) => valid(30 - (i % 30))),
    ];
    const state = normalizeUserState({ history: raw });
    expect(state.history).toHaveLength(30);
    expect(state.history[0]).toEqual(valid(30));
    expect(state.history.every((entry) => entry.id === 'childs-pose')).toBe(true);
  });
});

function base(): UserState {
  return {
    ...newUserState(),
    version: 5,
    completedSessions: 10,
    streakDays: 2,
    lastCompletedDate: '2026-11-24',
    history: [{ date: '2026-11-24', kind: 'routine', id: 'basic-daily', completed: true }],
  };
}

describe('mergeTurn', () => {
  it('keeps both a preference change and a finished routine made by overlapping turns', () => {
    const loaded = base();
    // Turn A (saved first) finished a routine today.
    const fresh: UserState = {
      ...base(),
      version: 6,
      completedSessions: 11,
      streakDays: 3,
      lastCompletedDate: '2026-11-25',
      history: [{ date: '2026-11-25', kind: 'routine', id: 'bedtime', completed: true }, ...base().history],
    };
    // Turn B (this one) asked for slower pacing and excluded a stretch.
    const current: UserState = {
      ...base(),
      preferences: { ...base().preferences, pace: 'slower' },
      excludedStretches: ['sphinx-pose'],
    };
    const merged = mergeTurn(fresh, loaded, current);
    expect(merged.version).toBe(6);
    expect(merged.preferences.pace).toBe('slower');
    expect(merged.excludedStretches).toEqual(['sphinx-pose']);
    expect(merged.completedSessions).toBe(11);
    expect(merged.streakDays).toBe(3);
    expect(merged.lastCompletedDate).toBe('2026-11-25');
    expect(merged.history.map((h) => h.id)).toEqual(['bedtime', 'basic-daily']);
  });

  it('adds both turns\' completions and history entries', () => {
    const loaded = base();
    const fresh: UserState = {
      ...base(),
      version: 6,
      completedSessions: 11,
      history: [{ date: '2026-11-25', kind: 'stretch', id: 'cat-cow', completed: true }, ...base().history],
    };
    const current: UserState = {
      ...base(),
      completedSessions: 11,
      history: [{ date: '2026-11-25', kind: 'stretch', id: 'side-stretch', completed: true }, ...base().history],
    };
    const merged = mergeTurn(fresh, loaded, current);
    expect(merged.completedSessions).toBe(12);
    expect(merged.history.map((h) => h.id)).toEqual(['side-stretch', 'cat-cow', 'basic-daily']);
  });

  it('applies this turn\'s removals and moves, and leaves untouched fields to the fresher turn', () => {
    const loaded: UserState = { ...base(), excludedStretches: ['cat-cow', 'sphinx-pose'] };
    const fresh: UserState = {
      ...base(),
      version: 9,
      excludedStretches: ['cat-cow', 'sphinx-pose', 'side-stretch'],
      disclaimerSeen: true,
      active: { kind: 'stretch', id: 'cat-cow', segmentIndex: 1, variant: 'standard', paused: false, startedAt: '2026-11-25T08:00:00.000Z' },
    };
    const current: UserState = {
      ...base(),
      excludedStretches: ['sphinx-pose'],
      active: { kind: 'routine', id: 'desk-break', segmentIndex: 0, variant: 'standard', paused: false, startedAt: '2026-11-25T08:00:05.000Z' },
    };
    const merged = mergeTurn(fresh, loaded, current);
    expect(merged.excludedStretches).toEqual(['sphinx-pose', 'side-stretch']);
    expect(merged.disclaimerSeen).toBe(true);
    expect(merged.active?.id).toBe('desk-break');

    // Ending the session in this turn removes the fresher one too: the person said stop last.
    const stopped: UserState = { ...base() };
    const loadedWithActive: UserState = { ...base(), active: current.active! };
    expect(mergeTurn({ ...fresh }, loadedWithActive, stopped).active).toBeUndefined();
  });
});
