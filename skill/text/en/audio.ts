/** Sentences of the hands-free (AudioPlayer) mode. Our own words, for the ear. */

/** Said once, the first time a stream starts: how it differs from the guided mode and how to pause. */
export const HANDS_FREE_EXPLAINED =
  'This plays the whole routine straight through with no need to answer; say "Alexa, pause" to pause and "Alexa, resume" to carry on.';

/** Opening words of every stream (after the safety line on first use). */
export const STREAM_STOP_REMINDER = 'Say "Alexa, stop" at any time to end it.';

export function streamOpening(title: string): string {
  return `Here is ${title}, straight through.`;
}

export const STREAM_CLOSING = 'That is the end. Well done, and take a moment before you get up.';

export function streamTitle(title: string): string {
  return `Back Stretch Coach: ${title}`;
}

/** The device cannot play audio streams. */
export const NO_AUDIO_PLAYER = "This device can't play a hands-free stream, so I'll guide you one stretch at a time.";

/** The audio could not be prepared (not rendered, or the store is down). */
export const STREAM_UNAVAILABLE = "The hands-free audio isn't ready right now, so I'll guide you one stretch at a time.";

export const DEFAULT_HANDS_FREE =
  'From now on, starting a routine plays it straight through. Say "always guide me" to go back.';
export const DEFAULT_GUIDED =
  'From now on, I will guide you one stretch at a time. Say "always play straight through" to change that.';
export const DEFAULT_PROMPT = 'Would you like to start your back routine now?';

/** At the next launch after a stream failed. */
export const STREAM_FAILED_NOTICE =
  'Last time, the hands-free audio stopped with an error, so part of the routine may not have played.';
export const STREAM_FAILED_OFFER = 'Shall I guide you through it one stretch at a time instead?';

export const NOTHING_TO_RESUME = 'There is no hands-free routine waiting to carry on.';
export const NOTHING_TO_RESUME_PROMPT = 'Would you like to start your back routine?';

export const NO_LOOP = 'A routine plays once, in order, so there is no loop or shuffle. Say "Alexa, next" to move on.';

export const FAILED_DECLINED = 'All right. Say "play my back routine" when you want the hands-free version again.';

/** After "Alexa, stop" during a stream: the same triage as the guided mode, one word away. */
export const STREAM_STOPPED = 'Stopped.';
export const HURT_QUESTION = 'Did something hurt?';
export const HURT_REPROMPT = 'Did something hurt? Say yes or no.';
export const NOT_HURT = 'Good. Say "Alexa, resume" whenever you want to carry on from where you stopped.';
