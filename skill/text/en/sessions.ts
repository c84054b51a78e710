/** Starting and finishing a routine or a single stretch, and how they are named in a sentence. Our words. */

/** "your basic daily routine": a routine named in a sentence. */
export function yourRoutine(routine: string): string {
  return `your ${routine}`;
}

export const start = {
  routine: (routine: string, stretches: number, duration: string) =>
    `Let's do your ${routine}. ${stretches} ${stretches === 1 ? 'stretch' : 'stretches'}, ${duration}.`,
  leavingOut: (names: string) => `As you asked, I'm leaving out ${names}.`,
  everythingLeftOut: (routine: string) => `You've taken every stretch out of your ${routine}.`,
  howToBringBack: 'Say bring back, and a stretch name, to add one again.',
  stretch: (name: string, duration: string) => `Let's do ${name}. It takes ${duration}.`,
  easierStretch: (name: string, duration: string) => `Let's do the easier version of ${name}. It takes ${duration}.`,
  harderStretch: (name: string, duration: string) => `Let's do the harder version of ${name}. It takes ${duration}.`,
  cannotCompile: "Sorry, I can't put that stretch together right now.",
};

export const finish = {
  routine: (session: string) => `That's ${session} done. Well done.`,
  stretch: (session: string) => `Nice work. That's ${session} done.`,
  farewell: 'See you next time.',
  daysInARow: (days: number) => `That's ${days} days in a row.`,
  streakStarts: 'That starts your streak.',
  dailyQuestion: 'Would you like to do your daily routine now?',
  dailyReprompt: 'Shall we do your daily routine? Say yes, or name another stretch.',
};

/** What the boundary reprompt says the next thing is, when it is not a stretch's name. */
export const THE_LEFT_SIDE = 'the left side';
export function round(round: string): string {
  return `round ${round}`;
}
