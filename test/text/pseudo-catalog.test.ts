/**
 * The catalog through the text seam: in the pseudo-locale every word of every stretch, routine
 * and the safety content comes out accented (so none is left in skill/catalog/), while the
 * structure (ids, kinds, sides, areas, poses, numbers, urgency) is exactly the English one.
 */
import { describe, expect, it } from 'vitest';
import {
  detectRedFlag,
  findRoutine,
  findStretch,
  fullDisclaimerFor,
  getRoutine,
  getStretch,
  ROUTINES,
  routinesIn,
  SAFETY,
  safetyIn,
  STRETCHES,
  stretchesIn,
} from '../../skill/catalog';
import { allNeeds, needId } from '../../skill/catalog/needs';
import { OTHER_STRETCHES, otherStretchesIn } from '../../skill/catalog/others';
import { countrySafety, localeSafety, SAFETY_LOCALES } from '../../skill/catalog/locales';
import { pseudoWords } from '../../skill/text/pseudo';
import { expectNoPlainEnglish, PSEUDO_LOCALE, textsFor } from '../support/pseudo-locale';

/** Fields whose strings are structure, not words: the same in every language. */
const STRUCTURE_KEYS = new Set(['id', 'areas', 'startPosition', 'kind', 'pose', 'stretchId', 'purposes', 'urgency', 'help', 'variant']);

/** Placeholders filled later (the side words, the country's regulator); not words themselves. */
const PLACEHOLDERS = /\{(side|other|regulator)\}/g;

interface Leaf {
  where: string;
  localized: unknown;
  english: unknown;
  structure: boolean;
}

/** Every leaf of the localized object beside the English one at the same place; shapes must match. */
function leaves(localized: unknown, english: unknown, where: string, structure = false, out: Leaf[] = []): Leaf[] {
  if (Array.isArray(english)) {
    expect(Array.isArray(localized), `${where} is a list`).toBe(true);
    const list = localized as unknown[];
    expect(list.length, `${where} length`).toBe(english.length);
    english.forEach((e, i) => leaves(list[i], e, `${where}[${i}]`, structure, out));
  } else if (english && typeof english === 'object') {
    expect(localized && typeof localized === 'object', `${where} is an object`).toBe(true);
    const object = localized as Record<string, unknown>;
    expect(Object.keys(object).sort(), `${where} fields`).toEqual(Object.keys(english).sort());
    for (const [key, value] of Object.entries(english)) {
      leaves(object[key], value, `${where}.${key}`, structure || STRUCTURE_KEYS.has(key), out);
    }
  } else {
    out.push({ where, localized, english, structure });
  }
  return out;
}

function checkCatalogPart(name: string, localized: unknown, english: unknown): number {
  let words = 0;
  for (const leaf of leaves(localized, english, name)) {
    if (typeof leaf.english === 'string' && !leaf.structure) {
      expect(typeof leaf.localized, leaf.where).toBe('string');
      expectNoPlainEnglish(leaf.where, (leaf.localized as string).replace(PLACEHOLDERS, ' '));
      words++;
    } else {
      // Ids, kinds, sides, areas, poses, hold and rep numbers, urgency: identical to English.
      expect(leaf.localized, leaf.where).toEqual(leaf.english);
    }
  }
  return words;
}

