/** English grammar for the text seam (see skill/text/language.ts). */
import type { Side } from '../../catalog/types';
import type { Language } from '../language';

const CARDINALS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen', 'twenty',
];
const ORDINALS = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
  'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

const SIDES: Record<Side, string> = { right: 'right', left: 'left' };

export const language: Language = {
  code: 'en',
  number: (n) => CARDINALS[n] ?? String(n),
  ordinal(n) {
    const word = ORDINALS[n];
    if (word) return word;
    const lastTwo = n % 100;
    const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}`;
  },
  list(items, joiner = 'and') {
    if (items.length <= 1) return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
  },
  side: (side) => SIDES[side],
  plural: (n, one, many) => (n === 1 ? one : many),
  capitalize: (text) => text.charAt(0).toUpperCase() + text.slice(1),
  sentence(text) {
    const trimmed = text.trim();
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  },
  // About 1.4 syllables a word at the 150-odd words a minute of the Alexa voice.
  syllablesPerSecond: 3.6,
  negationWords: new Set(['no', 'not', 'without', 'never', 'zero', "isn't", "wasn't", "aren't", "don't", "doesn't", "didn't"]),
};
