/** How long a stretch or routine takes for given preferences ("about 12 minutes"). */
import type { Preferences, RoutineId, StretchId, Variant } from '../catalog/types';
import { compileRoutine, compileStretch } from './compile';

/** Estimated seconds for a single stretch (all sides and repetitions). */
export function stretchDuration(
  id: StretchId,
  prefs: Preferences,
  variant: Variant = 'standard',
): number {
  return compileStretch(id, { preferences: prefs, variant }).durationSeconds;
}

/** Estimated seconds for a routine, leaving out excluded stretches. */
export function routineDuration(id: RoutineId, prefs: Preferences, excluded: StretchId[] = []): number {
  return compileRoutine(id, { preferences: prefs, excluded }).durationSeconds;
}

/** Whole minutes for speaking a duration aloud or on a page (at least 1). */
export function roundedMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}
