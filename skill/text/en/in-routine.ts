/** What the coach says about the stretch in progress: which side, what to feel, what it is for, alternatives. */

export const whichSide = {
  /** After one side of a sided stretch. */
  afterSide: (name: string, done: string, next: string) => `You've just done the ${done} side of ${name}. The ${next} side is next.`,
  /** After the last side. */
  bothDone: (name: string) => `You've done both sides of ${name}.`,
  /** A stretch that works both sides at once. */
  notSided: (name: string) => `${name} works both sides at once, so there's no side to switch.`,
  /** Nothing played yet. */
  nothing: 'We have not started a stretch yet.',
};

export const feel = {
  lead: (name: string) => `In ${name},`,
  general: 'You should feel a gentle, easy pull, never pain.',
  caution: 'If it hurts, tell me, and we will stop.',
};

export const purpose = {
  lead: (name: string) => `${name}:`,
};

export const floor = {
  intro: "That's fine. You don't need to get on the floor.",
  chairRoutine: (routine: string, names: string) => `The ${routine} is done on a chair and standing: ${names}.`,
  versions: (names: string) => `Some floor stretches have a chair version too: ${names}.`,
  question: (routine: string) => `Would you like the ${routine} instead?`,
  reprompt: (routine: string) => `Say yes for the ${routine}, or name a stretch. Would you like the ${routine}?`,
};

export const fallbackInRoutine = {
  missed: "Sorry, I didn't catch that.",
  safety: 'If something hurts, say it hurts, and we will stop. To finish for now, say stop.',
  controls: 'In a routine you can say next, repeat, previous, skip, pause, or stop.',
  carryOn: 'Shall we carry on?',
  reprompt: 'Say next to carry on, say it hurts if something hurts, or say stop. What would you like?',
};
