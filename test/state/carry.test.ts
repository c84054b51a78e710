/** Where a turn starts, from what storage answered and what the conversation carried. */
import { describe, expect, it } from 'vitest';
import type { UserState } from '../../skill/conversation/types';
import { carryState, newUserState, readCarried, startTurn } from '../../skill/state/index';

const active = { kind: 'routine' as const, id: 'basic-daily' as const, segmentIndex: 4, variant: 'standard' as const, paused: false, startedAt: '2026-03-02T08:00:00.000Z' };

function stored(version: number, change: Partial<UserState> = {}): UserState {
  return { ...newUserState(), version, ...change };
}

describe('the carried copy', () => {
  it('survives the trip through the session attributes, and garbage reads as none', () => {
    const state = stored(3, { active, excludedStretches: ['cat-cow'] });
    const back = readCarried(JSON.parse(JSON.stringify(carryState(state, 3, false))));
    expect(back).toEqual({ state, base: 3, saved: false, unknown: false });
    for (const garbage of [undefined, null, 'x', [], { base: -1, state: {} }, { base: 1.5, state: {} }, { base: 2, state: 'x' }]) {
      expect(readCarried(garbage)).toBeUndefined();
    }
  });
});

describe('startTurn', () => {
  it('starts from storage when the carried copy holds nothing new', () => {
    const fresh = stored(5, { streakDays: 2 });
    const start = startTurn(fresh, { state: stored(4), base: 4, saved: true, unknown: false });
    expect(start).toMatchObject({ loaded: fresh, current: fresh, durable: true, unknown: false });
  });

  it('starts from the carried copy when it holds changes storage never got, made on what storage still holds', () => {
    const start = startTurn(stored(5), { state: stored(5, { active }), base: 5, saved: false, unknown: false });
    expect(start.current.active).toEqual(active);
    expect(start.current.version).toBe(5);
    expect(start.durable).toBe(false);
  });

  it('prefers storage when someone else saved since the unsaved changes were made', () => {
    const fresh = stored(7, { completedSessions: 9 });
    expect(startTurn(fresh, { state: stored(5, { active }), base: 5, saved: false, unknown: false }).current).toEqual(fresh);
  });

  it('merges changes made while nothing was known onto what storage holds', () => {
    const fresh = stored(7, { completedSessions: 9, disclaimerSeen: true });
    const start = startTurn(fresh, { state: stored(0, { active, completedSessions: 1 }), base: 0, saved: false, unknown: true });
    expect(start.current).toMatchObject({ version: 7, active, completedSessions: 10, disclaimerSeen: true });
  });

  it('without storage, starts from the carried copy, or else from an unknown state', () => {
    const carried = startTurn(undefined, { state: stored(2, { active }), base: 2, saved: true, unknown: false });
    expect(carried).toMatchObject({ durable: true, unknown: false });
    expect(carried.current.active).toEqual(active);
    expect(startTurn(undefined, undefined)).toMatchObject({ durable: false, unknown: true, current: newUserState() });
  });
});
