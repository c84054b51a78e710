/**
 * The person's preferences: the allowed values of each field, and repairing whatever was
 * stored or carried into valid Preferences. The one place these values are checked.
 */
import { DEFAULT_PREFERENCES, type Preferences } from '../catalog/types';
import { PREFERENCE_VALUES, type PreferenceValue } from '../catalog/types';

export const HOLD_LENGTHS: readonly Preferences['holdLength'][] = ['shorter', 'standard', 'longer'];
export const PACES: readonly Preferences['pace'][] = ['normal', 'slower'];
export const CUE_STYLES: readonly Preferences['cueStyle'][] = ['voice', 'chimes'];

/** `value` when it is one of `allowed`, else `fallback`. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Valid Preferences from anything: unknown or missing fields get their defaults. */
export function normalizePreferences(raw: unknown): Preferences {
  const p = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    holdLength: oneOf(p.holdLength, HOLD_LENGTHS, DEFAULT_PREFERENCES.holdLength),
    pace: oneOf(p.pace, PACES, DEFAULT_PREFERENCES.pace),
    cueStyle: oneOf(p.cueStyle, CUE_STYLES, DEFAULT_PREFERENCES.cueStyle),
  };
}

/** A change the person can ask for by voice ("longer holds", "chimes only"...). */
export function isPreferenceValue(value: unknown): value is PreferenceValue {
  return typeof value === 'string' && (PREFERENCE_VALUES as readonly string[]).includes(value);
}
