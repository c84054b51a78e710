/**
 * Reading slots: entity resolution ids first (the interaction model uses catalog ids as
 * slot value ids), then the catalog's fuzzy lookup on the raw words.
 */
import type { Intent, Slot } from 'ask-sdk-model';
import { findRoutine, findStretch, isRoutineId, isStretchId } from '../../skill/catalog/index';
import type { RoutineId, StretchId } from '../../skill/catalog/types';
import type { PreferenceValue } from '../../skill/catalog/types';
import { isPreferenceValue } from '../../skill/state/preferences';
import { cutText } from '../../skill/text/safe-text';
import type { Texts } from '../responses/texts';

export interface SlotReading<Id extends string> {
  /** The resolved id, when there is one. */
  id?: Id;
  /** The raw words, when the slot was filled. */
  heard?: string;
  /** exact: entity resolution matched; loose: only the catalog's fuzzy lookup did; none: filled but unknown; empty: not filled. */
  match: 'exact' | 'loose' | 'none' | 'empty';
}

/** The first entity-resolution id that matched, from any authority. */
export function resolvedId(slot: Slot | undefined): string | undefined {
  for (const authority of slot?.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code !== 'ER_SUCCESS_MATCH') continue;
    const id = authority.values?.[0]?.value?.id;
    if (id) return id;
  }
  return undefined;
}

/** Longest slot text we keep: names are short; anything longer is noise we must not read back at length. */
export const MAX_HEARD_CHARS = 60;

/** The slot's words, trimmed and cut to MAX_HEARD_CHARS. */
export function rawSlotValue(slot: Slot | undefined): string | undefined {
  return rawValue(slot);
}

function rawValue(slot: Slot | undefined): string | undefined {
  const raw: unknown = slot?.value;
  if (typeof raw !== 'string') return undefined;
  const value = cutText(raw.slice(0, MAX_HEARD_CHARS * 8).replace(/\s+/g, ' ').trim(), MAX_HEARD_CHARS).trim();
  return value || undefined;
}

function readSlot<Id extends string>(
  intent: Intent | undefined,
  name: string,
  isId: (value: string) => value is Id,
  find: (spoken: string) => Id | undefined,
): SlotReading<Id> {
  const slot = intent?.slots?.[name];
  const heard = rawValue(slot);
  const id = resolvedId(slot);
  if (id && isId(id)) return { id, heard, match: 'exact' };
  if (!heard) return { match: 'empty' };
  const found = find(heard);
  return found ? { id: found, heard, match: 'loose' } : { heard, match: 'none' };
}

/** The stretch named, looked up in the names of the texts' language (default: English). */
export function readStretch(intent: Intent | undefined, name = 'stretch', texts?: Texts): SlotReading<StretchId> {
  return readSlot(intent, name, isStretchId, (spoken) => findStretch(spoken, texts)?.id);
}

/** The routine named in the carrier slot ("start my {routine}") or said alone ({routineName}). */
export function readRoutine(intent: Intent | undefined, name = 'routine', texts?: Texts): SlotReading<RoutineId> {
  const reading = readSlot(intent, name, isRoutineId, (spoken) => findRoutine(spoken, texts)?.id);
  if (reading.match !== 'empty' || name !== 'routine') return reading;
  return readSlot(intent, 'routineName', isRoutineId, (spoken) => findRoutine(spoken, texts)?.id);
}

/** Preference: resolution id, or the raw words written like an id ("longer holds" -> longer-holds). */
export function readPreference(intent: Intent | undefined): SlotReading<PreferenceValue> {
  return readSlot(intent, 'preference', isPreferenceValue, (spoken) => {
    const asId = spoken.toLowerCase().replace(/\s+/g, '-');
    return isPreferenceValue(asId) ? asId : undefined;
  });
}

/** Symptom: the red-flag group id from resolution (not checked here) and the words. */
export function readSymptom(intent: Intent | undefined, texts: Texts): { groupId?: string; heard?: string } {
  const slot = intent?.slots?.symptom;
  const words = rawValue(slot);
  const place = rawValue(intent?.slots?.place);
  // "pins and needles in my leg": where it is can change the advice (one leg, both, the groin).
  // "It hurts in my chest" is chest pain: a hurt is also read as pain in that place.
  const painful = words !== undefined && words.split(/\W+/).some((word) => texts.heard.PAIN_WORDS.includes(word));
  const heard = words && place ? texts.heard.symptomInPlace(words, place, painful) : words;
  return { groupId: resolvedId(slot), heard };
}
