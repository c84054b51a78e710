/** What the skill says when something went wrong on its side. */

/** Anything that threw: the progress is never lost by it. */
export const SOMETHING_WENT_WRONG = 'Sorry, something went wrong on my side. Your progress is safe.';
export const AFTER_ERROR_PROMPT = 'You can say start my back routine, or say help. What would you like to do?';
export const AFTER_ERROR_REPROMPT = 'Say start my back routine, or say help. What would you like?';

/** An answer too long for one response: said where the cut was made, before the closing prompt. */
export const TOO_LONG_TO_SAY = 'Sorry, that was too long for me to say in one go.';
