/** Text helpers shared by the catalog's lookups and red-flag detection. */

const DIGIT_WORDS: Record<string, string> = {
  '0': 'zero', '1': 'one', '2': 'two', '3': 'three', '4': 'four', '5': 'five',
  '6': 'six', '7': 'seven', '8': 'eight', '9': 'nine', '10': 'ten',
};

/** Contractions said or transcribed without an apostrophe, or spelled out. */
const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan not\b/g, "can't"],
  [/\bcannot\b/g, "can't"],
  [/\bcant\b/g, "can't"],
  [/\bdont\b/g, "don't"],
  [/\bdoesnt\b/g, "doesn't"],
  [/\bdoes not\b/g, "doesn't"],
  [/\bisnt\b/g, "isn't"],
  [/\bis not\b/g, "isn't"],
  [/\bwont\b/g, "won't"],
  [/\bwill not\b/g, "won't"],
  [/\bhasnt\b/g, "hasn't"],
  [/\bhas not\b/g, "hasn't"],
  [/\bim\b/g, "i'm"],
  [/\bi am\b/g, "i'm"],
  [/\bits\b/g, "it's"],
  [/\bit is\b/g, "it's"],
];

/**
 * Lower-case words separated by single spaces: curly quotes become straight, hyphens and
 * other punctuation become spaces (letters of any language stay), apostrophes inside words are kept, digits become words,
 * and common contractions get one spelling ("cannot" -> "can't").
 */
export function toWords(text: string): string {
  let t = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\b\d+\b/g, (d) => DIGIT_WORDS[d] ?? d)
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of CONTRACTIONS) t = t.replace(pattern, replacement);
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
