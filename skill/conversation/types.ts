/**
 * What we remember about one person between turns. Stored as one DynamoDB item keyed by
 * the Alexa userId (see lambda/state/); pure data here, no AWS.
 */
import type { Preferences, RoutineId, StretchId, Variant } from '../catalog/types';
import type { CoachingState } from '../coaching/types';
import type { PlaybackState } from '../audio/playback-state';

/** What the person is in the middle of: a routine or a single stretch, and where. */
export interface ActiveSession {
  kind: 'routine' | 'stretch';
  id: RoutineId | StretchId;
  /** Index of the segment to play next (or being played when `playing` is true). */
  segmentIndex: number;
  variant: Variant;
  paused: boolean;
  /** ISO timestamp of when it started. */
  startedAt: string;
}

export interface HistoryEntry {
  /** Local calendar date YYYY-MM-DD. */
  date: string;
  kind: 'routine' | 'stretch';
  id: RoutineId | StretchId;
  completed: boolean;
}

export interface UserState {
  /** Optimistic-locking version; 0 means never stored. */
  version: number;
  disclaimerSeen: boolean;
  preferences: Preferences;
  active?: ActiveSession;
  excludedStretches: StretchId[];
  completedSessions: number;
  streakDays: number;
  /** YYYY-MM-DD of the last completed routine or stretch. */
  lastCompletedDate?: string;
  /** Most recent first, at most 30 entries. */
  history: HistoryEntry[];
  /** Check-ins, progression and offers (skill/coaching/); absent until the coach has something to keep. */
  coaching?: CoachingState;
  /** Hands-free (AudioPlayer) playback: default mode, the current stream, a failure to explain. */
  playback?: PlaybackState;
}
