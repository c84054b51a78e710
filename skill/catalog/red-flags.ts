import { SAFETY } from './safety';
import { toWords } from './text';
import type { RedFlagGroup, RedFlagUrgency } from './types';

/** The more urgent advice first: get help now, then see someone soon, then ease out of the stretch. */
export const URGENCY_RANK: Record<RedFlagUrgency, number> = { urgent: 0, soon: 1, 'stop-stretch': 2 };

/** A word right before a phrase that negates it: "no pain", "not numb", "without tingling". */
const NEGATORS = new Set(['no', 'not', 'without', 'never', 'zero', "isn't", "wasn't", "aren't", "don't", "doesn't", "didn't"]);

type Words = string[];

interface GroupPatterns {
  group: RedFlagGroup;
  phrases: Words[];
  combinations: { symptoms: Words[]; places: Words[] }[];
}

const split = (phrase: string): Words => toWords(phrase).split(' ').filter((w) => w.length > 0);

/**
 * Someone reporting for another person ("she wet herself", "his legs are numb") means the same
 * warning sign: third-person words are read as first-person ones before matching.
 */
const AS_FIRST_PERSON: Readonly<Record<string, string>> = {
  she: 'i', he: 'i', her: 'my', his: 'my', herself: 'myself', himself: 'myself', hers: 'mine', cannot: "can't",
};

const firstPerson = (words: Words): Words => words.map((w) => AS_FIRST_PERSON[w] ?? w);

/** Groups in order of urgency, most urgent first, with their phrases split into words. */
const GROUPS: GroupPatterns[] = [...SAFETY.redFlags]
  .sort((a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency])
  .map((group) => ({
    group,
    phrases: group.phrases.map((p) => firstPerson(split(p))),
    combinations: (group.combinations ?? []).map((c) => ({
      symptoms: c.symptoms.map((p) => firstPerson(split(p))),
      places: c.places.map((p) => firstPerson(split(p))),
    })),
  }));

function negatedAt(words: Words, start: number): boolean {
  const before = words[start - 1];
  if (before === undefined) return false;
  if (NEGATORS.has(before)) return true;
  // "I don't have any numbness", "there isn't any pain"
  if (before === 'any') return words.slice(Math.max(0, start - 4), start - 1).some((w) => NEGATORS.has(w));
  return false;
}

/** True when the phrase occurs as whole words, and at least once without a negation before it. */
function occursIn(words: Words, phrase: Words, allowNegated = false): boolean {
  if (phrase.length === 0) return false;
  outer: for (let start = 0; start + phrase.length <= words.length; start++) {
    for (let k = 0; k < phrase.length; k++) if (words[start + k] !== phrase[k]) continue outer;
    if (allowNegated || !negatedAt(words, start)) return true;
  }
  return false;
}

function matches(words: Words, patterns: GroupPatterns): boolean {
  if (patterns.phrases.some((p) => occursIn(words, p))) return true;
  return patterns.combinations.some(
    (c) => c.symptoms.some((s) => occursIn(words, s)) && c.places.some((p) => occursIn(words, p, true)),
  );
}

/**
 * The red-flag group an utterance matches, if any. Phrases match whole words ("numb" does
 * not match "number"); a symptom right after "no"/"not"/"without" does not count; when
 * several groups match, the most urgent wins (urgent, then soon, then stop-stretch).
 */
export function detectRedFlag(utterance: string): RedFlagGroup | undefined {
  const words = firstPerson(split(utterance));
  if (words.length === 0) return undefined;
  return GROUPS.find((patterns) => matches(words, patterns))?.group;
}
