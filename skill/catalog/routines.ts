import type { Routine } from './types';

/** The guide's routine for every day, exactly as the guide lists it. */
const basicDaily: Routine = {
  id: 'basic-daily',
  name: 'Basic Daily Routine',
  spokenName: 'basic daily routine',
  synonyms: [
    'daily',
    'basic',
    'daily routine',
    'basic routine',
    'basic daily',
    'everyday routine',
    'every day routine',
    'morning',
    'morning routine',
    'morning stretches',
    'back routine',
    'my back routine',
    'my routine',
    'quick routine',
    'short routine',
    'regular routine',
    'usual routine',
  ],
  summary: 'Five gentle stretches for the whole back, for every day.',
  when: 'Every day, ideally in the morning or whenever your back feels stiff.',
  guideMinutes: { min: 10, max: 15 },
  purposes: ['everyday', 'morning', 'stiffness'],
  areas: ['whole back', 'lower back', 'spine'],
  fromGuide: true,
  items: [
    { stretchId: 'childs-pose', holdSeconds: 60 },
    { stretchId: 'cat-cow', reps: 15 },
    // The guide gives no hold for these two here: 25 s, the middle of their own 20-30 s,
    // still keeps the narrated routine inside the guide's 10-15 minutes.
    { stretchId: 'knee-to-chest', holdSeconds: 25, reps: 2 },
    { stretchId: 'seated-spinal-twist', holdSeconds: 25, reps: 2 },
    { stretchId: 'pelvic-tilts', reps: 10 },
  ],
};

/**
 * The guide's longer routine: all ten stretches, 2-3 sets of each, static holds of 30-60 s,
 * dynamic moves for 10-20 repetitions, 20-30 minutes. Every number also stays inside the
 * stretch's own guide range, which bounds the total done (reps x sets):
 * - A set of a sided stretch is a round of one hold on each side, so its two sets are
 *   `reps: 2, sets: 1`: two holds on the right, then two on the left (inside each sided
 *   stretch's own 2-3 reps a side, with one setup per side instead of two).
 * - Unsided stretches do two sets each, with a short rest between.
 * - Static holds are 30 s, or the stretch's own maximum when that is lower (side stretch 20 s).
 * - Dynamic moves: 10 repetitions in all, as two sets of five (cat-cow 10 breaths, inside its
 *   10-20; pelvic tilts 10, inside 10-15; back extensions 10, inside 5-10). Two sets of ten
 *   would overrun the tilts' and extensions' own ranges and the guide's 30 minutes.
 * Narrated at the default pace this comes to just under 30 minutes: the guide's minimums leave
 * no room for more.
 */
const comprehensive: Routine = {
  id: 'comprehensive',
  name: 'Comprehensive Routine',
  spokenName: 'comprehensive routine',
  synonyms: [
    'comprehensive',
    'full',
    'full routine',
    'long',
    'long routine',
    'longer routine',
    'complete',
    'complete routine',
    'whole routine',
    'all stretches',
    'all the stretches',
    'all ten stretches',
    'everything',
    'full workout',
    'full session',
    'extended routine',
  ],
  summary: 'All ten stretches, two sets each, for a thorough session. On one-sided stretches, a set is one hold on each side.',
  when: 'When you have more time, a few times a week.',
  guideMinutes: { min: 20, max: 30 },
  purposes: ['long-time', 'everything'],
  fromGuide: true,
  items: [
    { stretchId: 'childs-pose', holdSeconds: 30, sets: 2 },
    { stretchId: 'cat-cow', reps: 10, sets: 2 },
    { stretchId: 'knee-to-chest', holdSeconds: 30, reps: 2, sets: 1 },
    { stretchId: 'seated-spinal-twist', holdSeconds: 30, reps: 2, sets: 1 },
    { stretchId: 'thread-the-needle', holdSeconds: 30, reps: 2, sets: 1 },
    { stretchId: 'sphinx-pose', holdSeconds: 30, sets: 2 },
    { stretchId: 'piriformis-stretch', holdSeconds: 30, reps: 2, sets: 1 },
    { stretchId: 'standing-back-extension', reps: 5, sets: 2 },
    { stretchId: 'side-stretch', holdSeconds: 20, reps: 2, sets: 1 },
    { stretchId: 'pelvic-tilts', reps: 10, sets: 2 },
  ],
};

/** Ours, from the guide's advice to stretch on work breaks: standing and chair only, the shortest doses (about 6 minutes as narrated). */
const deskBreak: Routine = {
  id: 'desk-break',
  name: 'Desk Break',
  spokenName: 'desk break',
  synonyms: [
    'desk',
    'desk routine',
    'desk stretches',
    'office',
    'office break',
    'office routine',
    'office stretches',
    'work break',
    'work',
    'work routine',
    'at my desk',
    'at work',
    'chair routine',
    'standing routine',
    'quick break',
  ],
  summary: 'Three standing and chair stretches to undo a long stretch of sitting.',
  when: 'During a work break, after sitting for a long time.',
  purposes: ['sitting', 'work', 'chair', 'short-time'],
  fromGuide: false,
  items: [
    { stretchId: 'standing-back-extension', holdSeconds: 5, reps: 5 },
    { stretchId: 'side-stretch', holdSeconds: 15, reps: 2 },
    { stretchId: 'seated-spinal-twist', holdSeconds: 25, reps: 1, variant: 'easier' },
  ],
};

/** Ours, from the guide's advice to stretch before bed: gentle, mostly lying down, about 8 minutes as narrated. */
const bedtime: Routine = {
  id: 'bedtime',
  name: 'Bedtime Wind-Down',
  spokenName: 'bedtime routine',
  synonyms: [
    'bedtime',
    'bed',
    'before bed',
    'evening',
    'evening routine',
    'evening stretches',
    'night',
    'nighttime',
    'night time',
    'night routine',
    'sleep',
    'sleep routine',
    'wind down',
    'wind down routine',
    'relaxing routine',
  ],
  summary: 'Three slow, gentle stretches, mostly lying down, to help you unwind.',
  when: 'In the evening, before you go to sleep.',
  purposes: ['sleep', 'evening', 'relax'],
  fromGuide: false,
  items: [
    { stretchId: 'childs-pose', holdSeconds: 60 },
    { stretchId: 'knee-to-chest', holdSeconds: 25, reps: 2 },
    { stretchId: 'piriformis-stretch', holdSeconds: 25, reps: 2 },
  ],
};

/** All routines, in the order of ROUTINE_IDS. */
export const ROUTINES: readonly Routine[] = [basicDaily, comprehensive, deskBreak, bedtime];
