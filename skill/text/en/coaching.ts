/**
 * What the coach says about check-ins, progress, progression, gentle days and deleting the
 * history. Our own words; never a diagnosis: only what the numbers do and what the guide
 * advises.
 */

/** "4", "4.5": a score or a mean, to one decimal place. */
export function spokenScore(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

export const checkIn = {
  afterRoutineQuestion: "Before you go, if you like: from zero, no pain, to ten, the worst, how does your back feel right now?",
  afterRoutineReprompt: 'Say a number from zero to ten for how your back feels, or say skip.',
  notANumber: "Sorry, I didn't catch a number there.",
  /** After words Alexa could not place: they may have been about pain. */
  ifItHurts: 'If something hurts a lot, or feels numb or weak, tell me what you feel.',
  askAgain: 'From zero, no pain, to ten, the worst, how does your back feel?',
  askAgainReprompt: 'Say a number from zero to ten, like four, or say skip.',
  thanks: (score: number) => `Thanks for telling me. That's a ${score} out of 10.`,
  lowerThanUsual: 'That is lower than usual for you. Good to hear.',
  higherThanUsual: "That's higher than usual for you, so today's session will be a gentle one: shorter holds, and I'll leave out the deepest stretches.",
  toughDay: "That sounds like a tough day, so today's session will be a gentle one: shorter holds, and I'll leave out the deepest stretches.",
  severe:
    'If the pain is severe, or it came on suddenly, please talk to a healthcare professional, and stop any stretch that makes it worse.',
  skipped: 'No problem, we can skip that.',
  howToCheckIn: 'Any time, you can tell me how your back feels, like: my back is a four.',
} as const;

export const professional = {
  noImprovement:
    "Looking at your check-ins, your back hasn't improved over the last three weeks. The guide advises seeing a healthcare professional when back pain lasts a few weeks without getting better. It's worth booking a visit with your doctor or a physiotherapist.",
  rising:
    "Your check-ins have been going up lately. The guide advises seeing a healthcare professional when back pain isn't getting better, so it's worth talking to your doctor or a physiotherapist. Until then, keep your stretches gentle and stop any that make it worse.",
} as const;

export const progress = {
  noCheckIns: "You haven't told me how your back feels yet, so I can't show you a trend.",
  latest: (score: number, when: string) => `Your last check-in was a ${score} out of 10, ${when}.`,
  weeks: (thisWeek: number, lastWeek: number) =>
    `This week your back averaged ${spokenScore(thisWeek)} out of 10, against ${spokenScore(lastWeek)} the week before.`,
  onlyThisWeek: (thisWeek: number) => `This week your back averaged ${spokenScore(thisWeek)} out of 10.`,
  better: "That's heading the right way.",
  same: "That's about the same.",
  worse: "That's a bit higher, so go gently and listen to your body.",
  sessions: (count: number) =>
    count === 0 ? "You haven't finished a session in the last seven days." : `You've finished ${count} ${count === 1 ? 'session' : 'sessions'} in the last seven days.`,
  streak: (days: number) => (days > 1 ? `You're on a ${days} day streak.` : days === 1 ? 'Your streak has started: one day so far.' : ''),
  level: (level: number) => (level > 0 ? `Your holds are at step ${level} of 3.` : ''),
  chartTitle: 'Your back, last four weeks',
  chartSubtitle: '0 is no pain, 10 is the worst',
  chartStart: '4 weeks ago',
  chartEnd: 'Today',
} as const;

export const progression = {
  steppedUp: (level: number) =>
    level >= 3
      ? "You've been regular and your back is holding steady, so from next time your holds and repetitions go up toward the top of the guide's ranges, as far as each routine's time allows. If that's too much, say make it easier again."
      : "You've been regular and your back is holding steady, so from next time your holds get a little longer and some stretches get an extra repetition, as far as each routine's time allows. If that's too much, say make it easier again.",
  steppedDown: "Done. I've taken your holds and repetitions down a step. We'll stay here for a while.",
  atStart: "You're already on the starting numbers. For a gentler version of a stretch, say make it easier while you're doing it.",
} as const;

export const gentleDay = {
  start: "I'm sorry it's a bad day. Let's keep it gentle: shorter holds, and I'll leave out the deepest stretches. Stop whenever you need to.",
  restOfSession: "I'm sorry it's a bad day. Let's keep the rest of this session gentle, with shorter holds.",
} as const;

export const deleteHistory = {
  confirm: 'This deletes your check-ins, your streak and the history of your sessions. Your settings stay. Shall I delete them?',
  confirmReprompt: 'Shall I delete your check-ins and history? Say yes or no.',
  done: "Done. I've deleted your check-ins and your history.",
  kept: "Okay, I've left everything as it was.",
  unreachable: "I can't reach your saved history right now, so nothing was deleted. Please try again a little later.",
} as const;

export const farewell = 'See you next time.';

/** When the last check-in was, as said after its score. */
export const when = {
  today: 'today',
  yesterday: 'yesterday',
  daysAgo: (days: number) => `${days} days ago`,
} as const;

export const next = {
  question: 'What would you like to do next?',
  reprompt: 'You can say start my back routine, or how is my back doing. What would you like?',
  startQuestion: 'Would you like to start your daily routine now?',
  startReprompt: 'Say yes to start your daily routine, or name a stretch.',
} as const;
