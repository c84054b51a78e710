/**
 * One timed hold: holdStart, silence with a few calm cues, holdEnd. The time between the
 * markers (pauses plus the estimated speech of the cues inside) equals the target, to the
 * rounding of the pauses.
 *
 * Voice cues, sparse, varied and never overlapping, never in the first seconds:
 * - holds of 30 s and more: "halfway" at the middle and "five more" five seconds before the
 *   end, plus calm cues from the stretch's holdCues about every quarter (every sixth for holds
 *   of 90 s and more);
 * - holds of 15-29 s: one progress cue, taking turns from hold to hold between "halfway"
 *   (from 20 s) and "five more"; from 25 s also one calm cue;
 * - each progress cue has a few wordings (the texts' `holds`), chosen by `cueOffset`.
 * When two cues would collide the more useful one wins (five more > halfway > calm); a calm
 * cue that does not fit tries an earlier start, then a shorter cue from the stretch.
 * Chimes style: a chime at the start and the end of holds of 10 s and more, nothing else.
 */
import type { EventTags, TimelineEvent } from './types';
import { CHIME_SECONDS, durationOf, eventSeconds } from './duration';
import { pause, say, tagged } from './events';
import { CUE_EARLIEST_SECONDS, CUE_MIN_GAP_SECONDS } from './pacing';
import type { Pace } from './speech-time';
import { textsFor, type Texts } from '../text/locale';

/** The n-th of a few ways of saying a cue, wrapping round. */
function variant<T>(choices: readonly T[], n: number): T {
  return choices[((n % choices.length) + choices.length) % choices.length]!;
}

const ENGLISH_HOLDS = textsFor(undefined).holds;
/** The usual English wordings; holds take turns with the others in the texts' `holds`. */
export const HALFWAY_CUE = ENGLISH_HOLDS.HALFWAY_CUES[0];
export const FIVE_MORE_CUE = ENGLISH_HOLDS.FIVE_MORE_CUES[0];
export const RELEASE_CUE = ENGLISH_HOLDS.RELEASE_CUES[0];

/** The release after the n-th hold of a stretch (wordings take turns). */
export function releaseCue(n: number, texts: Texts): string {
  return variant(texts.holds.RELEASE_CUES, n);
}
/** Holds shorter than this get no chimes in chimes style (the spoken move marks them). */
export const CHIME_MIN_HOLD_SECONDS = 10;

export interface HoldSpec {
  targetSeconds: number;
  /** Shown with the countdown, e.g. "Knee-to-Chest, right side". */
  label: string;
  /** Calm cues to pick from (already side-filled). */
  calmCues: readonly string[];
  /** Where to start in calmCues, so repeated holds vary their cues. */
  cueOffset: number;
  pace: Pace;
  cueStyle: 'voice' | 'chimes';
  /** Tags for the hold's start and its cues (the pose of a paired hold); step is always 'hold'. */
  tags?: EventTags;
  /**
   * The words of the progress cues, and the language whose speech rules time every cue, so
   * the silence around them still makes the target (English when absent).
   */
  texts?: Texts;
}

/** The hold's language: its cues' words and the rules their speech is timed by. */
function wordsOf(spec: HoldSpec): Texts {
  return spec.texts ?? textsFor(undefined);
}

interface PlannedCue {
  at: number;
  /** Texts to try in order; the first that fits is spoken. */
  texts: string[];
  /** Lower wins a collision. */
  priority: number;
  /** Calm cues may move earlier (not before the quiet start) to fit before the next cue. */
  flexible: boolean;
}

interface PlacedCue {
  at: number;
  text: string;
  seconds: number;
}

function calmCueTimes(target: number): number[] {
  if (target >= 90) return [1, 2, 4, 5].map((k) => (k * target) / 6);
  if (target >= 45) return [target / 4, (3 * target) / 4];
  if (target >= 25) return [target / 4];
  return [];
}

/** The calm cues starting at `offset`, wrapping around, so each slot has fallbacks. */
function rotated(cues: readonly string[], offset: number): string[] {
  return cues.map((_, index) => cues[(offset + index) % cues.length]!);
}

/** Holds this long or longer carry a spoken progress cue; shorter ones are quiet. */
export const CUED_HOLD_MIN_SECONDS = 15;

