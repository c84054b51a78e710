/** A person we have never seen: the starting UserState (pure; the store adds persistence). */
import { DEFAULT_PREFERENCES } from '../catalog/types';
import type { UserState } from '../conversation/types';

export function newUserState(): UserState {
  return {
    version: 0,
    disclaimerSeen: false,
    preferences: { ...DEFAULT_PREFERENCES },
    excludedStretches: [],
    completedSessions: 0,
    streakDays: 0,
    history: [],
  };
}
