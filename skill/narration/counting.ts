/** What the voice says to count repetitions: sparse, calm, always telling you where you are. */
import type { Texts } from '../text/texts';

/** Before repetition `rep` of `total` of a hold ("Second of three.", "Third and last."). */
export function holdRepLine(rep: number, total: number, texts: Texts): string {
  const { language, narration } = texts;
  const ordinal = language.capitalize(language.ordinal(rep));
  return rep === total ? narration.holdRepLast(ordinal) : narration.holdRepOf(ordinal, language.number(total));
}

/**
 * Sparse counting for quick repeated moves (breaths, pelvic tilts): after every fifth one
 * and before the last. Undefined when nothing should be said.
 */
export function sparseRepLine(rep: number, total: number, texts: Texts): string | undefined {
  if (rep === total && total > 1) return texts.narration.LAST_ONE;
  if (rep > 1 && (rep - 1) % 5 === 0) return texts.narration.countSoFar(texts.language.number(rep - 1));
  return undefined;
}

/** Counting every short hold ("Two.", "Last one."). */
export function shortRepLine(rep: number, total: number, texts: Texts): string {
  if (rep === total && total > 1) return texts.narration.LAST_ONE;
  return texts.narration.countAloud(texts.language.capitalize(texts.language.number(rep)));
}
