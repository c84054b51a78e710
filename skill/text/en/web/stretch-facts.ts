/** The numbers of a stretch in words: the guide's ranges and what the coach does by default. */

export const EACH_HOLD = 'Each hold';
export const EACH_SHORT_HOLD = 'Each short hold';
export const HOLD = 'Hold';
export const BREATH_CYCLES = 'Breath cycles';
export const PAIRS = 'Pairs';
export const REPETITIONS = 'Repetitions';
export const SIDES = 'Sides';

/** "We guide 30 seconds", "We guide 3 on each side" (`what` is already in words). */
export function weGuide(what: string, sided: boolean): string {
  return `We guide ${what}${sided ? ' on each side' : ''}`;
}

/** "2–3 times on each side", "5 on each side" (`range` is already in words). */
export function repsGuide(range: string, times: boolean, sided: boolean): string {
  return `${range}${times ? ' times' : ''}${sided ? ' on each side' : ''}`;
}

export const ONCE = 'Once';
export const ONCE_EACH_SIDE = 'Once on each side';
export const BOTH_SIDES = 'Both sides: right side first, then left';
export const NO_SIDES = 'No sides: one position in the middle';

/** The short timing line on a card: "Hold 20–30 seconds, 2–3 times each side" (ranges already in words). */
export function breathCyclesLine(reps: string | undefined): string {
  return reps ? `${reps} slow breath cycles` : 'Slow breath cycles';
}

export function pairedHoldsLine(hold: string | undefined, reps: string | undefined): string {
  return `${hold ? `Two ${hold} holds` : 'Two holds'}${reps ? `, ${reps} times` : ''}`;
}

export function shortHoldsLine(hold: string | undefined, reps: string | undefined): string {
  return `${hold ? `Hold ${hold}` : 'Short holds'}${reps ? `, ${reps} times` : ''}`;
}

export function staticHoldLine(hold: string | undefined, reps: string | undefined, sided: boolean): string {
  return `${hold ? `Hold ${hold}` : 'Hold'}${reps ? `, ${reps} times` : ''}${sided ? ' each side' : ''}`;
}
