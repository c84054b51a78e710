/**
 * Words people say that the skill reads out of Alexa's slots (English): numbers said as words,
 * the words that put a time in the afternoon or evening, words that point at the stretch in
 * progress, and the words of pain and the ways a pain somewhere is worded. Keywords of the
 * language, not sentences.
 */

/** A score or a time said in words ("six", "eight thirty"); "for" is how "four" often arrives. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, nought: 0, nothing: 0, none: 0, oh: 0,
  one: 1, two: 2, three: 3, four: 4, for: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

/** Words that put a time said after noon ("seven in the evening", "7 pm"). */
export const AFTER_NOON_WORDS: readonly string[] = ['pm', 'p', 'evening', 'night', 'afternoon', 'tonight'];
/** The word that puts twelve at midnight ("12 am"). */
export const BEFORE_NOON_WORD: string = 'am';

/** Words that point at the stretch in progress rather than name one ("what does this one help with"). */
export const THIS_ONE: readonly string[] = ['this', 'that', 'it', 'this one', 'that one', 'this stretch', 'this pose', 'this exercise', 'that stretch'];

/** Words that make a symptom a pain ("it hurts in my chest" is chest pain). */
export const PAIN_WORDS: readonly string[] = ['hurt', 'hurts', 'hurting', 'pain', 'painful', 'ache', 'aches', 'aching', 'sore'];

/** A symptom and where it is, in the ways the warning signs are worded: "numbness in my leg, my leg numbness". */
export function symptomInPlace(words: string, place: string, painful: boolean): string {
  return `${words} in my ${place}, my ${place} ${words}${painful ? `, pain in my ${place}` : ''}`;
}

/** A place said alone ("chest") read the ways the warning signs word a pain there. */
export function painReadings(place: string): string[] {
  return [place, `pain in my ${place}`, `my ${place} hurts`, `hurt my ${place}`];
}
