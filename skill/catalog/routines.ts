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
  fromGuide: true,
  items: [
    { stretchId: 'childs-pose', holdSeconds: 60 },
    { stretchId: 'cat-cow', reps: 15 },
    { stretchId: 'knee-to-chest', reps: 2 },
    { stretchId: 'seated-spinal-twist', reps: 2 },
    { stretchId: 'pelvic-tilts', reps: 10 },
  ],
};

/**
 * The guide's longer routine: all ten stretches, two sets each, static holds of 30-60 s
 * (never past a stretch's own range: 20-30 s stretches hold 30 s, the side stretch 20 s),
 * dynamic and repeated moves at 10 reps (inside 10-20 and each stretch's own range).
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
  summary: 'All ten stretches, two rounds each, for a thorough session.',
  when: 'When you have more time, a few times a week.',
  guideMinutes: { min: 20, max: 30 },
  fromGuide: true,
  items: [
    { stretchId: 'childs-pose', holdSeconds: 60, sets: 2 },
    { stretchId: 'cat-cow', reps: 10, sets: 2 },
    { stretchId: 'knee-to-chest', holdSeconds: 30, reps: 2, sets: 2 },
    { stretchId: 'seated-spinal-twist', holdSeconds: 30, reps: 1, sets: 2 },
    { stretchId: 'thread-the-needle', holdSeconds: 30, reps: 2, sets: 2 },
    { stretchId: 'sphinx-pose', holdSeconds: 45, sets: 2 },
    { stretchId: 'piriformis-stretch', holdSeconds: 30, reps: 2, sets: 2 },
    { stretchId: 'standing-back-extension', reps: 10, sets: 2 },
    { stretchId: 'side-stretch', holdSeconds: 20, reps: 2, sets: 2 },
    { stretchId: 'pelvic-tilts', reps: 10, sets: 2 },
  ],
};

/** Ours, from the guide's advice to stretch on work breaks: standing and chair only, the shortest doses (about 6-7 minutes as narrated). */
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
  fromGuide: false,
  items: [
    { stretchId: 'standing-back-extension', holdSeconds: 5, reps: 5 },
    { stretchId: 'side-stretch', holdSeconds: 15, reps: 2 },
    { stretchId: 'seated-spinal-twist', holdSeconds: 25, reps: 1, variant: 'easier' },
  ],
};

/** Ours, from the guide's advice to stretch before bed: gentle, mostly lying down, about 9 minutes as narrated. */
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
  fromGuide: false,
  items: [
    { stretchId: 'childs-pose', holdSeconds: 60 },
    { stretchId: 'knee-to-chest', holdSeconds: 25, reps: 2 },
    { stretchId: 'piriformis-stretch', holdSeconds: 25, reps: 2 },
  ],
};

/** All routines, in the order of ROUTINE_IDS. */
export const ROUTINES: readonly Routine[] = [basicDaily, comprehensive, deskBreak, bedtime];
