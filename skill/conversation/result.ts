/** Building player results: the closing prompt and reprompt that fit where the person is. */
import type { TimelineEvent } from '../narration/types';
import { textsFor, type Texts } from '../text/locale';
import type { PendingQuestion, PlayerResult, Showing } from './commands';
import { prompt } from './speech';
import type { UserState } from './types';

/** An answer that keeps the session open with a question and a reprompt. */
export function ask(
  state: UserState,
  speech: TimelineEvent[],
  question: string,
  reprompt: string,
  extra: { pending?: PendingQuestion; show?: Showing; elicitSlot?: 'stretch' } = {},
): PlayerResult {
  return { state, speech, prompt: prompt(question), reprompt: prompt(reprompt), endSession: false, ...extra };
}

/** An answer that ends the session (`closing`: its last words, after anything said about saving). */
export function goodbye(state: UserState, speech: TimelineEvent[], closing: TimelineEvent[] = []): PlayerResult {
  return { state, speech, prompt: closing, reprompt: [], endSession: true };
}

/** Adds what to say about keeping the change, once the save's outcome is known. */
export function withSaving(result: PlayerResult, kept: TimelineEvent[], notKept: TimelineEvent[]): PlayerResult {
  return { ...result, saving: { kept, notKept } };
}

/** The closing question for an answer that does not change what is playing (`texts`: the turn's words, English when absent). */
export function carryOn(
  state: UserState,
  speech: TimelineEvent[],
  extra: { show?: Showing } = {},
  texts: Texts = textsFor(undefined),
): PlayerResult {
  const { prompts } = texts;
  if (state.active && !state.active.paused) {
    return ask(state, speech, prompts.carryOn.question, prompts.carryOn.reprompt, { pending: 'goOn', ...extra });
  }
  if (state.active?.paused) {
    return ask(state, speech, prompts.paused.question, prompts.paused.reprompt, { pending: 'goOn', ...extra });
  }
  return ask(state, speech, prompts.whatNext.question, prompts.whatNext.reprompt, extra);
}
