/**
 * The pseudo-locale ("qps-ploc"): every string of the English texts with its letters accented
 * and wrapped in ⟦ ⟧. Rendering the product in it shows at once any word that did not come
 * through the text modules: it is the only plain ASCII left (see `plainWordsIn`).
 *
 * Text functions are wrapped so only their own words are transformed, never their arguments:
 * a stretch name passed in from somewhere else stays plain and is caught.
 */
import type { Texts } from './texts';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyz'].map((letter, i) => [letter, [...'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýž'][i] ?? letter]),
);

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => {
    const lower = ACCENTED[letter.toLowerCase()] ?? letter;
    return letter === letter.toLowerCase() ? lower : lower.toUpperCase();
  });
}

/** The letters without their accents ("ĥóļð": "hold"), for counting what the voice says. */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Markup, placeholders and entities stay as they are: `<break time="1s"/>`, `{side}`, `&amp;`. */
const UNTOUCHED = /(<[^>]*>|\{[a-z]+\}|&[a-z]+;|&#\d+;)/;

/** The pseudo form of our own words: accented outside markup, in ⟦ ⟧. */
export function pseudoWords(text: string): string {
  if (text.trim() === '') return text;
  const parts = text.split(UNTOUCHED).map((part, i) => (i % 2 === 1 ? part : accent(part)));
  return `⟦${parts.join('')}⟧`;
}

/** Strings passed into a text function: they are not its words, so they stay as given. */
function argumentStrings(args: readonly unknown[], depth = 0, out: string[] = []): string[] {
  for (const arg of args) {
    if (typeof arg === 'string' && /[A-Za-z]{2,}/.test(arg)) out.push(arg);
    else if (typeof arg === 'number') continue;
    else if (depth < 2 && Array.isArray(arg)) argumentStrings(arg, depth + 1, out);
    else if (depth < 2 && arg && typeof arg === 'object') argumentStrings(Object.values(arg), depth + 1, out);
  }
  return out.sort((a, b) => b.length - a.length);
}

function pseudoExcept(text: string, keep: readonly string[]): string {
  if (keep.length === 0) return pseudoWords(text);
  const escaped = keep.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`));
  return parts.map((part, i) => (i % 2 === 1 ? part : pseudoWords(part))).join('');
}

function pseudoValue(value: unknown, keep: readonly string[] = []): unknown {
  if (typeof value === 'string') return pseudoExcept(value, keep);
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => pseudoValue(fn(...args), argumentStrings(args));
  }
  if (Array.isArray(value)) return value.map((v) => pseudoValue(v, keep));
  if (value instanceof Set) return new Set([...value].map((v) => pseudoValue(v, keep)));
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, pseudoValue(v, keep)]));
  const proto: unknown = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (value && typeof value === 'object' && (proto === Object.prototype || proto === null)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoValue(v, keep)]));
  }
  return value;
}

/** The pseudo-locale's texts, made from English. */
export function pseudoTexts<T extends Texts>(texts: T): T {
  const pseudo = pseudoValue(texts) as T;
  // The language's tag and its speech rate are data, not words; spelling numbers out, counting
  // syllables and dropping plural endings are rules for counting and matching, never shown, so
  // they stay the language's own. A side is an id ('right'), not words passed in: its word is
  // the language's own, so it is transformed too.
  return {
    ...pseudo,
    language: {
      ...pseudo.language,
      code: 'qps',
      syllablesPerSecond: texts.language.syllablesPerSecond,
      spellNumber: texts.language.spellNumber,
      // Counted on the word without its accents: the pseudo words are English in disguise, and an
      // accented vowel ("ó") is still the vowel the English rule counts.
      syllables: (word) => texts.language.syllables(withoutAccents(word)),
      singularKey: texts.language.singularKey,
      side: (side) => pseudoWords(texts.language.side(side)),
      // Likewise the joiner ('and' | 'or') picks the language's word; only the items stay as given.
      list: (items, joiner) => pseudoExcept(texts.language.list(items, joiner), argumentStrings([items])),
    },
  };
}

/**
 * The plain words left in something rendered in the pseudo-locale, after markup, entities and
 * web addresses are set aside: each one is English that did not come through the text modules.
 */
export function plainWordsIn(rendered: string): string[] {
  const text = rendered
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ');
  return text.match(/[A-Za-z]{2,}/g) ?? [];
}
