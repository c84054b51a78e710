/**
 * What languages do differently, in one small interface. Everything else a language owns is
 * sentences in its text modules (`skill/text/<lang>/`); this is the grammar those sentences and
 * the narration compiler lean on: numbers, ordinals, lists, side words, plurals, the speech rate
 * the timing model is fitted to, and the words that negate a symptom ("no pain").
 */
import type { Side } from '../catalog/types';

export interface Language {
  /** BCP 47 language tag of the texts ("en"). */
  readonly code: string;
  /** A count as the voice says it: "three" (digits where the language reads them fine). */
  number(n: number): string;
  /** A position as the voice says it: "third". */
  ordinal(n: number): string;
  /** "a, b and c" / "a, b or c". */
  list(items: readonly string[], joiner?: 'and' | 'or'): string;
  /** The word for a side of the body: "right", "left". */
  side(side: Side): string;
  /** The singular or plural form for a count: plural(2, 'breath', 'breaths'). */
  plural(n: number, one: string, many: string): string;
  /** First letter upper case, as a sentence starts. */
  capitalize(text: string): string;
  /** The text ending like a sentence, so the voice pauses after it. */
  sentence(text: string): string;
  /**
   * Speech rate of the language's voice at the normal pace, in syllables a second: the
   * timing model (skill/narration/speech-time.ts) is fitted per language to it.
   */
  readonly syllablesPerSecond: number;
  /** Words right before a phrase that negate it ("no pain", "not numb"): symptom matching. */
  readonly negationWords: ReadonlySet<string>;
}
