/**
 * The catalog's shapes. The catalog is the single source of truth: narration, the
 * interaction model and the companion page are all generated from data of these types.
 *
 * Text conventions:
 * - Spoken text (setup, cues, release...) is written for the ear: short imperative
 *   sentences, one action each, in our own words (never the guide's sentences).
 * - Sided stretches write their steps for the *working* side with the placeholders
 *   `{side}` (the working side, "right" or "left") and `{other}` (the opposite one).
 *   The guide starts every sided stretch on the right; `fillSide()` in
 *   `skill/catalog/sides.ts` substitutes them.
 */

import { STRETCH_IDS } from './stretches/ids';

/** Every stretch's id, in the guide's order: one per file in ./stretches/ (the list is generated). */
export { STRETCH_IDS };
export type StretchId = (typeof STRETCH_IDS)[number];

export type Side = 'right' | 'left';

/**
 * How a stretch is performed, which decides how it is narrated:
 * - `static-hold`: get into position, hold for `hold` seconds (per side, per rep).
 * - `breath-flow`: move between two positions with the breath, `reps` breath cycles.
 * - `short-holds`: a short hold of `hold` seconds repeated `reps` times.
 * - `paired-holds`: two opposite holds of `hold` seconds each, the pair repeated `reps` times.
 */
export type StretchKind = 'static-hold' | 'breath-flow' | 'short-holds' | 'paired-holds';

export type BodyArea =
  | 'whole back'
  | 'lower back'
  | 'mid back'
  | 'upper back'
  | 'shoulders'
  | 'hips'
  | 'sides'
  | 'spine'
  | 'core';

/** Where the person starts; used for routine building (desk break = chair/standing only). */
export type StartPosition = 'kneeling' | 'lying on back' | 'lying face down' | 'seated' | 'standing';

/** A number the guide gives as a range, with the default we narrate. Seconds or counts. */
export interface GuideRange {
  min: number;
  max: number;
  default: number;
}

/** One half of a breath-flow (cat-cow) or of a paired hold (pelvic tilts). */
export interface Phase {
  /** The position's id, e.g. 'cow' or 'tilt-back': the timeline tags events with it and the drawings use it. */
  pose: string;
  /** Short display name, e.g. "Cow" or "Tilt back". */
  name: string;
  /** Spoken instruction for moving into this phase, e.g. "Breathe in. Let your belly drop." */
  cue: string;
}

/** Which version of a stretch to narrate: the usual one, its first modification, or its advanced variation. */
export type Variant = 'standard' | 'easier' | 'harder';

export interface Variation {
  /** Short display name, e.g. "Pillow under the hips". */
  name: string;
  /**
   * True when the variation starts from a different position (the chair twist, seated
   * cat-cow): its steps then replace the setup. Otherwise they follow the usual setup.
   */
  replacesSetup?: boolean;
  /** Where the variation starts, when it replaces the setup (all of today's are on a chair). */
  startPosition?: StartPosition;
  /** When to use it, for the ear and the page. */
  when: string;
  /** Spoken steps, one action each; replace or add to the setup when this variation is chosen. */
  steps: string[];
  /** True when this variation can be done at a desk (on a chair or standing), e.g. the chair twist. */
  deskFriendly?: boolean;
}

export interface Stretch {
  id: StretchId;
  /** Display name with proper capitals and punctuation, e.g. "Child's Pose". */
  name: string;
  /** What Alexa says, e.g. "child's pose". */
  spokenName: string;
  /** The language's article when the spoken name takes one inside a sentence ("let's do the piriformis stretch"). */
  spokenArticle?: string;
  /** Lower-case spoken alternatives people say; never the spoken name itself, never shared with another stretch. */
  synonyms: string[];
  /** One sentence, our words: what it does and for which part of the back. */
  summary: string;
  areas: BodyArea[];
  startPosition: StartPosition;
  /** True when it can be done at a desk (standing or on a chair), possibly via a modification. */
  deskFriendly: boolean;
  kind: StretchKind;
  /** Sided stretches are done right first, then left (the guide's order). */
  sided: boolean;
  /** Spoken steps to get into position, one action each. May use {side}/{other}. */
  setup: string[];
  /**
   * Seconds per hold. static-hold: each hold; short-holds: each short hold;
   * paired-holds: each of the two holds. Absent for breath-flow.
   */
  hold?: GuideRange;
  /**
   * Repetitions. Sided stretches: per side. breath-flow: breath cycles.
   * paired-holds: pairs. Absent when the guide gives a single hold (then 1).
   */
  reps?: GuideRange;
  /** breath-flow: the two movements, first on the in-breath, second on the out-breath. paired-holds: the two holds. */
  phases?: [Phase, Phase];
  /** Calm cues spoken sparsely inside a hold (not in its first seconds). May use {side}/{other}. */
  holdCues: string[];
  /** Spoken steps to come out of the position, one action each. May use {side}/{other}. */
  release: string[];
  /**
   * Spoken at the start of each repetition after the first on the same side (e.g. "Lean back
   * again."), so a repeat does not replay the whole setup. Present on every stretch with reps.
   */
  repCue?: string;
  /** What the person should feel, for the ear ("You should feel it across your {side} shoulder."). */
  feel?: string;
  /** Easier versions ("make it easier"). The first is the default easier choice. */
  modifications: Variation[];
  /** The harder version ("make it harder"), when the guide gives one. */
  advanced?: Variation;
  /** Spoken and shown caution, when the guide gives one. */
  caution?: string;
  benefits: string[];
}

