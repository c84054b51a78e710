/**
 * The catalog split in two: its structure (ids, kinds, sides, areas, holds, reps, poses, routine
 * items, red-flag urgency), which stays here in skill/catalog/, and its words (names, steps, cues,
 * descriptions, safety texts, the phrases people say), which each language supplies in
 * skill/text/<lang>/catalog/. `join.ts` puts the two together into the shapes of ./types.ts.
 */
import type {
  GuideRange,
  RedFlagGroup,
  RedFlagHelp,
  RedFlagUrgency,
  Routine,
  SafetyContent,
  StartPosition,
  Stretch,
  StretchId,
  Variant,
  Variation,
} from './types';

/** A variation's structure: whether it starts from another position, and where. */
export type VariationStructure = Pick<Variation, 'replacesSetup' | 'startPosition' | 'deskFriendly'>;
/** A variation's words: its name, when to use it, its steps. */
export type VariationWords = Pick<Variation, 'name' | 'when' | 'steps'>;

/** A stretch's structure; the words of the same stretch come from the language's texts. */
export interface StretchStructure {
  id: StretchId;
  /**
   * Where the stretch comes in the guide, from 1: the order of STRETCH_IDS, the pages and the
   * model (scripts/stretch-lists.ts sorts the generated lists by it; a new stretch takes the next number).
   */
  guideOrder: number;
  areas: Stretch['areas'];
  startPosition: StartPosition;
  deskFriendly: boolean;
  kind: Stretch['kind'];
  sided: boolean;
  hold?: GuideRange;
  reps?: GuideRange;
  /** The poses of the two phases, in order (their names and cues are words). */
  phases?: [{ pose: string }, { pose: string }];
  /** One entry for each modification, in the order of the words' modifications. */
  modifications: VariationStructure[];
  advanced?: VariationStructure;
  /**
   * The positions the stretch is drawn in (web/illustrations/poses/<id>.ts draws them); the first
   * is the main one. The Echo Show and the pages name a drawing by these.
   */
  drawnPoses: readonly [string, ...string[]];
  /** Versions of the stretch that have a drawing of their own (the easier seated twist is done on a chair). */
  versionPoses?: Partial<Readonly<Record<Exclude<Variant, 'standard'>, string>>>;
}

/** A stretch's words, in one language: everything of a Stretch a person hears or reads. */
export interface StretchWords {
  name: string;
  spokenName: string;
  /** The language's article when the spoken name takes one inside a sentence. */
  spokenArticle?: string;
  synonyms: string[];
  summary: string;
  setup: string[];
  phases?: [{ name: string; cue: string }, { name: string; cue: string }];
  holdCues: string[];
  release: string[];
  repCue?: string;
  feel?: string;
  modifications: VariationWords[];
  advanced?: VariationWords;
  caution?: string;
  benefits: string[];
}

/** A drawn position in words, for screen readers, written for the right side. */
export interface PoseWords {
  /** Added after the stretch name when a stretch has several positions: "cow position". */
  label?: string;
  /** The position in words; the description puts the title in front. */
  desc: string;
}

/**
 * A stretch's drawings in words, by drawn position: page-only words (the SVG's <title> and
 * <desc>, the pages' alt texts), so the skill's bundle leaves them out.
 */
export type DrawingWords = Readonly<Record<string, PoseWords>>;

export type RoutineStructure = Pick<Routine, 'id' | 'guideMinutes' | 'purposes' | 'areas' | 'fromGuide' | 'items'>;
export type RoutineWords = Pick<Routine, 'name' | 'spokenName' | 'synonyms' | 'summary' | 'when'>;

export interface RedFlagStructure {
  id: string;
  urgency: RedFlagUrgency;
  help: RedFlagHelp;
}
export type RedFlagWords = Pick<RedFlagGroup, 'phrases' | 'combinations' | 'advice' | 'sign'>;

/** The safety content's words; `whenToSeekHelp` is made from the red flags' signs. */
export type SafetyWords = Omit<SafetyContent, 'whenToSeekHelp' | 'redFlags'> & {
  /** Each red-flag group's words, by the group's id. */
  redFlags: Readonly<Record<string, RedFlagWords>>;
  /** Where the disclaimer names no one country's regulator. */
  anyRegulator: string;
};

/** A stretch or pose people ask for that the guide does not have, with the closest ones we do. */
export interface OtherStretchStructure {
  id: string;
  closest: StretchId[];
}
export type OtherStretchWords = { spokenName: string; synonyms: string[] };
