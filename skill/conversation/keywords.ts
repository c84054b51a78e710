/**
 * The last chance before "I didn't catch that": a sentence no sample fitted exactly, read for
 * the words that say what the person wants (the texts' `keywords`). Warning signs are
 * checked before this, everywhere.
 */
import { textsFor, type Texts } from '../text/locale';
import type { Command } from './commands';

type KeywordMeaning = Texts['keywords']['KEYWORD_RULES'][number]['meaning'];

const COMMANDS: Record<KeywordMeaning, Command> = {
  pregnancy: { type: 'understood', what: { kind: 'question', topic: 'pregnancy' } },
  surgery: { type: 'understood', what: { kind: 'question', topic: 'surgery' } },
  condition: { type: 'understood', what: { kind: 'question', topic: 'condition' } },
  'heat-ice': { type: 'understood', what: { kind: 'question', topic: 'heat-ice' } },
  surface: { type: 'understood', what: { kind: 'question', topic: 'surface' } },
  'how-often': { type: 'understood', what: { kind: 'question', topic: 'how-often' } },
  when: { type: 'whenToStretch' },
  'which-side': { type: 'understood', what: { kind: 'whichSide' } },
  floor: { type: 'understood', what: { kind: 'floor' } },
  feel: { type: 'understood', what: { kind: 'feel' } },
  purpose: { type: 'understood', what: { kind: 'purpose' } },
  'how-long': { type: 'howMuchLeft' },
  slower: { type: 'preference', value: 'slower' },
  repeat: { type: 'repeat' },
  previous: { type: 'previous' },
  pause: { type: 'pause' },
  stop: { type: 'stop' },
  easier: { type: 'easier' },
  harder: { type: 'harder' },
  skip: { type: 'skip' },
  next: { type: 'next' },
  'see-a-doctor': { type: 'safety' },
  list: { type: 'list' },
  help: { type: 'help' },
  positive: { type: 'understood', what: { kind: 'feelingGood' } },
};

/** The command some free words most likely mean, if any rule's words occur in them. */
export function commandFromWords(words: string, texts: Texts = textsFor(undefined)): Command | undefined {
  const said = ` ${words.toLowerCase().replace(/[^\p{L}' ]/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  const rule = texts.keywords.KEYWORD_RULES.find((r) => r.any.some((phrase) => said.includes(` ${phrase} `)));
  return rule ? COMMANDS[rule.meaning] : undefined;
}
