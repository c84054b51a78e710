/** What the player controls say: next, repeat, previous, skip, easier, harder, preferences, leaving out. Our words. */

/** A control that needs something playing, when nothing is. */
export const nothing = {
  playing: "There's nothing playing right now.",
  toRepeat: "There's nothing to repeat yet.",
  toGoBack: "There's nothing to go back to yet.",
  toSkip: "There's nothing to skip right now.",
  toStartOver: "There's nothing to start over.",
  toPause: "There's nothing playing to pause.",
  toResume: "There's nothing to resume.",
  linedUp: "Nothing's lined up yet.",
  inProgress: "There's nothing in progress.",
};

export const ONCE_MORE = 'Once more.';
export const FIRST_ONE_AGAIN = "That's the first one. Here it is again.";
export const GOING_BACK = 'Going back one.';
export const skipping = (name: string) => `Skipping ${name}.`;
export const movingOn = (name: string) => `Okay, moving on from ${name}.`;
export const startingOver = (session: string) => `Starting ${session} from the top.`;

export const LAST_ONE_SAY_NEXT = 'That was the last one. Say next to finish.';
export const nextIs = (title: string) => `Next is ${title}.`;
export const timeLeft = (time: string, stretches: number) =>
  `There's ${time} left, with ${stretches} ${stretches === 1 ? 'more stretch' : 'more stretches'} to go.`;

/** Easier and harder. */
export const easier = {
  noVersion: (name: string) => `${name} has no easier version in my guide.`,
  noVersionGentle: (name: string) => `${name} has no easier version in my guide. Keep it gentle and comfortable.`,
  making: "Okay, let's make it easier.",
  startFirst: 'Start a stretch first, then say make it easier.',
};
export const harder = {
  noVersion: (name: string) => `${name} has no harder version in my guide.`,
  noVersionGentle: (name: string) => `${name} has no harder version in my guide. Keep it gentle and comfortable.`,
  making: "Okay, let's make it harder.",
  startFirst: 'Start a stretch first, then say make it harder.',
};
export const backToUsual = (name: string) => `Okay, back to the usual ${name}.`;
export const START_FIRST_REPROMPT = 'Name a stretch, like cat-cow, or say start my back routine.';
export const CANNOT_CHANGE = "Sorry, I can't change that one right now.";

export const GOODBYE = 'Okay. Take care of your back. Goodbye.';

/** Preferences: what each change is called when it is made. */
export const preferenceSaid = {
  'longer-holds': "Okay, I'll use longer holds",
  'shorter-holds': "Okay, I'll use shorter holds",
  'standard-holds': 'Okay, back to the usual hold times',
  slower: "Okay, I'll go slower",
  'normal-pace': 'Okay, back to the usual pace',
  'chimes-only': 'Okay, fewer words during holds, with a chime to start and end',
  'voice-cues': "Okay, I'll talk you through the holds again",
};
/** A preference change said with when it applies: "Okay, I'll go slower from the next stretch on." */
export const preferenceChanged = (said: string) => `${said}.`;
export const preferenceChangedNext = (said: string) => `${said} from the next stretch on.`;
export const preferenceChoices = {
  lead: 'You can ask for longer holds, shorter holds, a slower pace, or chimes only.',
  reprompt: 'Say longer holds, shorter holds, slower, or chimes only. Which would you like?',
};

/** Leaving a stretch out of the routines, and bringing it back. */
export const exclusions = {
  whichOut: 'Which stretch should I leave out?',
  whichOutQuestion: 'Which stretch should I leave out of your routines?',
  whichOutReprompt: 'Name the stretch to leave out, like sphinx pose.',
  whichBack: 'Which stretch should I bring back?',
  whichBackQuestion: 'Which stretch should I put back in your routines?',
  whichBackReprompt: 'Name the stretch to bring back, like sphinx pose.',
  alreadyIn: (name: string) => `${name} is already in your routines.`,
};