describe('the catalog in the pseudo-locale', () => {
  const pseudo = textsFor(PSEUDO_LOCALE);
  const english = textsFor('en-US');

  it("says each country's name, numbers, advice line and regulator in the language's words, with the same digits", () => {
    for (const locale of SAFETY_LOCALES) {
      const place = countrySafety(locale, pseudo);
      const inEnglish = countrySafety(locale, english);
      expectNoPlainEnglish(locale, [place.country, place.emergency.spoken, place.urgentAdvice?.service ?? '', place.urgentAdvice?.spoken ?? '', place.regulator].join('\n'));
      expect(place.emergency.digits, locale).toBe(inEnglish.emergency.digits);
      expect(place.urgentAdvice?.digits, locale).toBe(inEnglish.urgentAdvice?.digits);
      // The sentences that carry them, spoken and written, as the red-flag advice and the safety page say them.
      expectNoPlainEnglish(`${locale} spoken`, pseudo.urgency.URGENCY_SPOKEN_LEAD.urgent(place) + pseudo.urgency.URGENCY_SPOKEN_LEAD.soon(place));
      expectNoPlainEnglish(`${locale} written`, pseudo.urgency.writtenEmergencyLine(place));
    }
    expect(localeSafety('en-GB', english)?.emergency).toEqual({ digits: '999', spoken: 'nine nine nine' });
    expect(localeSafety('fr-FR', pseudo)).toBeUndefined();
  });

  it('has no plain English in any stretch, and the same structure as English', () => {
    const stretches = stretchesIn(pseudo);
    expect(stretches.map((s) => s.id)).toEqual(STRETCHES.map((s) => s.id));
    stretches.forEach((stretch, i) => {
      const words = checkCatalogPart(stretch.id, stretch, STRETCHES[i]);
      expect(words, `${stretch.id} has words to check`).toBeGreaterThan(20);
    });
  });

  it('has no plain English in any routine, and the same stretches and numbers as English', () => {
    const routines = routinesIn(pseudo);
    expect(routines.map((r) => r.id)).toEqual(ROUTINES.map((r) => r.id));
    routines.forEach((routine, i) => {
      expect(checkCatalogPart(routine.id, routine, ROUTINES[i]), `${routine.id} has words to check`).toBeGreaterThan(3);
    });
  });

  it('has no plain English in the safety content, and the same red flags, urgency and help as English', () => {
    const words = checkCatalogPart('safety', safetyIn(pseudo), SAFETY);
    expect(words).toBeGreaterThan(300);
    for (const paragraph of fullDisclaimerFor(PSEUDO_LOCALE)) expectNoPlainEnglish('full disclaimer', paragraph);
  });

  it('gives the language\'s stretch and routine by id, joined once per language', () => {
    expect(getStretch('cat-cow', pseudo).name).toBe('⟦Çáţ-Çóŵ⟧');
    expect(getStretch('cat-cow', pseudo).phases?.map((p) => p.pose)).toEqual(['cow', 'cat']);
    expect(getRoutine('bedtime', pseudo)).toBe(routinesIn(pseudo).find((r) => r.id === 'bedtime'));
    expect(stretchesIn(pseudo)).toBe(stretchesIn(textsFor(PSEUDO_LOCALE)));
    // English is the exported constants themselves, whatever the English locale.
    expect(stretchesIn(english)).toBe(STRETCHES);
    expect(routinesIn(textsFor('en-GB'))).toBe(ROUTINES);
    expect(safetyIn(english)).toBe(SAFETY);
    expect(getStretch('cat-cow').name).toBe('Cat-Cow');
  });

  it('has no plain English in the words people say for needs, body parts, conditions and other stretches', () => {
    const needs = allNeeds(pseudo);
    expect(needs.map((n) => needId(n.need))).toEqual(allNeeds().map((n) => needId(n.need)));
    for (const { need, words } of needs) for (const w of words) expectNoPlainEnglish(needId(need), w);
    const { bodyParts, conditionWords, surgeryWords } = pseudo.catalog;
    for (const w of [...bodyParts, ...conditionWords, ...surgeryWords]) expectNoPlainEnglish('understanding words', w);
    const others = otherStretchesIn(pseudo);
    expect(others.map((o) => [o.id, o.closest])).toEqual(OTHER_STRETCHES.map((o) => [o.id, o.closest]));
    for (const o of others) for (const w of [o.spokenName, ...o.synonyms]) expectNoPlainEnglish(o.id, w);
  });

  it('hears names and warning signs in the language\'s own words, negation included', () => {
    // Someone speaking the pseudo-locale says its words; the English names are not its names
    // (only ids, which are names in every language: "cat-cow").
    expect(findStretch(pseudoWords('the cat cow stretch please'), pseudo)?.id).toBe('cat-cow');
    expect(findStretch(pseudoWords('kitty cat'), pseudo)?.id).toBe('cat-cow');
    expect(findStretch('kitty cat', pseudo)).toBeUndefined();
    expect(findRoutine(pseudoWords('bedtime routine'), pseudo)?.id).toBe('bedtime');
    expect(detectRedFlag(pseudoWords('his legs are numb'), pseudo)?.id).toBe(detectRedFlag('his legs are numb')?.id);
    expect(detectRedFlag(pseudoWords('chest pain'), pseudo)?.id).toBe('chest-pain');
    expect(detectRedFlag(pseudoWords('my legs are numb'), pseudo)?.id).toBe(detectRedFlag('my legs are numb')?.id);
    expect(detectRedFlag('my legs are numb')).toBeDefined();
    expect(detectRedFlag(pseudoWords('no numbness at all'), pseudo)).toBeUndefined();
    expect(detectRedFlag(pseudoWords('numbness'), pseudo)).toBeDefined();
    expect(detectRedFlag('chest pain', pseudo)).toBeUndefined();
  });
});
