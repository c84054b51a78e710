/**
 * What languages do differently, in one small interface. Everything else a language owns is
 * sentences in its text modules (`skill/text/<lang>/`); this is the grammar those sentences and
 * the narration compiler lean on: numbers, ordinals, lists, side words, plurals, the speech rate
 * and the syllables the timing model counts, and the rules for reading what people say (the
 * polite words around a request, articles, one spelling for contractions, plural endings, the
 * words that negate a symptom: "no pain"). The matching code is generic: it builds its patterns
 * from these words.
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
  /**
   * A whole number spelled out as the voice says it ("120": "one hundred twenty"). For counting
   * what the voice says (the speech-time model) and for reading digits heard as words.
   */
  spellNumber(n: number): string;
  /** Syllables in one lower-case word as the voice says it, at least one: the speech-time model counts them. */
  syllables(word: string): number;
  /**
   * A word heard with its plural ending dropped, so names compare whatever the number said
   * ("poses" and "pose"). A matching key: it need not be a real word.
   */
  singularKey(word: string): string;
  /** The words around what a request asks for ("yes could we do my back please"). */
  readonly requests: RequestWords;
  /**
   * One spelling for words said or transcribed several ways, as [heard, spelling] pairs applied
   * in order to whole words ("cannot" and "cant" are "can't"): what people say and what the texts
   * match it against are both read this way.
   */
  readonly spellings: readonly (readonly [heard: string, spelling: string])[];
  /** Words right before a phrase that negate it ("no pain", "not numb"): symptom matching. */
  readonly negationWords: ReadonlySet<string>;
  /** Words a negation reaches across to the phrase after them ("I don't have any numbness"). */
  readonly negationBridges: ReadonlySet<string>;
}

/** The polite words around a request, dropped to find what is asked for. Lower case, whole words. */
export interface RequestWords {
  /** Words that may come first, before a lead-in ("yes", "please"). */
  readonly openers: readonly string[];
  /** Openings of a request ("could we do", "i'd like to", "give me"): the longest one said is dropped. */
  readonly leadIns: readonly string[];
  /** Words that may end it ("please"). */
  readonly closings: readonly string[];
  /** Words before the thing asked for that are not part of it ("my back", "the cobra", "some stretches"). */
  readonly articles: readonly string[];
}
