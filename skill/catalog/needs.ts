/**
 * What people ask for when they don't name a stretch: a body area ("my upper back"), a
 * situation or purpose ("I sit all day", "help me sleep") or the time they have ("five
 * minutes"). The interaction model's NEED values come from here; the answers pick the routine
 * whose purposes include it, or the stretches whose body areas do.
 */
import type { BodyArea, RoutinePurpose } from './types';

/** How people name each body area (lower case, spoken). */
export const AREA_WORDS: Record<BodyArea, readonly string[]> = {
  'whole back': ['back', 'my back', 'whole back', 'my whole back', 'the back', 'the whole back', 'a stiff back', 'stiff back', 'bad back', 'a bad back', 'sore back', 'a sore back', 'tight back'],
  'lower back': ['lower back', 'my lower back', 'low back', 'my low back', 'the lower back', 'lumbar', 'lumbar spine', 'bottom of my back', 'the bottom of my back', 'small of my back', 'lower back stiffness', 'stiff lower back', 'a stiff lower back'],
  'mid back': ['mid back', 'middle back', 'my middle back', 'my mid back', 'the middle of my back', 'middle of my back'],
  'upper back': ['upper back', 'my upper back', 'the upper back', 'top of my back', 'the top of my back', 'upper body', 'between my shoulder blades', 'shoulder blades', 'the top of the back'],
  shoulders: ['shoulders', 'my shoulders', 'shoulder', 'my shoulder', 'the shoulders', 'tight shoulders', 'stiff shoulders', 'shoulder tension'],
  hips: ['hips', 'my hips', 'hip', 'my hip', 'the hips', 'tight hips', 'glutes', 'my glutes', 'buttocks', 'my buttocks', 'my bum', 'the buttock', 'my buttock', 'bum', 'butt', 'my butt', 'hip flexors'],
  sides: ['sides', 'my sides', 'the sides', 'side', 'my side', 'side body', 'my side body', 'obliques', 'waist', 'my waist', 'ribs'],
  spine: ['spine', 'my spine', 'the spine', 'a stiff spine', 'stiff spine', 'posture', 'my posture', 'better posture', 'mobility', 'flexibility'],
  core: ['core', 'my core', 'the core', 'tummy', 'stomach muscles', 'abs', 'my abs', 'pelvis', 'my pelvis'],
};

