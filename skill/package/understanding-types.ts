/**
 * Slot types for understanding people (generated from the catalog): what they need (body
 * area, purpose, time), body parts a pain is in, stretches we don't have, and conditions or
 * operations they mention.
 */
import { BODY_PARTS } from '../catalog/body-parts';
import { CONDITION_WORDS, SURGERY_WORDS } from '../catalog/conditions';
import { allNeeds, needId } from '../catalog/needs';
import { OTHER_STRETCHES } from '../catalog/others';
import { buildSlotType } from './build-model';
import { textsFor } from '../text/locale';
import { SLOT_TYPES } from './intents';
import type { SlotType } from './model-types';

/** A phrase of at least two words: specific enough to be heard on its own (a bare slot sample). */
const specific = (phrase: string): boolean => phrase.trim().includes(' ');

export function understandingSlotTypes(routine: SlotType): SlotType[] {
  return [
    buildSlotType(SLOT_TYPES.need, allNeeds().map(({ need, words }) => ({ id: needId(need), names: words }))),
    buildSlotType(SLOT_TYPES.situation, allNeeds().map(({ need, words }) => ({ id: needId(need), names: words.filter(specific) }))),
    // Routine names said alone: only the specific ones ("desk break", not "desk" or "long").
    buildSlotType(
      SLOT_TYPES.routineName,
      routine.values.map((v) => {
        const names = [v.name.value, ...(v.name.synonyms ?? [])].filter(specific);
        return { id: v.id, names, variants: names.flatMap((n) => [`the ${n}`, `a ${n}`, `my ${n}`]) };
      }),
    ),
    buildSlotType(SLOT_TYPES.bodyPart, BODY_PARTS.map((part) => ({ id: part.replace(/[^a-z]+/g, '-'), names: [part, `my ${part}`, `the ${part}`] }))),
    buildSlotType(SLOT_TYPES.otherStretch, OTHER_STRETCHES.map((o) => ({ id: o.id, names: [o.spokenName, ...o.synonyms], variants: [o.spokenName, ...o.synonyms].map((n) => `the ${n}`) }))),
    // Free words: the values only name the topics; the handler reads whatever words come.
    buildSlotType(SLOT_TYPES.query, textsFor('en-US').keywords.KEYWORD_RULES.map((rule) => ({ id: rule.meaning, names: rule.any }))),
    buildSlotType(SLOT_TYPES.condition, [
      { id: 'condition', names: CONDITION_WORDS },
      { id: 'surgery', names: SURGERY_WORDS },
    ]),
  ];
}
