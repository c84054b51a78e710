/**
 * What the person hears about saving this turn, decided after the save (commitTurn): the
 * player's own kept / not-kept sentences when it gave them, else, when something could not be
 * stored, a notice once per outage. Never a word about saving when all is stored.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { PlayerResult } from '../../skill/conversation/commands';
import type { TimelineEvent } from '../../skill/narration/types';
import { isKept, type TurnState } from '../state/access';
import { NOTICE_KEY } from '../state/carried-session';
import type { Texts } from './texts';

export function savingSpeech(input: HandlerInput, result: PlayerResult, turn: TurnState | undefined, texts: Texts): TimelineEvent[] {
  const progressNotKept = texts.saving.progressNotKept;
  const kept = isKept(turn);
  if (result.saving) return kept ? result.saving.kept : result.saving.notKept;
  const outcome = turn?.committed?.outcome;
  if (kept || outcome === undefined || outcome === 'unchanged') return [];
  if (!input.requestEnvelope?.session) return [{ type: 'say', text: progressNotKept, role: 'transition' }];
  const attributes = input.attributesManager.getSessionAttributes();
  if (attributes[NOTICE_KEY] === true) return [];
  attributes[NOTICE_KEY] = true;
  return [{ type: 'say', text: progressNotKept, role: 'transition' }];
}