/** How people describe each purpose a routine serves. */
export const PURPOSE_WORDS: Record<RoutinePurpose, readonly string[]> = {
  everyday: ['every day', 'everyday', 'each day', 'daily', 'daily stretches', 'daily exercises', 'exercises', 'my exercises', 'the exercises', 'exercise', 'exercise for back', 'exercise for the back', 'exercise for my back', 'back exercises', 'my back exercises', 'stretching', 'the stretching', 'stretches', 'my stretches', 'the usual', 'usual', 'my usual', 'my usual stretches', 'the usual stretches', 'i want make stretching', 'i want do exercise for back', 'give me exercise for my back', 'make the daily stretches', 'please start routine', 'start exercise', 'begin the stretching', 'do daily routine', 'routine for every day', 'my back exercises please', 'my exercises please', 'stretch my back please', 'that would be lovely', 'the daily routine', 'the daily stretches', 'exercise for my back', 'some exercise', 'some stretching', 'a routine', 'a stretching routine', 'a back routine', 'back stretches', 'stretches for my back', 'stretching for my back', 'stretching for back', 'a gentle routine', 'something gentle for my back', 'a gentle routine for my dad', 'a gentle routine for my mum', 'a gentle routine for my mom', 'the daily routine for my mum', 'the daily routine for my dad', 'exercise'],
  morning: ['morning', 'the morning', 'this morning', 'mornings', 'waking up', 'i just woke up', 'just woke up', 'getting up', 'i just got up', 'when i wake up', 'after waking up', 'the start of the day', 'a stiff morning', 'i just woke up', 'i have just woken up', 'i just got out of bed', 'first thing in the morning'],
  stiffness: ['stiffness', 'stiff', 'feeling stiff', 'a stiff back in the morning', 'loosening up', 'loosen up', 'to loosen up', 'loosen my back', 'gentle', 'something gentle', 'a gentle routine', 'gentle stretches', 'a gentle stretch', 'easy stretches', 'beginners', 'a beginner', 'lower back pain relief', 'back pain relief', 'relief'],
  sitting: ['sitting', 'sitting all day', 'sitting too long', 'sitting for a long time', 'i sit all day', 'i sit all the day', 'sit all day', 'i sit a lot', 'i have been sitting all day', "i've been sitting all day", 'been sitting all day', 'sitting at a desk', 'sitting at my desk', 'i am at my desk all day', 'i have been at my desk all day', "i've been at my desk all day", 'the computer', 'working at the computer', 'i am working at computer all day', 'i work at a computer', 'screen time', 'driving', 'a long drive'],
  work: ['work', 'at work', 'the office', 'office', 'at the office', 'in the office', 'my desk', 'at my desk', 'the desk', 'a desk', 'desk', 'a work break', 'work break', 'a break at work', 'work pause', 'a lunch break', 'my lunch break', 'between meetings', 'i am at work', 'stretching in office', 'exercise for office', 'exercises for the office', 'stretches for the office', 'office stretches', 'desk stretches', 'work stretches', 'stretches at work', 'stretches for work', 'stretching at work', 'a desk break', 'stretches at my desk', 'something for work'],
  chair: ['a chair', 'the chair', 'my chair', 'in a chair', 'in my chair', 'on a chair', 'sitting down', 'sitting in my chair', 'standing', 'standing up', 'without the floor', 'without getting on the floor', 'not on the floor', 'no floor', 'standing or sitting', 'only standing or chair stretches', 'chair exercises', 'chair stretches', 'standing stretches', 'seated stretches', 'a wheelchair', 'something i can do sitting in my chair', 'something i can do sitting down', 'something i can do in a chair', 'something i can do standing up', 'something standing up', 'stretch without getting on the floor', 'stretches without getting on the floor', 'chair exercises for my dad', 'chair exercises for my mum', 'chair exercises for my mom', 'something she can do sitting down', 'something he can do sitting down', 'stretches she can do in a chair', 'stretches he can do in a chair', 'stretches i can do in a chair'],
  'short-time': ['quick', 'something quick', 'a quick one', 'a quick stretch', 'quick stretches', 'a quick break', 'quick break', 'a short one', 'short', 'something short', 'a short break', 'not much time', 'a few minutes', 'five minutes', 'five minute', 'a five minute break', 'six minutes', 'seven minutes', 'a quick one at work', 'quick stretch at my desk', 'a quick stretch at my desk', 'something really quick', 'a really short one', 'a really quick one', 'the quickest one you have', 'the quickest one', 'the shortest one', 'five minute stretch', 'a five minute stretch', 'quick break stretches', 'a short stretch', 'a quick routine at work'],
  sleep: ['sleep', 'sleeping', 'better sleep', 'sleep better', 'to sleep better', 'for sleep better', 'bed', 'before bed', 'bedtime', 'going to bed', 'before sleeping', 'before to sleep', 'before sleep', 'falling asleep', 'fall asleep', 'to fall asleep', 'me sleep', 'help me sleep', 'to help me sleep', 'insomnia', 'the night', 'night', 'tonight', 'i am going to bed soon', "i'm going to bed soon", "i'm going to bed", 'i am going to bed', 'going to bed soon', 'something gentle before bed', 'gentle stretches before bed', 'stretches before bed', 'stretch before to sleep', 'something to help my dad sleep', 'something to help my mum sleep', 'something to help my mom sleep', 'a bedtime routine for my mum', 'a bedtime routine for my dad', 'restorative stretches before sleep', 'my evening stretches'],
  evening: ['evening', 'the evening', 'this evening', 'evenings', 'after work', 'the end of the day', 'end of the day', 'after dinner', 'a yin style evening sequence', 'yin style evening sequence', 'calm evening flow', 'a calm evening flow', 'evening exercise', 'evening stretches', 'an evening routine', 'evening exercises'],
  relax: ['relax', 'relaxing', 'to relax', 'relaxation', 'winding down', 'wind down', 'to wind down', 'unwind', 'to unwind', 'calm', 'calming', 'to calm down', 'stress', 'stress relief', 'stressed', 'i am stressed', 'anxiety', 'restorative', 'tension', 'feeling tense', 'a relaxing routine', 'relaxing routine', 'a calm routine', 'something relaxing', 'something calming'],
  'long-time': ['lots of time', 'plenty of time', 'a lot of time', 'more time', 'a long session', 'a long time', 'half an hour', 'thirty minutes', 'twenty minutes', 'twenty five minutes', 'forty minutes', 'an hour', 'a full workout', 'a good workout', 'a proper session', 'a full session', 'the full practice', 'the whole thing', 'i want long exercise', 'a long exercise', 'long exercise', 'the full practice', 'complete routine', 'a complete routine', 'the complete routine'],
  everything: ['everything', 'all of them', 'all the stretches', 'all stretches', 'every stretch', 'all ten', 'all ten stretches', 'all ten poses', 'all the poses', 'the full routine', 'the full one', 'the long one', 'full body'],
};

