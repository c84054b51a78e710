/** The closing questions and reprompts the player ends its answers with. Our words. */

/** Something is playing: the one question is whether to go on. */
export const carryOn = {
  question: 'Shall we carry on?',
  reprompt: 'Say next to carry on, or stop to finish for now. Shall we go on?',
};
/** Paused in an open session (after "it hurts"): one question, yes carries on. */
export const paused = {
  question: 'Would you like to carry on now?',
  reprompt: 'Say yes to carry on, or stop to finish for now. Would you like to carry on?',
};
/** Nothing in progress. */
export const whatNext = {
  question: 'What would you like to do next?',
  reprompt: 'You can say start my back routine, or name a stretch, like cat-cow. What would you like?',
};
export const WHAT_WOULD_YOU_LIKE = 'What would you like to do?';

/** Offering the daily routine. */
export const startDaily = {
  question: 'Would you like to start your daily routine?',
  /** For someone who may be new. */
  repromptTry: 'Say yes to start your daily routine, or name a stretch you would like to try.',
  repromptChildsPose: "Say yes to start your daily routine, or name a stretch, like child's pose.",
  repromptCatCow: 'Say yes to start your daily routine, or name a stretch, like cat-cow.',
  fromTheBeginning: 'Would you like to start your daily routine from the beginning?',
};

export const WHICH_WOULD_YOU_LIKE = 'Which would you like?';
export const WHICH_STRETCH = 'Which stretch would you like?';
