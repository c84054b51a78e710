import { routinesIn, stretchesIn } from './localized';
import { editDistance, toWords } from './text';
import { ROUTINE_IDS, STRETCH_IDS } from './types';
import type { Routine, RoutineId, Stretch, StretchId } from './types';
import type { Language } from '../text/language';
import { textsFor, type Texts } from '../text/locale';

export function isStretchId(value: unknown): value is StretchId {
  return typeof value === 'string' && (STRETCH_IDS as readonly string[]).includes(value);
}

export function isRoutineId(value: unknown): value is RoutineId {
  return typeof value === 'string' && (ROUTINE_IDS as readonly string[]).includes(value);
}

/** The texts a lookup uses when none are given: English. */
const ENGLISH = (): Texts => textsFor(undefined);

/** The stretch with this id, in the texts' language. Throws for an id outside STRETCH_IDS (a programming error). */
export function getStretch(id: StretchId, texts: Texts = ENGLISH()): Stretch {
  const stretch = stretchesIn(texts).find((s) => s.id === id);
  if (!stretch) throw new Error(`No stretch with id "${id}" in the catalog.`);
  return stretch;
}

/** The routine with this id. Throws for an id outside ROUTINE_IDS (a programming error). */
export function getRoutine(id: RoutineId, texts: Texts = ENGLISH()): Routine {
  const routine = routinesIn(texts).find((r) => r.id === id);
  if (!routine) throw new Error(`No routine with id "${id}" in the catalog.`);
  return routine;
}

/** The words around names the texts' language drops before matching (skill/text/<lang>/catalog/matching.ts). */
const matchingIn = (texts: Texts) => texts.catalog.matching;

/**
 * The comparable form of a spoken name: lower case, no punctuation or apostrophes, no
 * articles, no trailing "stretch"/"pose"/"exercise" (or "routine" for routines), each word
 * without its plural ending (the language's `singularKey`).
 */
export function lookupKey(
  spoken: string,
  tailWords: ReadonlySet<string> = matchingIn(ENGLISH()).stretchTailWords,
  fillerWords: ReadonlySet<string> = matchingIn(ENGLISH()).fillerWords,
  language: Language = ENGLISH().language,
): string {
  const words = toWords(spoken, language)
    .replace(/'/g, '')
    .split(' ')
    .filter((w) => w.length > 0 && !fillerWords.has(w));
  while (words.length > 1 && tailWords.has(words[words.length - 1] ?? '')) words.pop();
  return words.map((w) => language.singularKey(w)).join(' ');
}

interface Named<Id extends string> {
  id: Id;
  name: string;
  spokenName: string;
  synonyms: string[];
}

interface KeyEntry<T> {
  key: string;
  item: T;
}

/** How names are compared in a language: the words dropped around them and the language's rules. */
interface Matching {
  tailWords: ReadonlySet<string>;
  fillerWords: ReadonlySet<string>;
  language: Language;
}

const keyOf = (spoken: string, m: Matching): string => lookupKey(spoken, m.tailWords, m.fillerWords, m.language);

function buildKeys<T extends Named<string>>(items: readonly T[], m: Matching): KeyEntry<T>[] {
  const entries: KeyEntry<T>[] = [];
  for (const item of items) {
    const keys = new Set([item.id, item.name, item.spokenName, ...item.synonyms].map((s) => keyOf(s, m)));
    for (const key of keys) if (key) entries.push({ key, item });
  }
  return entries;
}

/** How many character edits a near-miss may need, by length: short words must match exactly. */
function allowedEdits(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  return Math.floor(length / 3);
}

function findByName<T extends Named<string>>(spoken: string, entries: KeyEntry<T>[], m: Matching): T | undefined {
  const heard = keyOf(spoken, m);
  if (!heard) return undefined;
  const exact = entries.find((e) => e.key === heard);
  if (exact) return exact.item;

  // The name said inside a longer phrase ("the cat cow stretch for me"): the longest key wins.
  // Single short words ("side", "child") only count on their own, so "side plank" stays unknown.
  const padded = ` ${heard} `;
  const contained = entries
    .filter((e) => (e.key.includes(' ') || e.key.length >= 6) && padded.includes(` ${e.key} `))
    .sort((a, b) => b.key.length - a.key.length);
  if (contained[0]) return contained[0].item;

  // A near miss ("cat cough", "sphynx"): the single closest item within the allowed edits.
  let best: { distance: number; items: Set<T> } = { distance: Infinity, items: new Set() };
  for (const entry of entries) {
    const distance = editDistance(heard, entry.key);
    if (distance > allowedEdits(Math.max(heard.length, entry.key.length))) continue;
    if (distance < best.distance) best = { distance, items: new Set([entry.item]) };
    else if (distance === best.distance) best.items.add(entry.item);
  }
  if (best.items.size !== 1) return undefined; // nothing close, or a tie between two items
  return [...best.items][0];
}

/** The names' keys, made once per language's catalog. */
const stretchKeys = new WeakMap<readonly Stretch[], KeyEntry<Stretch>[]>();
const routineKeys = new WeakMap<readonly Routine[], KeyEntry<Routine>[]>();

function keysOf<T extends Named<string>>(cache: WeakMap<readonly T[], KeyEntry<T>[]>, items: readonly T[], m: Matching): KeyEntry<T>[] {
  let keys = cache.get(items);
  if (!keys) {
    keys = buildKeys(items, m);
    cache.set(items, keys);
  }
  return keys;
}

function stretchMatching(texts: Texts): Matching {
  const { stretchTailWords: tailWords, fillerWords } = matchingIn(texts);
  return { tailWords, fillerWords, language: texts.language };
}

/** The stretch a person means by what they said: names, synonyms, then close near-misses. */
export function findStretch(spoken: string, texts: Texts = ENGLISH()): Stretch | undefined {
  const m = stretchMatching(texts);
  return findByName(spoken, keysOf(stretchKeys, stretchesIn(texts), m), m);
}

/** The routine a person means ("daily", "the desk one", "bedtime routine"...). */
export function findRoutine(spoken: string, texts: Texts = ENGLISH()): Routine | undefined {
  const { routineTailWords: tailWords, fillerWords } = matchingIn(texts);
  const m = { tailWords, fillerWords, language: texts.language };
  return findByName(spoken, keysOf(routineKeys, routinesIn(texts), m), m);
}

/**
 * Up to n stretches closest to what was heard, best first, for "did you mean...".
 * Closeness: the smallest edit distance to any of a stretch's names, relative to length,
 * with a bonus for sharing a whole word.
 */
export function suggestStretches(spoken: string, n: number, texts: Texts = ENGLISH()): Stretch[] {
  const stretches = stretchesIn(texts);
  const m = stretchMatching(texts);
  const heard = keyOf(spoken, m);
  const heardWords = new Set(heard.split(' ').filter((w) => w.length > 2));
  const scores = new Map<Stretch, number>();
  for (const { key, item } of keysOf(stretchKeys, stretches, m)) {
    const relative = editDistance(heard, key) / Math.max(heard.length, key.length, 1);
    const sharesWord = key.split(' ').some((w) => heardWords.has(w));
    const score = relative - (sharesWord ? 0.5 : 0);
    const previous = scores.get(item);
    if (previous === undefined || score < previous) scores.set(item, score);
  }
  return [...scores.entries()]
    .sort((a, b) => a[1] - b[1] || stretches.indexOf(a[0]) - stretches.indexOf(b[0]))
    .slice(0, Math.max(0, n))
    .map(([stretch]) => stretch);
}