/** Times people say, in minutes, for "I have five minutes". */
export const TIME_WORDS: Record<string, number> = {
  'a minute': 1,
  'one minute': 1,
  'just one minute': 1,
  'a couple of minutes': 2,
  'a couple minutes': 2,
  'couple of minutes': 2,
  'two minutes': 2,
  'just two minutes': 2,
  'three minutes': 3,
  'a few minutes': 5,
  'four minutes': 4,
  'five minutes': 5,
  'only five minutes': 5,
  'ten minutes': 10,
  'a ten minute routine': 10,
  'ten minute': 10,
  'fifteen minutes': 15,
  'a quarter of an hour': 15,
  'fifteen minute': 15,
  'twelve minutes': 12,
  'twenty minutes': 20,
  'half an hour': 30,
  'thirty minutes': 30,
};

/** Ids of NEED values: "area:<area>", "purpose:<purpose>", "time:<minutes>". */
export type NeedId = `area:${string}` | `purpose:${string}` | `time:${number}`;

export type Need = { kind: 'area'; area: BodyArea } | { kind: 'purpose'; purpose: RoutinePurpose } | { kind: 'time'; minutes: number };

export function needId(need: Need): string {
  if (need.kind === 'area') return `area-${need.area.replace(/ /g, '-')}`;
  if (need.kind === 'purpose') return `purpose-${need.purpose}`;
  return `time-${need.minutes}`;
}

/** Every need, with the words people use for it (time first: "five minutes" is a time, not a purpose). */
export function allNeeds(): { need: Need; words: readonly string[] }[] {
  const byMinutes = new Map<number, string[]>();
  for (const [words, minutes] of Object.entries(TIME_WORDS)) byMinutes.set(minutes, [...(byMinutes.get(minutes) ?? []), words]);
  return [
    ...[...byMinutes].map(([minutes, words]) => ({ need: { kind: 'time', minutes } as Need, words })),
    ...(Object.keys(AREA_WORDS) as BodyArea[]).map((area) => ({ need: { kind: 'area', area } as Need, words: AREA_WORDS[area] })),
    ...(Object.keys(PURPOSE_WORDS) as RoutinePurpose[]).map((purpose) => ({ need: { kind: 'purpose', purpose } as Need, words: PURPOSE_WORDS[purpose] })),
  ];
}

/** The need behind an entity-resolution id, if it is one. */
export function needOf(id: string | undefined): Need | undefined {
  if (!id) return undefined;
  return allNeeds().find((n) => needId(n.need) === id)?.need;
}