function plannedCues(spec: HoldSpec): PlannedCue[] {
  const target = spec.targetSeconds;
  const cues: PlannedCue[] = [];
  const n = spec.cueOffset;
  const words = wordsOf(spec).holds;
  const fiveMore = { at: target - 5, texts: [variant(words.FIVE_MORE_CUES, n)], priority: 0, flexible: false };
  const halfway = { at: target / 2, texts: [variant(words.HALFWAY_CUES, n)], priority: 1, flexible: false };
  if (target >= 30) cues.push(fiveMore, halfway);
  else if (target >= 20) cues.push(n % 2 === 0 ? halfway : fiveMore);
  else if (target >= CUED_HOLD_MIN_SECONDS) cues.push(fiveMore);
  calmCueTimes(target).forEach((at, index) => {
    const texts = rotated(spec.calmCues, spec.cueOffset + index);
    if (texts.length > 0) cues.push({ at, texts, priority: 2, flexible: true });
  });
  return cues;
}

function clashes(at: number, seconds: number, placed: readonly PlacedCue[]): boolean {
  return placed.some(
    (other) =>
      at < other.at + other.seconds + CUE_MIN_GAP_SECONDS && other.at < at + seconds + CUE_MIN_GAP_SECONDS,
  );
}

/** Where a cue of `seconds` can start near `at`: there, or (flexible) early enough to end before the next cue. */
function fitCue(at: number, seconds: number, flexible: boolean, spec: HoldSpec, placed: readonly PlacedCue[]): number | undefined {
  const candidates = [at];
  if (flexible) {
    const next = placed.filter((other) => other.at >= at).sort((a, b) => a.at - b.at)[0];
    if (next) candidates.push(next.at - CUE_MIN_GAP_SECONDS - seconds);
  }
  return candidates.find(
    (start) => start >= CUE_EARLIEST_SECONDS && start + seconds <= spec.targetSeconds && !clashes(start, seconds, placed),
  );
}

/** Keeps the cues that fit: after the quiet start, inside the hold, apart from each other. */
function placeCues(spec: HoldSpec): PlacedCue[] {
  const placed: PlacedCue[] = [];
  const rules = wordsOf(spec).language;
  const byPriority = plannedCues(spec).sort((a, b) => a.priority - b.priority || a.at - b.at);
  for (const cue of byPriority) {
    for (const text of cue.texts) {
      // A cue inside a hold is always followed by more of the hold's silence.
      const seconds = eventSeconds(say(text, 'cue'), spec.pace, true, rules);
      const at = fitCue(cue.at, seconds, cue.flexible, spec, placed);
      if (at !== undefined) {
        placed.push({ at, text, seconds });
        break;
      }
    }
  }
  return placed.sort((a, b) => a.at - b.at);
}

function voiceHold(spec: HoldSpec): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const rules = wordsOf(spec).language;
  // The cursor follows the rounded pauses actually emitted, so rounding never accumulates.
  let cursor = 0;
  for (const cue of placeCues(spec)) {
    // Rounded up, so a cue never starts earlier than planned (never inside the quiet start).
    const gap = pause(Math.ceil((cue.at - cursor) * 10 - 1e-9) / 10, 'hold');
    events.push(...gap, say(cue.text, 'cue'));
    cursor += durationOf(gap, spec.pace, rules) + cue.seconds;
  }
  events.push(...pause(spec.targetSeconds - cursor, 'hold'));
  return events;
}

function chimeHold(spec: HoldSpec): TimelineEvent[] {
  if (spec.targetSeconds < CHIME_MIN_HOLD_SECONDS) return pause(spec.targetSeconds, 'hold');
  return [
    { type: 'chime' },
    ...pause(spec.targetSeconds - 2 * CHIME_SECONDS, 'hold'),
    { type: 'chime' },
  ];
}

/** The hold itself, between its markers. Releasing is the caller's next line. */
export function buildHold(spec: HoldSpec): TimelineEvent[] {
  const inside = spec.cueStyle === 'chimes' ? chimeHold(spec) : voiceHold(spec);
  return tagged(
    [{ type: 'holdStart', targetSeconds: spec.targetSeconds, label: spec.label }, ...inside, { type: 'holdEnd' }],
    { ...spec.tags, step: 'hold' },
  );
}
