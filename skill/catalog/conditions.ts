/**
 * Health conditions and operations people mention: the answer is always to check with a
 * professional first. English, for the en-US model; the words are skill/text/<lang>/catalog/conditions.ts.
 */
import { textsFor } from '../text/locale';

export const CONDITION_WORDS: readonly string[] = textsFor(undefined).catalog.conditionWords;

export const SURGERY_WORDS: readonly string[] = textsFor(undefined).catalog.surgeryWords;
