/**
 * The narration's own lines around the catalog's words: how an item of a routine is named,
 * counting repetitions and rounds, sides, coming back after a split, the version announced,
 * and the titles and labels shown beside the voice. Our own words.
 */

/** How a routine's item opens: its name, first, in between, last. */
export const itemIntro = {
  first: (name: string) => `First, ${name}.`,
  middle: (name: string) => `Next, ${name}.`,
  last: (name: string) => `And finally, ${name}.`,
};

/** Before repetition `ordinal` of a hold ("Second of three.", "Third and last."). */
export function holdRepOf(ordinal: string, total: string): string {
  return `${ordinal} of ${total}.`;
}
export function holdRepLast(ordinal: string): string {
  return `${ordinal} and last.`;
}
/** Counting quick moves: before the last one, after every fifth ("That's five."), each short hold ("Two."). */
export const LAST_ONE = 'Last one.';
export function countSoFar(count: string): string {
  return `That's ${count}.`;
}
export function countAloud(count: string): string {
  return `${count}.`;
}

/** The word that starts a timed hold. */
export const HOLD = 'Hold.';
/** Brings the person back into a held stretch they have just eased off. */
export const DEFAULT_REP_CUE = 'Come back into the stretch.';
/** Back into a flow after a split, when the stretch gives no cue of its own. */
export const KEEP_MOVING = 'Keep moving with your breath.';
/** Closes a response that stops between repetitions of a flow or paired holds. */
export const REST_A_MOMENT = 'Rest there for a moment.';

/** Rounds and sides of one stretch. */
export function roundOf(round: string, total: string): string {
  return `Round ${round} of ${total}.`;
}
export function sideFirst(side: string): string {
  return `${side} side first.`;
}
export function nowTheSide(side: string): string {
  return `Now the ${side} side.`;
}
/** A stretch with its side, inside a sentence: "cat cow", "the piriformis stretch, right side". */
export function nameOnSide(name: string, side: string): string {
  return `${name}, ${side} side`;
}
/** Opens a continuation response after a split. */
export function carryOnWith(where: string): string {
  return `Let's carry on with ${where}.`;
}

/** Which version is narrated, said once before the steps. */
export const versionAnnouncement = {
  easier: (variation: string) => `This is the easier version: ${variation}.`,
  harder: (variation: string) => `This is the harder version: ${variation}.`,
};
export const noVersion = {
  easier: "This one has no easier version, so we'll do the usual one.",
  harder: "This one has no harder version, so we'll do the usual one.",
};

/** Titles and labels shown with a segment or a countdown ("Knee-to-Chest, right side, 2 of 3"). */
export const titles = {
  side: (side: string) => `${side} side`,
  round: (round: number, total: number) => `round ${round} of ${total}`,
  repOf: (rep: number, total: number) => `${rep} of ${total}`,
  /** One piece of a title after another: "Cat-Cow, round 2 of 3". */
  join: (parts: readonly string[]) => parts.join(', '),
  /** The repetitions a continuation covers: "rep 4", "reps 4 to 6". */
  reps: (first: number, last: number) => (first === last ? `rep ${first}` : `reps ${first} to ${last}`),
  /** The same for breath-paced flows: "cycle 13", "cycles 13 to 15". */
  cycles: (first: number, last: number) => (first === last ? `cycle ${first}` : `cycles ${first} to ${last}`),
};
