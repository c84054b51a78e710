import { SAFETY } from './safety';
import { toWords } from './text';
import type { RedFlagGroup, RedFlagUrgency } from './types';

const URGENCY_RANK: Record<RedFlagUrgency, number> = { urgent: 0, soon: 1, 'stop-stretch': 2 };

/** A word right before a phrase that negates it: "no pain", "not numb", "without tingling". */
const NEGATORS = new Set(['no', 'not', 'without', 'never', 'zero', "isn't", "wasn't", "aren't", "don't", "doesn't", "didn't"]);

interface PhrasePattern {
  words: string[];
  group: RedFlagGroup;
}

const PATTERNS: PhrasePattern[] = SAFETY.redFlags.flatMap((group) =>
  group.phrases.map((phrase) => ({ words: toWords(phrase).split(' '), group })),
);

function negatedAt(words: string[], start: number): boolean {
  const before = words[start - 1];
  if (before === undefined) return false;
  if (NEGATORS.has(before)) return true;
  // "I don't have any numbness", "there isn't any pain"
  if (before === 'any') return words.slice(Math.max(0, start - 4), start - 1).some((w) => NEGATORS.has(w));
  return false;
}

function occursIn(words: string[], pattern: string[]): boolean {
  outer: for (let start = 0; start + pattern.length <= words.length; start++) {
    for (let k = 0; k < pattern.length; k++) if (words[start + k] !== pattern[k]) continue outer;
    if (!negatedAt(words, start)) return true;
  }
  return false;
}

/**
 * The red-flag group an utterance matches, if any. Phrases match whole words ("numb" does
 * not match "number"); a phrase right after "no"/"not"/"without" does not count; when
 * several groups match, the most urgent wins (urgent, then soon, then stop-stretch).
 */
export function detectRedFlag(utterance: string): RedFlagGroup | undefined {
  const words = toWords(utterance).split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  let found: RedFlagGroup | undefined;
  for (const { words: pattern, group } of PATTERNS) {
    if (found && URGENCY_RANK[found.urgency] <= URGENCY_RANK[group.urgency]) continue;
    if (occursIn(words, pattern)) found = group;
  }
  return found;
}
