import { safetyIn } from './localized';
import { toWords } from './text';
import type { RedFlagGroup, RedFlagUrgency } from './types';
import type { Language } from '../text/language';
import { textsFor, type Texts } from '../text/locale';

/** The more urgent advice first: get help now, then see someone soon, then ease out of the stretch. */
export const URGENCY_RANK: Record<RedFlagUrgency, number> = { urgent: 0, soon: 1, 'stop-stretch': 2 };

type Words = string[];

interface GroupPatterns {
  group: RedFlagGroup;
  phrases: Words[];
  combinations: { symptoms: Words[]; places: Words[] }[];
}

const split = (phrase: string, language: Language): Words => toWords(phrase, language).split(' ').filter((w) => w.length > 0);

/**
 * Someone reporting for another person ("she wet herself", "his legs are numb") means the same
 * warning sign: third-person words are read as first-person ones before matching.
 */
type AsFirstPerson = Readonly<Record<string, string>>;

const firstPerson = (words: Words, asFirstPerson: AsFirstPerson): Words => words.map((w) => asFirstPerson[w] ?? w);

/** Groups in order of urgency, most urgent first, with their phrases split into words. */
function patternsOf(groups: readonly RedFlagGroup[], asFirstPerson: AsFirstPerson, language: Language): GroupPatterns[] {
  return [...groups]
    .sort((a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency])
    .map((group) => ({
      group,
      phrases: group.phrases.map((p) => firstPerson(split(p, language), asFirstPerson)),
      combinations: (group.combinations ?? []).map((c) => ({
        symptoms: c.symptoms.map((p) => firstPerson(split(p, language), asFirstPerson)),
        places: c.places.map((p) => firstPerson(split(p, language), asFirstPerson)),
      })),
    }));
}

interface LanguagePatterns {
  groups: GroupPatterns[];
  /** The language's negation words, in the form utterances are compared in. */
  negators: ReadonlySet<string>;
  /** Words a negation reaches across ("any"), in the same form. */
  bridges: ReadonlySet<string>;
}

type Negation = Pick<LanguagePatterns, 'negators' | 'bridges'>;

/** The patterns of each language's red flags, made once. */
const patternsByTexts = new WeakMap<Texts, LanguagePatterns>();

function patternsIn(texts: Texts): LanguagePatterns {
  let patterns = patternsByTexts.get(texts);
  if (!patterns) {
    patterns = {
      groups: patternsOf(safetyIn(texts).redFlags, texts.catalog.matching.asFirstPerson, texts.language),
      negators: new Set([...texts.language.negationWords].map((w) => toWords(w, texts.language))),
      bridges: new Set([...texts.language.negationBridges].map((w) => toWords(w, texts.language))),
    };
    patternsByTexts.set(texts, patterns);
  }
  return patterns;
}

/** Words right before a phrase that negate it ("no pain", "not numb", "without tingling"), or a few words before a bridge ("any"). */
function negatedAt(words: Words, start: number, { negators, bridges }: Negation): boolean {
  const before = words[start - 1];
  if (before === undefined) return false;
  if (negators.has(before)) return true;
  // "I don't have any numbness", "there isn't any pain"
  if (bridges.has(before)) return words.slice(Math.max(0, start - 4), start - 1).some((w) => negators.has(w));
  return false;
}

/** True when the phrase occurs as whole words, and at least once without a negation before it. */
function occursIn(words: Words, phrase: Words, negation: Negation, allowNegated = false): boolean {
  if (phrase.length === 0) return false;
  outer: for (let start = 0; start + phrase.length <= words.length; start++) {
    for (let k = 0; k < phrase.length; k++) if (words[start + k] !== phrase[k]) continue outer;
    if (allowNegated || !negatedAt(words, start, negation)) return true;
  }
  return false;
}

function matches(words: Words, patterns: GroupPatterns, negation: Negation): boolean {
  if (patterns.phrases.some((p) => occursIn(words, p, negation))) return true;
  return patterns.combinations.some(
    (c) => c.symptoms.some((s) => occursIn(words, s, negation)) && c.places.some((p) => occursIn(words, p, negation, true)),
  );
}

/**
 * The red-flag group an utterance matches, if any. Phrases match whole words ("numb" does
 * not match "number"); a symptom right after "no"/"not"/"without" does not count; when
 * several groups match, the most urgent wins (urgent, then soon, then stop-stretch).
 */
export function detectRedFlag(utterance: string, texts: Texts = textsFor(undefined)): RedFlagGroup | undefined {
  const words = firstPerson(split(utterance, texts.language), texts.catalog.matching.asFirstPerson);
  if (words.length === 0) return undefined;
  const { groups, ...negation } = patternsIn(texts);
  return groups.find((patterns) => matches(words, patterns, negation))?.group;
}
