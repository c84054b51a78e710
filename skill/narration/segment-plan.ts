/**
 * The shape between a stretch and its segments: one SegmentPlan per side / set, made of
 * repetition units that can be split into separate responses at their boundaries.
 */
import type { Side, StartPosition, Stretch } from '../catalog/types';
import type { Texts } from '../text/texts';
import type { Dosage } from './dosage';
import type { Pacing } from './pacing';
import type { Pace } from './speech-time';
import type { TimelineEvent } from './types';
import type { ChosenVersion } from './variants';

/** One repetition (a hold, a breath cycle, a pair of holds). */
export interface RepUnit {
  /** 1-based repetition number within its side/set. */
  rep: number;
  /** Played only when the unit follows another in the same response (the rest between reps). */
  lead: TimelineEvent[];
  /** The repetition itself. */
  core: TimelineEvent[];
}

export interface SegmentPlan {
  /** Base id, e.g. "knee-to-chest/right" or "cat-cow/set-2". */
  id: string;
  /** Base title, e.g. "Knee-to-Chest, right side". */
  title: string;
  stretchId: Stretch['id'];
  side?: Side;
  set?: number;
  /** Intro, transitions, setup and the settle pause: plays before the first unit. */
  head: TimelineEvent[];
  /** What replaces the head (or the resume line) when the segment is played after a break. */
  coldHead: TimelineEvent[];
  /** Where the person is for this stretch (the variation's position when it replaces the setup). */
  position: StartPosition;
  units: RepUnit[];
  /** Plays after the last unit (coming out of a flow). */
  tail: TimelineEvent[];
  /** Closes a response that stops between repetitions (before a continuation). */
  interlude: TimelineEvent[];
  /** Opens a continuation response that starts at `unit` (after a split). */
  resume: (unit: RepUnit) => TimelineEvent[];
  /** How the units a continuation covers are shown in its title ("reps 4 to 6", "cycle 13"). */
  unitsTitle: (first: number, last: number) => string;
}

/** Everything the builders need to narrate one stretch (alone or as a routine item). */
export interface StretchContext {
  /** The words of the request's language. */
  texts: Texts;
  stretch: Stretch;
  dosage: Dosage;
  version: ChosenVersion;
  pace: Pace;
  cueStyle: 'voice' | 'chimes';
  pacing: Pacing;
  /** The first line, which names the stretch ("Child's pose." or "Next, cat cow."). */
  introLine: string;
  /** Whether the stretch's one-sentence summary follows its name (a stretch on its own; not in routines). */
  withSummary: boolean;
  /** Where the person is for this stretch. */
  position: StartPosition;
  /** Where the stretch sits in its routine (0 alone): shifts the wordings of cues, so stretches in a row vary. */
  variety: number;
  /** Lines after the name that get the person safely from the previous stretch's position. */
  positionChange: string[];
}
