/** A stretch's page: headings and the steps the page adds around the catalog's own words. */

export const ALL_STRETCHES = 'All stretches';
export const AT_A_GLANCE = 'At a glance';
/** The position a stretch starts from, as the "Starts …" line says it. */
export const START_POSITIONS = {
  kneeling: 'kneeling',
  'lying on back': 'lying on back',
  'lying face down': 'lying face down',
  seated: 'seated',
  standing: 'standing',
} as const;
/** `startPosition` is already in words: "Starts kneeling". */
export function startsIn(startPosition: string): string {
  return `Starts ${startPosition}`;
}
export const DESK_FRIENDLY = 'Desk friendly';

export const HOW_TO_HEADING = 'How to do it';
export const RIGHT_SIDE_FIRST = 'Right side first, then left.';

/** "Cat: round your back" (a phase of the movement and its cue, both catalog words). */
export function phaseStep(name: string, cue: string): string {
  return `${name}: ${cue}`;
}
export function keepFlowing(reps: number | undefined): string {
  return `Keep flowing between the two with your breath${reps ? `, ${reps} times` : ''}.`;
}
/** `length` is already in words: "30 seconds". */
export function holdFor(length: string): string {
  return `Hold for ${length}.`;
}
export function repeatPair(reps: number): string {
  return `Repeat the pair ${reps} times.`;
}
/** A short hold; without a length, "a few seconds". */
export function shortHold(length: string | undefined): string {
  return `Hold for ${length ?? 'a few seconds'}, breathing easily.`;
}
export function comeBackUp(reps: number): string {
  return `Come back up, then repeat ${reps} times.`;
}
/** A static hold; without a length, "a while". */
export function staticHold(length: string | undefined): string {
  return `Hold for ${length ?? 'a while'}, breathing slowly. No bouncing.`;
}
export function switchSides(rounds: number | undefined): string {
  return `Switch sides: do the same on your left side${rounds && rounds > 1 ? `. Do ${rounds} rounds on each side` : ''}.`;
}

export const TIMING_HEADING = 'Timing';
export const CAUTION_HEADING = 'Caution';
export const CUES_HEADING = 'Cues while you hold';
export const EASIER_HEADING = 'Make it easier';
export const HARDER_HEADING = 'Go further';
export const BENEFITS_HEADING = 'Why it helps';

export const ASK_ALEXA_HEADING = 'Ask Alexa';
export const SAY = 'Say';
/** The phrase that asks the skill for this stretch (`spokenName` as the catalog says it). */
export function askForStretch(spokenName: string): string {
  return `Alexa, ask back stretch coach how do I do ${spokenName}`;
}
