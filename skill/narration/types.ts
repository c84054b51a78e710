/**
 * Narration is data before it is SSML. A stretch or routine compiles to a Timeline of
 * events grouped into Segments (what one Alexa response speaks). The SSML renderer, the
 * browser/terminal speech plan, the duration estimator and the tests all read this.
 */
import type { Preferences, RoutineId, Side, StretchId } from '../catalog/types';

export type SayRole = 'intro' | 'instruction' | 'cue' | 'count' | 'transition' | 'prompt';

export type PausePurpose = 'settle' | 'hold' | 'breath' | 'switch' | 'rest' | 'gap';

export type TimelineEvent =
  | { type: 'say'; text: string; role: SayRole }
  | { type: 'pause'; seconds: number; purpose: PausePurpose }
  | { type: 'chime' }
  /** Zero-length markers around every timed hold, so tests and players can measure it. */
  | { type: 'holdStart'; targetSeconds: number; label: string }
  | { type: 'holdEnd' };

export interface Segment {
  /** Stable within its timeline, e.g. "knee-to-chest/right/rep-1". */
  id: string;
  /** Short display title, e.g. "Knee-to-Chest, right side". */
  title: string;
  stretchId: StretchId;
  side?: Side;
  /** 1-based set number in routines with sets. */
  set?: number;
  events: TimelineEvent[];
  /** Estimated seconds this segment takes to play (speech estimated + pauses + chimes). */
  durationSeconds: number;
}

export interface Timeline {
  kind: 'stretch' | 'routine';
  id: StretchId | RoutineId;
  title: string;
  segments: Segment[];
  durationSeconds: number;
}

export interface NarrationOptions {
  preferences: Preferences;
  /** Use the stretch's first modification (easier) or its advanced variation (harder). */
  variant?: 'standard' | 'easier' | 'harder';
  /** Upper bound on one segment's duration in seconds (default 240: Alexa's audio budget). */
  maxSegmentSeconds?: number;
  /** Coaching: a progression step (0-3) or a gentle day (see skill/coaching/progression.ts). */
  adjustment?: { level: number; gentle: boolean };
}
