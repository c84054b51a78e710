/**
 * How long the voice takes to say a piece of text: a letters-and-sentences model.
 *
 * A line takes an onset, a time per letter and per syllable (counted by the language's rule,
 * `Language.syllables`: in English a vowel group, so "stretch" is one and "relax" two, however
 * many letters they have; numbers count as the language spells them), a short quiet between its sentences and at each
 * comma, and the voice's own quiet after it. That last quiet is not added when a pause follows
 * straight away: the break takes its place (that is how the measured audio behaves). The slower pace
 * wraps speech in `<prosody rate="85%">`.
 *
 * The figures are fitted by `npm run bench:timing` from every line of every stretch and
 * routine rendered with espeak-ng at 150 words a minute and measured from the decoded audio
 * (see docs/BENCHMARKS.md); Alexa's default voice speaks at a similar rate. The estimate
 * places cues inside holds, starts the Echo Show countdown and sizes responses.
 */

import type { Language } from '../text/language';
import { textsFor } from '../text/locale';

export type Pace = 'normal' | 'slower';

export interface SpeechModel {
  /** Per letter or digit spoken (long words take longer than short ones). */
  secondsPerLetter: number;
  /** Per syllable (vowel group), on top of the letters: the voice's beat. */
  secondsPerSyllable: number;
  /** Per word, on top of its letters (each word's own onset). */
  secondsPerWord: number;
  /** The quiet between two sentences of one line. */
  sentenceGapSeconds: number;
  /** The short quiet at a comma, colon or semicolon. */
  commaSeconds: number;
  /** Fixed time per line (the first word's onset). */
  onsetSeconds: number;
  /** The voice's quiet after a line, before more speech (a following break replaces it). */
  trailingQuietSeconds: number;
}

/**
 * Fitted by bench/timing.ts (espeak-ng, 150 wpm; the slower pace at 85 % of it) from every line and
 * every hold start, and stable under refitting: with these figures in use the fit gives them back.
 * The word term is negative: a word's letters and syllables already carry its time, and the fit
 * takes back a little per word (short words run together); any word still takes time. Refit after
 * changing the voice, the rate or the way responses are cut.
 */
export const SPEECH_MODEL: Readonly<Record<Pace, SpeechModel>> = {
  normal: { secondsPerLetter: 0.0519, secondsPerSyllable: 0.075, secondsPerWord: -0.0317, sentenceGapSeconds: 0.4728, commaSeconds: 0.349, onsetSeconds: 0.1238, trailingQuietSeconds: 0.6425 },
  slower: { secondsPerLetter: 0.0617, secondsPerSyllable: 0.0763, secondsPerWord: -0.0331, sentenceGapSeconds: 0.7002, commaSeconds: 0.543, onsetSeconds: 0.1658, trailingQuietSeconds: 0.7106 },
};

/**
 * What the model counts by the language's rules: its numbers spelled out and its syllables.
 * English unless given: the model is fitted to an English voice (a language fits its own).
 */
export type CountingRules = Pick<Language, 'spellNumber' | 'syllables'>;

const ENGLISH = (): CountingRules => textsFor(undefined).language;

/**
 * The text with its numbers as the voice reads them, for counting only: "13" is said as
 * "thirteen" (eight letters, two syllables), "120" as "one hundred twenty". Counted as digits,
 * a line with a number came out about 0.4 s short (npm run bench:timing, 2026-12-01).
 */
export function numbersSpelledOut(text: string, rules: CountingRules = ENGLISH()): string {
  return text.replace(/\d+/g, (digits) => rules.spellNumber(Number(digits)));
}

/** Letters in a text, numbers counted as the words the voice says for them. */
export function countLetters(text: string, rules: CountingRules = ENGLISH()): number {
  return numbersSpelledOut(text, rules).match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** Commas, colons and semicolons: where the voice takes a short breath. */
export function countCommas(text: string): number {
  return text.match(/[,;:]/g)?.length ?? 0;
}

/**
 * Syllables as the voice says them, roughly, by the language's rule for a word (in English,
 * vowel groups without a silent final "e"); a number counts as the words said for it.
 */
export function countSyllables(text: string, rules: CountingRules = ENGLISH()): number {
  const words = numbersSpelledOut(text, rules).toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.reduce((sum, word) => sum + rules.syllables(word), 0);
}

/** Roughly how many words a second the model amounts to (for sizing only: about five letters and 1.4 syllables a word). */
export function wordsPerSecond(pace: Pace): number {
  const m = SPEECH_MODEL[pace];
  return 1 / (5 * m.secondsPerLetter + 1.4 * m.secondsPerSyllable + m.secondsPerWord + m.onsetSeconds / 8);
}

/** The prosody rate the slower pace uses in SSML; refit the model after changing it. */
export const SLOWER_PROSODY_RATE = '85%';

/** Words as the voice says them: any run of letters, numbers as the words said for them ("120": three). */
export function countWords(text: string, rules: CountingRules = ENGLISH()): number {
  return numbersSpelledOut(text, rules).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

/** Sentences: runs ending in . ! ? (or the end of the text), ignoring empty ones. */
export function countSentences(text: string, rules: CountingRules = ENGLISH()): number {
  return text
    .split(/[.!?]+/)
    .filter((part) => countWords(part, rules) > 0).length;
}

/**
 * Estimated seconds Alexa needs to say `text` at `pace` (0 for text without words).
 * `silenceAfter`: a pause follows straight away, which takes the place of the line's last quiet.
 * `rules`: the language's numbers and syllables the counts follow (English unless given).
 */
export function estimateSpeechSeconds(text: string, pace: Pace, silenceAfter = false, rules: CountingRules = ENGLISH()): number {
  const counts = countsOf(text, rules);
  if (counts.words === 0) return 0;
  const m = SPEECH_MODEL[pace];
  return (
    m.onsetSeconds +
    counts.letters * m.secondsPerLetter +
    counts.syllables * m.secondsPerSyllable +
    counts.words * m.secondsPerWord +
    Math.max(0, counts.sentences - 1) * m.sentenceGapSeconds +
    counts.commas * m.commaSeconds +
    (silenceAfter ? 0 : m.trailingQuietSeconds)
  );
}

interface TextCounts {
  letters: number;
  syllables: number;
  words: number;
  sentences: number;
  commas: number;
}

/**
 * The counts of a line, remembered: the same few hundred lines are estimated again and again
 * (every response, countdown and duration), and counting is most of the cost of compiling a
 * timeline. Bounded, so odd text from outside cannot grow it without end.
 */
const COUNTS = new WeakMap<CountingRules, Map<string, TextCounts>>();
const COUNTS_LIMIT = 20000;

function countsOf(text: string, rules: CountingRules): TextCounts {
  let byText = COUNTS.get(rules);
  if (!byText) COUNTS.set(rules, (byText = new Map()));
  const known = byText.get(text);
  if (known) return known;
  const counts = {
    letters: countLetters(text, rules),
    syllables: countSyllables(text, rules),
    words: countWords(text, rules),
    sentences: countSentences(text, rules),
    commas: countCommas(text),
  };
  if (byText.size >= COUNTS_LIMIT) byText.clear();
  byText.set(text, counts);
  return counts;
}
