/**
 * The guided-session player on stretch and routine pages: its controls and the words the
 * browser shows while it runs (the newer player words are in ../player.ts).
 */

export const HEADING = 'Guided session in your browser';
/** `what` is the stretch's name, or the routine's name after "the". */
export function intro(what: string): string {
  return `Follow ${what} at a calm pace. Each step is read aloud when your device can, always shown here, and timed for you.`;
}
export function theRoutine(name: string): string {
  return `the ${name}`;
}

export const HOLD_LENGTH = 'Hold length';
export const HOLD_CHOICES = { shorter: 'Shorter', standard: 'Standard', longer: 'Longer' } as const;
export const PACE = 'Pace';
export const PACE_CHOICES = { normal: 'Normal', slower: 'Slower' } as const;
export const START = 'Start guided session';

export const BEFORE_YOU_START = 'Before you start';
export const WARNING_SIGNS = 'If you feel numbness, tingling or weakness, stop and get medical advice.';
export const SAFETY_LINK = 'Read the safety guidance';
export const CONFIRM = 'I understand, start';
export const NOT_NOW = 'Not now';

export const SESSION_LABEL = 'Guided session';
export const CONTROLS_LABEL = 'Session controls';
export const PREVIOUS = 'Previous';
export const PAUSE = 'Pause';
export const RESUME = 'Resume';
export const NEXT = 'Next';
export const STOP = 'Stop';

/** What the player says in its status line as the session goes. */
export const NO_PROBLEM = 'No problem. Start whenever you are ready.';
export const GETTING_READY = 'Getting your session ready…';
export const LOAD_FAILED = 'The session could not be loaded. Check your connection and try again.';
export const STARTED_WITH_VOICE = 'Session started. Turn your sound up to hear the cues.';
export const STARTED = 'Session started.';
export const ALL_DONE = 'All done. Nice work. Take a moment before you get up.';

/** Beside the countdown's number: "seconds left · Hold" (`label` is what is being held). */
export function countdownLabel(secondsLeft: number, label: string): string {
  return `${secondsLeft === 1 ? 'second' : 'seconds'} left · ${label}`;
}
