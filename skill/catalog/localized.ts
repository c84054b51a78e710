/**
 * The catalog in a language: structure (ids, kinds, sides, holds, reps, poses) joined with that
 * language's words (`texts.catalog`, skill/text/<lang>/catalog/). Each language's catalog is
 * joined once and kept for as long as its texts are (English is the STRETCHES/ROUTINES/SAFETY
 * constants, the same objects).
 */
import { joinRoutine, joinSafety, joinStretch } from './join';
import { ROUTINE_STRUCTURES, ROUTINES } from './routines';
import { RED_FLAG_STRUCTURES, SAFETY } from './safety';
import { STRETCH_STRUCTURES, STRETCHES } from './stretches';
import type { Routine, SafetyContent, Stretch } from './types';
import { textsFor, type Texts } from '../text/locale';

/** One join per texts object: the first call for a language makes it, the others reuse it. */
function memoized<T>(english: T, join: (texts: Texts) => T): (texts: Texts) => T {
  const joined = new WeakMap<Texts, T>([[textsFor(undefined), english]]);
  return (texts) => {
    let value = joined.get(texts);
    if (value === undefined) {
      value = join(texts);
      joined.set(texts, value);
    }
    return value;
  };
}

/** The ten stretches in the texts' language, in the guide's order. */
export const stretchesIn: (texts: Texts) => readonly Stretch[] = memoized(STRETCHES, (texts) =>
  STRETCH_STRUCTURES.map((s) => joinStretch(s, texts.catalog.stretches[s.id])),
);

/** The routines in the texts' language, in the order of ROUTINE_IDS. */
export const routinesIn: (texts: Texts) => readonly Routine[] = memoized(ROUTINES, (texts) =>
  ROUTINE_STRUCTURES.map((r) => joinRoutine(r, texts.catalog.routines[r.id])),
);

/** The safety content in the texts' language. */
export const safetyIn: (texts: Texts) => SafetyContent = memoized(SAFETY, (texts) =>
  joinSafety(RED_FLAG_STRUCTURES, texts.catalog.safety),
);
