/**
 * Spoken-form text helpers shared by the model builder, the validator and the matcher.
 * Alexa sample utterances and slot values are lower case words; people type (and
 * catalogs write) "Cat-Cow", "child’s pose?" or "figure 4".
 */

const SMALL_NUMBERS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Spells out 0-99 ("20" -> "twenty", "45" -> "forty five"); larger numbers are left as digits. */
export function spellNumber(digits: string): string {
  const n = Number(digits);
  if (!Number.isInteger(n) || n < 0 || n > 99) return digits;
  if (n < 20) return SMALL_NUMBERS[n] ?? digits;
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens} ${SMALL_NUMBERS[n % 10]}`;
}

/**
 * The form Alexa would transcribe: lower case, curly apostrophes straightened, hyphens and
 * slashes as spaces, small numbers spelled out, other punctuation dropped, single spaces.
 * Periods are kept only inside abbreviations written as "a. b." (a single letter before them).
 */
export function toSpokenForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[-\u2010-\u2015/_]/g, ' ')
    .replace(/\d+/g, (d) => ` ${spellNumber(d)} `)
    .replace(/\b([a-z])\./g, '$1\u0000')
    .replace(/[^a-z' \u0000]/g, ' ')
    .replace(/\u0000/g, '.')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a typed phrase, for matching: spoken form split on spaces. */
export function words(text: string): string[] {
  const spoken = toSpokenForm(text).replace(/\./g, '');
  return spoken === '' ? [] : spoken.split(' ');
}

/** Keys already made: the matcher asks for the same words' keys over and over. Bounded. */
const matchKeys = new Map<string, string>();
const MAX_REMEMBERED_KEYS = 50_000;

/** Comparison key of a word or phrase: apostrophes ignored ("lets" = "let's", "childs" = "child's"). */
export function matchKey(text: string): string {
  const known = matchKeys.get(text);
  if (known !== undefined) return known;
  const key = words(text).join(' ').replace(/'/g, '');
  if (matchKeys.size >= MAX_REMEMBERED_KEYS) matchKeys.clear();
  matchKeys.set(text, key);
  return key;
}
