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

/** Numbers spelled out, for counting what the voice says. */
const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function spellNumber(n: number): string {
  if (!Number.isFinite(n) || n >= 1000000) return String(n).replace(/\d/g, (d) => `${UNITS[Number(d)]} `).trim();
  if (n >= 1000) return `${spellNumber(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${spellNumber(n % 1000)}` : ''}`;
  if (n >= 100) return `${UNITS[Math.floor(n / 100)]} hundred${n % 100 ? ` ${spellNumber(n % 100)}` : ''}`;
  if (n >= 20) return `${TENS[Math.floor(n / 10)]}${n % 10 ? ` ${UNITS[n % 10]}` : ''}`;
  return UNITS[n]!;
}

/** "could we do", "can you start", "would i try"... */
const ASKING = ['could', 'can', 'would', 'shall'].flatMap((verb) =>
  ['we', 'you', 'i'].flatMap((who) => ['do', 'have', 'start', 'try', 'play'].map((what) => `${verb} ${who} ${what}`)),
);
/** "i want", "i'd like to do", "i need to have"... */
const WANTING = ['i want', 'i would like', "i'd like", 'i need'].flatMap((want) => [want, `${want} to do`, `${want} to have`]);

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
  spellNumber,
  // Vowel groups; a silent final "e" does not count ("pose" is one).
  syllables: (word) => Math.max(1, word.replace(/e$/, '').match(/[aeiouy]+/g)?.length ?? 0),
  // A plural s, but short words and -ss / -is endings stay ("hips" -> "hip", "press", "pelvis").
  singularKey: (word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('is') ? word.slice(0, -1) : word),
  requests: {
    openers: ['yes', 'please'],
    leadIns: [...ASKING, ...WANTING, "let's do", 'give me', 'do', 'start', 'play'],
    closings: ['please'],
    articles: ['my', 'the', 'a', 'an', 'her', 'his', 'some'],
  },
  spellings: [
    ['can not', "can't"], ['cannot', "can't"], ['cant', "can't"],
    ['dont', "don't"],
    ['doesnt', "doesn't"], ['does not', "doesn't"],
    ['isnt', "isn't"], ['is not', "isn't"],
    ['wont', "won't"], ['will not', "won't"],
    ['hasnt', "hasn't"], ['has not', "hasn't"],
    ['im', "i'm"], ['i am', "i'm"],
    ['its', "it's"], ['it is', "it's"],
  ],
  negationWords: new Set(['no', 'not', 'without', 'never', 'zero', "isn't", "wasn't", "aren't", "don't", "doesn't", "didn't"]),
  negationBridges: new Set(['any']),
};
