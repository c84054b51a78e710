/** "It's a good stretch", "I feel great": a warm acknowledgement, never "does something hurt?". */
import { detectRedFlag } from '../catalog/index';
import { acknowledgements, POSITIVE_CORE, POSITIVE_WORDS } from '../text/en/feelings';
import type { PlayerContext, PlayerResult } from './commands';
import { carryOn } from './result';
import { say } from './speech';
import type { UserState } from './types';

/** Only good words, nothing that hurts ("great", "a nice stretch", "much better"). */
export function soundsPositive(words: string): boolean {
  const list = words.toLowerCase().replace(/[^a-z' ]/g, ' ').split(/\s+/).filter(Boolean);
  if (list.length === 0 || detectRedFlag(words)) return false;
  return list.some((w) => POSITIVE_CORE.has(w)) && list.every((w) => POSITIVE_WORDS.has(w));
}

export function feelingGood(state: UserState, ctx: PlayerContext): PlayerResult {
  const index = (ctx.pick ?? (() => 0))(acknowledgements.length);
  return carryOn(state, [say(acknowledgements[index] ?? acknowledgements[0])]);
}
