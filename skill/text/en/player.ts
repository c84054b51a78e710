/** The companion page's guided-session player: new words it shows (older ones stay where they were). */

export const PLAYER_EXIT = 'Exit';
export const NO_VOICE_NOTE = 'No voice on this device: follow the words on screen.';
export const KEYS_NOTE = 'Keys while the player has focus: K or Space pause and resume, N next, P previous, Esc stops.';

/** "About 12 min left", "45 s left". */
export function timeLeft(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s left`;
  return `About ${Math.round(s / 60)} min left`;
}

export function upNext(title: string): string {
  return `Up next: ${title}`;
}

export const LAST_PART = 'Last part';

export function partOf(title: string, index: number, count: number): string {
  return `${title} · part ${index + 1} of ${count}`;
}

export function stoppedAt(index: number, count: number): string {
  return `Stopped at part ${index + 1} of ${count}. Your place is kept, so you can resume whenever you are ready.`;
}

export function resumeOffer(index: number, count: number, title: string): string {
  return `You stopped at part ${index + 1} of ${count}: ${title}.`;
}

export const RESUME_BUTTON = 'Resume where I stopped';
export const START_OVER_BUTTON = 'Start from the beginning';
export const STOPPED_FOR_SAFETY = 'Session ended. Look after yourself, and follow the advice above.';
