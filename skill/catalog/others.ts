/**
 * Stretches and poses people ask for that are not in our guide, each with the closest ones we
 * have (what to offer instead of a dead end). Their names are words: skill/text/<lang>/catalog/others.ts.
 */
import { joinOther } from './join';
import type { OtherStretchStructure } from './parts';
import { requestReadings } from './requests';
import type { StretchId } from './types';
import { textsFor, type Texts } from '../text/locale';

export interface OtherStretch {
  id: string;
  /** How Alexa should say it back, e.g. "downward dog". */
  spokenName: string;
  synonyms: string[];
  closest: StretchId[];
}

const OTHER_STRETCH_STRUCTURES: readonly OtherStretchStructure[] = [
  { id: 'downward-dog', closest: ['childs-pose', 'cat-cow'] },
  { id: 'puppy-pose', closest: ['childs-pose', 'thread-the-needle'] },
  { id: 'pigeon-pose', closest: ['piriformis-stretch', 'knee-to-chest'] },
  { id: 'butterfly', closest: ['piriformis-stretch'] },
  { id: 'hip-opener', closest: ['piriformis-stretch', 'knee-to-chest'] },
  { id: 'hamstring-stretch', closest: ['knee-to-chest', 'piriformis-stretch'] },
  { id: 'happy-baby', closest: ['knee-to-chest', 'piriformis-stretch'] },
  { id: 'bridge', closest: ['pelvic-tilts'] },
  { id: 'backbends', closest: ['sphinx-pose', 'standing-back-extension'] },
  { id: 'cobra', closest: ['sphinx-pose'] },
  { id: 'standing-poses', closest: ['standing-back-extension', 'side-stretch'] },
  { id: 'lying-twist', closest: ['seated-spinal-twist', 'knee-to-chest'] },
  { id: 'neck-stretch', closest: ['thread-the-needle', 'side-stretch'] },
  { id: 'leg-stretches', closest: ['piriformis-stretch', 'knee-to-chest'] },
  { id: 'chest-opener', closest: ['thread-the-needle', 'standing-back-extension'] },
  { id: 'plank', closest: ['pelvic-tilts', 'cat-cow'] },
];

const byTexts = new WeakMap<Texts, readonly OtherStretch[]>();

/** The other stretches, named in the texts' language. */
export function otherStretchesIn(texts: Texts): readonly OtherStretch[] {
  let others = byTexts.get(texts);
  if (!others) {
    others = OTHER_STRETCH_STRUCTURES.map((o) => joinOther(o, texts.catalog.others[o.id]));
    byTexts.set(texts, others);
  }
  return others;
}

/** The other stretches in English (the interaction model's slot values). */
export const OTHER_STRETCHES: readonly OtherStretch[] = otherStretchesIn(textsFor(undefined));

/** The other stretch a name means, if it is one of these. */
export function findOtherStretch(spoken: string, texts: Texts = textsFor(undefined)): OtherStretch | undefined {
  const key = spoken.toLowerCase().replace(/[^\p{L} ]/gu, '').replace(/\s+/g, ' ').trim();
  const others = otherStretchesIn(texts);
  // As said, then without the polite words around a request ("do the downward dog").
  for (const reading of requestReadings(key, texts.language)) {
    const other = others.find((o) => o.spokenName === reading || o.synonyms.includes(reading));
    if (other) return other;
  }
  return undefined;
}
