/** How long a stretch or routine takes for given preferences ("about 12 minutes"). */
import type { Preferences, RoutineId, StretchId, Variant } from '../catalog/types';
import type { Texts } from '../text/texts';
import { compileRoutine, compileStretch } from './compile';

/** Estimated seconds for a single stretch (all sides and repetitions). */
export function stretchDuration(
  id: StretchId,
  prefs: Preferences,
  variant: Variant = 'standard',
  texts?: Texts,
): number {
  return compileStretch(id, { preferences: prefs, variant, ...(texts ? { texts } : {}) }).durationSeconds;
}

/** Estimated seconds for a routine, leaving out excluded stretches. */
export function routineDuration(id: RoutineId, prefs: Preferences, excluded: StretchId[] = [], texts?: Texts): number {
  return compileRoutine(id, { preferences: prefs, excluded, ...(texts ? { texts } : {}) }).durationSeconds;
}

/** Whole minutes for speaking a duration aloud or on a page (at least 1). */
export function roundedMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}
