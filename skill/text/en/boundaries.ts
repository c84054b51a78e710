/**
 * What the coach says between responses: one short, varied question at each boundary, what
 * "no" leads to, pausing and coming back, the end of a session. Our words.
 */

/** Opens a segment played after a break: the setup is done again from the start. */
export function backIntoPosition(where: string): string {
  return `Let's get back into position for ${where}.`;
}

/** The one question before the next stretch; the wording takes turns (`n`). */
export function readyForStretch(name: string, n: number): string {
  const ways = [`Ready for ${name}?`, `Shall we move on to ${name}?`, `Next up is ${name}. Ready?`, `On to ${name}?`];
  return ways[n % ways.length]!;
}

export const READY_FOR_LEFT = 'Ready for the left side?';
export function readyForRound(round: string): string {
  return `Ready for round ${round}?`;
}
export const READY_TO_CARRY_ON = 'Ready to carry on?';

/** Said when the person stays quiet after the boundary question. */
export function boundaryReprompt(what: string): string {
  return `Say next for ${what}, or stop to finish for now. Shall we go on?`;
}

/** "No" to the boundary question: take a breather, and offer to do the last part again. */
export const NO_RUSH = 'No rush.';
export function offerAgain(title: string): string {
  return `Would you like to do ${title} again?`;
}
/** The same offer when the last response held one side of a stretch: "the right side of the knee to chest stretch". */
export function offerSideAgain(name: string, side: string): string {
  return `Would you like to do the ${side} side of ${name} again?`;
}
export const OFFER_AGAIN_REPROMPT = 'Say yes to do it again, or no to take a break.';

/** Pausing is a real break: how to come back, in words that work on every device. */
export function pausedAt(where: string): string {
  return `Okay, let's take a break. I've kept your place at ${where}.`;
}
export const HOW_TO_COME_BACK = "When you're ready, say: Alexa, open back stretch coach. We'll pick up from there.";

/** Pausing when the place could not be saved: the break still happens, honestly. */
export const PAUSE_NOT_KEPT =
  "Okay, let's take a break. I can't save your place right now, so next time we may have to start from the top.";

/** Coming back after a break. */
export const PICKING_UP = 'Picking up where you left off.';

/** After a second routine or stretch on the same day: no "that starts your streak". */
export function sessionsToday(count: number, countWord: string): string {
  return count === 2 ? "That's your second session today." : `That's ${countWord} sessions today.`;
}

/** In place of a routine item's "Next, cat cow." when the person goes back to it: "Cat cow again." */
export function backTo(name: string): string {
  return `${name} again.`;
}

/** In place of a routine item's "Next, cat cow." when the person asks to hear it once more: the name alone. */
export function nameAgain(name: string): string {
  return `${name}.`;
}
