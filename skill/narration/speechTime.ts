/**
 * How long Alexa takes to say a piece of text: a words-per-second model.
 *
 * Alexa's default en-US voice speaks conversational text at roughly 150-160 words per
 * minute (about 2.6 words a second). The slower pace wraps speech in
 * `<prosody rate="85%">`, which stretches the same words to about 2.2 words a second.
 * Between sentences the voice leaves a short natural pause, which we add per sentence.
 * The estimate is deliberately simple: it is used to place cues inside holds and to size
 * responses, where a tenth of a second either way does not matter.
 */

export type Pace = 'normal' | 'slower';

/** Spoken words per second at each pace (normal: default voice; slower: prosody rate 85%). */
export const WORDS_PER_SECOND: Readonly<Record<Pace, number>> = {
  normal: 2.6,
  slower: 2.6 * 0.85,
};

/** The voice's own pause after each sentence, in seconds. */
export const SENTENCE_PAUSE_SECONDS: Readonly<Record<Pace, number>> = {
  normal: 0.3,
  slower: 0.35,
};

/** The prosody rate the slower pace uses in SSML; keep in step with WORDS_PER_SECOND.slower. */
export const SLOWER_PROSODY_RATE = '85%';

/** Words as the voice says them: any run of letters or digits (numbers count as one word). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

/** Sentences: runs ending in . ! ? (or the end of the text), ignoring empty ones. */
export function countSentences(text: string): number {
  return text
    .split(/[.!?]+/)
    .filter((part) => countWords(part) > 0).length;
}

/** Estimated seconds Alexa needs to say `text` at `pace` (0 for text without words). */
export function estimateSpeechSeconds(text: string, pace: Pace): number {
  const words = countWords(text);
  if (words === 0) return 0;
  return words / WORDS_PER_SECOND[pace] + countSentences(text) * SENTENCE_PAUSE_SECONDS[pace];
}
