/**
 * The routines' structure: which stretches, in which order, with which numbers. Their names and
 * descriptions are words, in skill/text/<lang>/catalog/routines.ts.
 */
import { joinRoutine } from './join';
import type { RoutineStructure } from './parts';
import type { Routine } from './types';
import { textsFor } from '../text/locale';

/** The guide's routine for every day, exactly as the guide lists it. */
const basicDaily: RoutineStructure = {
  id: 'basic-daily',
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
const comprehensive: RoutineStructure = {
  id: 'comprehensive',
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
const deskBreak: RoutineStructure = {
  id: 'desk-break',
  purposes: ['sitting', 'work', 'chair', 'short-time'],
  fromGuide: false,
  items: [
    { stretchId: 'standing-back-extension', holdSeconds: 5, reps: 5 },
    { stretchId: 'side-stretch', holdSeconds: 15, reps: 2 },
    { stretchId: 'seated-spinal-twist', holdSeconds: 25, reps: 1, variant: 'easier' },
  ],
};

/** Ours, from the guide's advice to stretch before bed: gentle, mostly lying down, about 8 minutes as narrated. */
const bedtime: RoutineStructure = {
  id: 'bedtime',
  purposes: ['sleep', 'evening', 'relax'],
  fromGuide: false,
  items: [
    { stretchId: 'childs-pose', holdSeconds: 60 },
    { stretchId: 'knee-to-chest', holdSeconds: 25, reps: 2 },
    { stretchId: 'piriformis-stretch', holdSeconds: 25, reps: 2 },
  ],
};

/** All routines' structure, in the order of ROUTINE_IDS. */
export const ROUTINE_STRUCTURES: readonly RoutineStructure[] = [basicDaily, comprehensive, deskBreak, bedtime];

/** All routines in English, in the order of ROUTINE_IDS (`routinesIn(texts)` for a request's language). */
export const ROUTINES: readonly Routine[] = ROUTINE_STRUCTURES.map((r) => joinRoutine(r, textsFor(undefined).catalog.routines[r.id]));
