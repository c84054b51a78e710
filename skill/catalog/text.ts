/** Text helpers shared by the catalog's lookups and red-flag detection; the words and rules are the language's. */

import type { Language } from '../text/language';
import { textsFor } from '../text/locale';

/** Digits up to this are read as the words said for them ("figure 4" is "figure four"). */
const DIGITS_AS_WORDS_UP_TO = 10;

const escaped = (phrase: string): string => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as whole words: not inside a longer word of any language's letters. */
export function wholeWords(phrase: string): string {
  return `(?<![\\p{L}\\p{N}])${escaped(phrase)}(?![\\p{L}\\p{N}])`;
}

/**
 * Any one of the phrases as whole words, tried in the order given: the same matches as their
 * wholeWords patterns joined by "|", with the word edges checked once around them all instead
 * of around each (a long list of phrases compiled 30 times slower the other way).
 */
export function anyWholeWords(phrases: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${phrases.map(escaped).join('|')})(?![\\p{L}\\p{N}])`;
}

/** The language's spellings as patterns, made once per language. */
const spellingsByLanguage = new WeakMap<Language, readonly (readonly [RegExp, string])[]>();

function spellingsOf(language: Language): readonly (readonly [RegExp, string])[] {
  let spellings = spellingsByLanguage.get(language);
  if (!spellings) {
    spellings = language.spellings.map(([heard, spelling]) => [new RegExp(wholeWords(heard), 'gu'), spelling] as const);
    spellingsByLanguage.set(language, spellings);
  }
  return spellings;
}

/**
 * Lower-case words separated by single spaces: curly quotes become straight, hyphens and
 * other punctuation become spaces (letters of any language stay), apostrophes inside words are kept, small numbers
 * become the language's words, and words said several ways get the language's one spelling ("cannot" -> "can't").
 */
export function toWords(text: string, language: Language = textsFor(undefined).language): string {
  let t = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\b\d+\b/g, (d) => (String(Number(d)) === d && Number(d) <= DIGITS_AS_WORDS_UP_TO ? language.spellNumber(Number(d)) : d))
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, spelling] of spellingsOf(language)) t = t.replace(pattern, spelling);
  return t;
}

/** Levenshtein distance between two strings (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
