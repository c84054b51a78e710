/** Reads the player's ?hold= and ?pace= query values into catalog Preferences, rejecting unknown values. */
import { DEFAULT_PREFERENCES, type Preferences } from '../skill/catalog/types';
import { HOLD_LENGTHS, PACES } from '../skill/state/preferences';

export type PreferencesQueryResult = { ok: true; preferences: Preferences } | { ok: false; message: string };

export function preferencesFromQuery(hold: string | undefined, pace: string | undefined): PreferencesQueryResult {
  const preferences: Preferences = { ...DEFAULT_PREFERENCES };
  if (hold !== undefined && hold !== '') {
    const match = HOLD_LENGTHS.find((value) => value === hold);
    if (!match) return { ok: false, message: `hold must be one of ${HOLD_LENGTHS.join(', ')}` };
    preferences.holdLength = match;
  }
  if (pace !== undefined && pace !== '') {
    const match = PACES.find((value) => value === pace);
    if (!match) return { ok: false, message: `pace must be one of ${PACES.join(', ')}` };
    preferences.pace = match;
  }
  return { ok: true, preferences };
}
