/** What the voice says to count repetitions: sparse, calm, always telling you where you are. */
import { capitalize, numberWord, ordinalWord } from './words';

/** Before repetition `rep` of `total` of a hold ("Second of three.", "Third and last."). */
export function holdRepLine(rep: number, total: number): string {
  const ordinal = capitalize(ordinalWord(rep));
  return rep === total ? `${ordinal} and last.` : `${ordinal} of ${numberWord(total)}.`;
}

/**
 * Sparse counting for quick repeated moves (breaths, pelvic tilts): after every fifth one
 * and before the last. Undefined when nothing should be said.
 */
export function sparseRepLine(rep: number, total: number): string | undefined {
  if (rep === total && total > 1) return 'Last one.';
  if (rep > 1 && (rep - 1) % 5 === 0) return `That's ${numberWord(rep - 1)}.`;
  return undefined;
}

/** Counting every short hold ("Two.", "Last one."). */
export function shortRepLine(rep: number, total: number): string {
  if (rep === total && total > 1) return 'Last one.';
  return `${capitalize(numberWord(rep))}.`;
}