export const ROUTINE_IDS = ['basic-daily', 'comprehensive', 'desk-break', 'bedtime'] as const;

/** What a routine is for: people ask by situation ("I sit all day") rather than by name. */
export type RoutinePurpose =
  | 'everyday'
  | 'morning'
  | 'stiffness'
  | 'sitting'
  | 'work'
  | 'chair'
  | 'short-time'
  | 'sleep'
  | 'evening'
  | 'relax'
  | 'long-time'
  | 'everything';
export type RoutineId = (typeof ROUTINE_IDS)[number];

/** One stretch inside a routine, with the routine's own numbers (overriding the stretch default). */
export interface RoutineItem {
  stretchId: StretchId;
  /** Seconds per hold, when the routine sets it; else the stretch's default. */
  holdSeconds?: number;
  /**
   * Repetitions per set (per side for sided stretches), when the routine sets it; else the
   * stretch's default. The stretch's own reps range bounds the total, reps x sets.
   */
  reps?: number;
  /**
   * How many times the whole stretch is done in a row, with a short rest between. Default 1.
   * A sided stretch's sets are counted as its reps per side instead (see the comprehensive routine).
   */
  sets?: number;
  /**
   * Which version to narrate, as in NarrationOptions.variant: 'easier' = the stretch's first
   * modification (the desk break uses it for the chair twist). Default 'standard'.
   */
  variant?: Variant;
}

export interface Routine {
  id: RoutineId;
  name: string;
  spokenName: string;
  /** Lower-case spoken alternatives ("daily", "morning routine"...), unique across routines. */
  synonyms: string[];
  summary: string;
  /** When it fits best, our words. */
  when: string;
  /** The situations it serves; each purpose belongs to one routine (see catalog/needs.ts for the words). */
  purposes: RoutinePurpose[];
  /** Body areas it is the first answer for ("my lower back is stiff"), before single stretches. */
  areas?: BodyArea[];
  /** The guide's stated length in minutes, when the guide gives one. */
  guideMinutes?: { min: number; max: number };
  /** True for the guide's two routines, false for the ones we derived from its advice. */
  fromGuide: boolean;
  items: RoutineItem[];
}

export interface SafetyContent {
  /** One or two short spoken sentences before the first routine ever. */
  shortSpokenLine: string;
  /** The full disclaimer, our words, the guide's meaning; paragraphs. */
  fullDisclaimer: string[];
  /** A one-line disclaimer for the footer of every page and card. */
  shortDisclaimer: string;
  /** General rules (hold 15-60 s without bouncing, breathe, never push through sharp pain...). */
  generalRules: string[];
  /** When to see a professional: every item of the guide's list, our words. */
  whenToSeekHelp: string[];
  commonMistakes: { mistake: string; instead: string }[];
  tips: string[];
  whenToStretch: string[];
  /** Words and phrases that mean stop now; each group has its own spoken advice. */
  redFlags: RedFlagGroup[];
}

export type RedFlagUrgency = 'urgent' | 'soon' | 'stop-stretch';

export interface RedFlagGroup {
  id: string;
  urgency: RedFlagUrgency;
  /** Lower-case words and phrases a person might say ("numb", "tingling", "can't feel my legs"...). */
  phrases: string[];
  /**
   * Also matches when one word or phrase of `symptoms` and one of `places` both occur, in any
   * order ("numb around my groin", "my groin has gone numb"). Lower case, like `phrases`.
   */
  combinations?: { symptoms: string[]; places: string[] }[];
  /**
   * What Alexa says: stop, and why. Plain, calm, our words. Who to call follows it, in the
   * person's country's numbers (`help`, spoken by skill/text/en/emergency.ts).
   */
  advice: string;
  /** Who to contact after the advice: the emergency number, urgent care, or a professional soon. */
  help: RedFlagHelp;
  /** The warning sign as the safety page lists it, one sentence. */
  sign: string;
}

/**
 * - emergency-now: call the emergency number now (chest pain).
 * - emergency-or-urgent-care: call the emergency number, or get to urgent care right away.
 * - urgent-care-first: urgent care right away; the emergency number if the pain is severe.
 * - see-soon: see a doctor or physiotherapist soon (and the country's health line, if any).
 * - ease-out: stop this stretch; see someone if it stays or keeps coming back.
 */
export type RedFlagHelp = 'emergency-now' | 'emergency-or-urgent-care' | 'urgent-care-first' | 'see-soon' | 'ease-out';

export interface Preferences {
  /** shorter = guide minimum, standard = catalog default, longer = guide maximum. */
  holdLength: 'shorter' | 'standard' | 'longer';
  /** slower: a slower speech rate and longer breath and settle pauses. */
  pace: 'normal' | 'slower';
  /** chimes: fewer spoken cues inside holds, a chime marks start and end. */
  cueStyle: 'voice' | 'chimes';
}

/** What a person can ask to change (the PREFERENCE slot's entity-resolution ids). */
export const PREFERENCE_VALUES = [
  'longer-holds',
  'shorter-holds',
  'standard-holds',
  'slower',
  'normal-pace',
  'chimes-only',
  'voice-cues',
] as const;
export type PreferenceValue = (typeof PREFERENCE_VALUES)[number];

export const DEFAULT_PREFERENCES: Preferences = {
  holdLength: 'standard',
  pace: 'normal',
  cueStyle: 'voice',
};
