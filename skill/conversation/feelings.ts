/** "It's a good stretch", "I feel great": a warm acknowledgement, never "does something hurt?". */
import { detectRedFlag } from '../catalog/index';
import type { Texts } from '../text/texts';
import type { PlayerResult } from './commands';
import { carryOn } from './result';
import { say } from './speech';
import type { Turn } from './turn';
import type { UserState } from './types';

/** Only good words, nothing that hurts ("great", "a nice stretch", "much better"), in the words of `texts`. */
export function soundsPositive(words: string, texts: Texts): boolean {
  const { POSITIVE_CORE, POSITIVE_WORDS } = texts.feelings;
  const list = words.toLowerCase().replace(/[^\p{L}' ]/gu, ' ').split(/\s+/).filter(Boolean);
  if (list.length === 0 || detectRedFlag(words, texts)) return false;
  return list.some((w) => POSITIVE_CORE.has(w)) && list.every((w) => POSITIVE_WORDS.has(w));
}

export function feelingGood(state: UserState, ctx: Turn): PlayerResult {
  const { acknowledgements } = ctx.texts.feelings;
  const index = (ctx.pick ?? (() => 0))(acknowledgements.length);
  return carryOn(state, [say(acknowledgements[index] ?? acknowledgements[0])], {}, ctx.texts);
}
