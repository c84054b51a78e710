/** The companion page's guided-session player: new words it shows (older ones stay where they were). */

export const PLAYER_EXIT = 'Exit';
export const NO_VOICE_NOTE = 'No voice on this device: follow the words on screen.';
export const KEYS_NOTE = 'Keys while the player has focus: K or Space pause and resume, N next, P previous, Esc stops.';

/**
 * The player's changing words are filled in the browser: each number or title is an argument
 * here (the page passes placeholders such as "{part}" and the browser puts the value in).
 */

/** "45 s left" (under a minute). */
export function secondsLeft(seconds: string): string {
  return `${seconds} s left`;
}

/** "About 12 min left". */
export function minutesLeft(minutes: string): string {
  return `About ${minutes} min left`;
}

export function upNext(title: string): string {
  return `Up next: ${title}`;
}

export const LAST_PART = 'Last part';

/** "Cat-Cow · part 2 of 5" (`part` counts from 1). */
export function partOf(title: string, part: string, count: string): string {
  return `${title} · part ${part} of ${count}`;
}

export function stoppedAt(part: string, count: string): string {
  return `Stopped at part ${part} of ${count}. Your place is kept, so you can resume whenever you are ready.`;
}

export function resumeOffer(part: string, count: string, title: string): string {
  return `You stopped at part ${part} of ${count}: ${title}.`;
}

export const RESUME_BUTTON = 'Resume where I stopped';
export const START_OVER_BUTTON = 'Start from the beginning';
export const STOPPED_FOR_SAFETY = 'Session ended. Look after yourself, and follow the advice above.';
