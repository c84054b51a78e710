/**
 * Text from outside (what Alexa heard, stored or carried values) made safe for SSML, cards,
 * APL and logs: cut on character boundaries, never inside an emoji or a surrogate pair, and
 * stripped of characters XML does not allow (control characters, lone surrogates, U+FFFE/FFFF).
 */

/** Characters XML 1.0 forbids: C0 controls other than tab/newline/return, lone surrogates, U+FFFE, U+FFFF. */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without XML-illegal characters. */
export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * At most `max` characters (as a person counts them: an emoji with its modifiers is one),
 * cut after the last space when there is one in the second half. XML-illegal characters removed.
 */
export function cutText(text: string, max: number): string {
  const safe = xmlSafe(text);
  if (safe.length <= max) return safe;
  let cut = '';
  let count = 0;
  for (const { segment } of graphemes.segment(safe)) {
    if (count === max) break;
    cut += segment;
    count += 1;
  }
  if (count < max) return cut;
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > cut.length / 2 ? cut.slice(0, lastSpace) : cut;
}

/** Every string inside a JSON-like value made XML-safe (APL documents, card fields). */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map((item) => xmlSafeDeep(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafeDeep(item)])) as T;
  }
  return value;
}

/** At most `max` UTF-16 units (how Alexa's limits count), never ending in half a surrogate pair. */
export function fitLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
