/**
 * Narration is data before it is SSML. A stretch or routine compiles to a Timeline of
 * events grouped into Segments (what one Alexa response speaks). The SSML renderer, the
 * browser/terminal speech plan, the duration estimator and the tests all read this.
 */
import type { Preferences, RoutineId, Side, StartPosition, StretchId, Variant } from '../catalog/types';
import type { Texts } from '../text/texts';

export type SayRole = 'intro' | 'instruction' | 'cue' | 'count' | 'transition' | 'prompt';

export type PausePurpose = 'settle' | 'hold' | 'breath' | 'switch' | 'rest' | 'gap';

/**
 * Which part of a stretch an event belongs to, so screens and players never have to read
 * the words to know what is going on:
 * - intro: the name, summary, caution, version announcement;
 * - setup: getting into position (also the one-line re-entry of a later rep or round);
 * - feel: what the person should feel;
 * - move: the moving part of a flow or of paired holds (each breath, each tilt);
 * - hold: "Hold." and everything inside a timed hold;
 * - release: coming out of the stretch;
 * - switch: changing sides, rounds, positions between stretches;
 * - count: where you are ("Second of three.", "That's five.").
 */
export type StepKind = 'intro' | 'setup' | 'feel' | 'move' | 'hold' | 'release' | 'switch' | 'count';

/** What a spoken line or a hold is about. Optional: answers outside a stretch carry none. */
export interface EventTags {
  step?: StepKind;
  /**
   * The position this event is about, for stretches with two phases: the phase's pose id
   * (its name in kebab case: 'cow', 'cat', 'tilt-back', 'tilt-forward'). The drawings use the
   * same names.
   */
  pose?: string;
  /**
   * The line that brings a routine item in at its place in the routine ("Next, cat cow."):
   * a player going back to the item or repeating it says something else there.
   */
  itemIntro?: true;
  /**
   * A line that gets the person from the previous stretch's position to this one's ("Roll onto
   * your side..."): a player going back or repeating from somewhere else says the move from
   * where the person is instead.
   */
  positionChange?: true;
}

export type SayEvent = { type: 'say'; text: string; role: SayRole } & EventTags;
export type HoldStartEvent = { type: 'holdStart'; targetSeconds: number; label: string } & EventTags;

export type TimelineEvent =
  | SayEvent
  | { type: 'pause'; seconds: number; purpose: PausePurpose }
  | { type: 'chime' }
  /** Zero-length markers around every timed hold, so tests and players can measure it. */
  | HoldStartEvent
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
  /**
   * The same segment played after a break (pause, stop, a new session): the whole setup for
   * this side first, then the same repetitions. Absent for a stretch's first segment, whose
   * events already start with the full setup.
   */
  resumeEvents?: TimelineEvent[];
  /** The version narrated, when it is not the usual one: the catalog's variation name (e.g. "Chair twist"). */
  version?: string;
  /** Which version that is ('easier' or 'harder'): what code keys on, never the name, which is words. */
  variant?: Exclude<Variant, 'standard'>;
  /** Where the person is during this segment (floor, kneeling, sitting, standing); always set by the compiler. */
  position?: StartPosition;
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
  variant?: Variant;
  /** Upper bound on one segment's duration in seconds (default 240: Alexa's audio budget). */
  maxSegmentSeconds?: number;
  /** Coaching: a progression step (0-3) or a gentle day (see skill/coaching/progression.ts). */
  adjustment?: { level: number; gentle: boolean };
  /** The words to narrate with (the request's locale: `textsFor(locale)`); English when absent. */
  texts?: Texts;
}
