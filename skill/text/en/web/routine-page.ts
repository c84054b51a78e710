/** A routine's page: its total, the sequence with each item's timing, and how to ask for it. */

export const ALL_ROUTINES = 'All routines';
/** `about` is already in words: "about 12 minutes". */
export function total(about: string): string {
  return `Total: ${about} with standard holds`;
}
export function guideSuggests(min: number, max: number): string {
  return `The guide this routine comes from suggests ${min}–${max} minutes.`;
}
export const SEQUENCE_HEADING = 'The sequence';
/** An item's estimate after its timing: " (about 2 minutes)". */
export function itemAbout(about: string): string {
  return ` (${about})`;
}

/** What an item asks for, by kind of stretch (`length` is already in words: "30 seconds"). */
export function breathCycles(reps: number): string {
  return `${reps} slow breath cycles`;
}
/** `holdSeconds` as a number of seconds, or short holds when the item has none. */
export function pairsOfHolds(reps: number, holdSeconds: number | undefined): string {
  return `${reps} pairs of ${holdSeconds ? `${holdSeconds}-second` : 'short'} holds`;
}
export function shortHolds(reps: number, length: string | undefined): string {
  return `${reps} holds of ${length ?? 'a few seconds'}`;
}
export function oneHold(length: string | undefined, sided: boolean): string {
  return `Hold ${length ?? ''}${sided ? ' on each side, right first' : ''}`;
}
export function staticHolds(reps: number, length: string | undefined, sided: boolean): string {
  return `${reps} holds of ${length ?? 'a while'}${sided ? ' on each side, right first' : ''}`;
}
/** The version a routine uses before its timing: "Chair twist: hold 30 seconds" (`timing` starts lower case). */
export function inVersion(version: string, timing: string): string {
  return `${version}: ${timing.charAt(0).toLowerCase()}${timing.slice(1)}`;
}
export function sets(timing: string, count: number): string {
  return `${timing}; ${count} sets`;
}

export const ASK_ALEXA_HEADING = 'Ask Alexa';
export const SAY = 'Say';
export function askForRoutine(spokenName: string): string {
  return `Alexa, ask back stretch coach to start the ${spokenName}`;
}
