/**
 * The player's answers outside the controls: opening the skill, help, "sorry?", yes and no to
 * its questions, names it does not know, tips, why stretching helps, what it has. Our words.
 */

export const WHAT_I_DO =
  "I can talk you through a back routine, like your daily routine, or a single stretch, like cat-cow or child's pose. I can also give you tips.";

export const launch = {
  welcome: 'Welcome to Back Stretch Coach.',
  welcomeBack: 'Welcome back.',
  streak: (days: number) => `You're on a ${days} day streak.`,
  stretchedYesterday: 'You stretched yesterday. Keep it going.',
  /** Coming back to something unfinished. */
  youWereOn: (title: string, session: string) => `You were on ${title}${title.includes(',') ? ',' : ''} in ${session}.`,
  /** Coming back to an unfinished single stretch: its part alone (naming the session too would say the stretch twice). */
  youWereOnPart: (title: string) => `You were on ${title}.`,
  nearTheEnd: (session: string) => `You were near the end of ${session}.`,
  continueQuestion: 'Continue?',
  continueReprompt: (session: string) => `Shall we carry on with ${session}? Say yes or no.`,
};

export const help = {
  youreIn: (session: string) => `You're in ${session}.`,
  youreInNext: (session: string, next: string) => `You're in ${session}, and ${next} is next.`,
  controls: 'Say next to go on, repeat to hear that again, or previous to go back.',
  moreControls: 'You can also say skip, pause, make it easier, make it harder, or how much is left.',
  ifItHurts: "If anything hurts, tell me, and we'll stop.",
  playingReprompt: "Say next when you're ready, or stop to finish for now. What would you like?",
  howToStart: 'Say start my back routine, or ask how to do a stretch, like how do I do cat-cow.',
  tipsAndDisclaimer: 'You can also ask for a tip, or say read me the disclaimer.',
  reprompt: 'You can say start my back routine, or name a stretch. What would you like?',
};

export const DIDNT_CATCH = "Sorry, I didn't catch that.";
export const OKAY = 'Okay.';

export const no = {
  startFresh: "Okay, let's start fresh.",
  dailyQuestion: 'Would you like your daily routine?',
  dailyReprompt: 'Say yes for your daily routine, or name a stretch, like cat cow. Shall we start?',
  otherQuestion: 'Name a stretch if you would like one, or ask for a tip. What would you like?',
  otherReprompt: 'Name a stretch, ask for a tip, or say stop. What would you like?',
  nothingHurts: 'Good. Ease in only as far as feels comfortable, and keep breathing.',
};

/** Names that did not resolve. */
export const unknown = {
  routine: (heard: string) => `I don't have a routine called ${heard}.`,
  routines: (names: string) => `I have ${names}.`,
  whichRoutine: 'Which one would you like?',
  routineReprompt: (example: string) => `Say the name of a routine, like ${example}. Which one would you like?`,
  stretch: (heard: string) => `I don't know a stretch called ${heard}.`,
  stretches: (names: string) => `I can guide you through ${names}, among others.`,
  listThem: 'To hear them all, say list stretches.',
  stretchReprompt: (example: string) => `Name a stretch, like ${example}, or say start my back routine. Which would you like?`,
};

/** Asked to start a stretch without a name. */
export const whichStretch = {
  question: (examples: string) => `You could try ${examples}, for example. Which stretch would you like?`,
  reprompt: "You can say child's pose, for example. Which stretch would you like?",
};

export function tip(text: string): string {
  return `Here's a tip. ${text}`;
}

export const benefits = {
  unknownStretch: (heard: string) => `I don't know a stretch called ${heard}, but here's why stretching helps.`,
  general: 'Gentle, regular stretching keeps your back moving and eases stiffness.',
  startWith: (routine: string, summary: string) => `Your ${routine} is a good place to start: ${summary}`,
};

export const list = {
  routines: (count: number, names: string) => `I have ${count} routines: ${names}.`,
  stretches: (count: number, names: string) => `And ${count} stretches: ${names}.`,
};
