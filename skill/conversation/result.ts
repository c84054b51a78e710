/** Building player results: the closing prompt and reprompt that fit where the person is. */
import type { TimelineEvent } from '../narration/types';
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

/** The closing question for an answer that does not change what is playing. */
export function carryOn(state: UserState, speech: TimelineEvent[], extra: { show?: Showing } = {}): PlayerResult {
  if (state.active && !state.active.paused) {
    return ask(state, speech, 'Shall we carry on?', 'Say next to carry on, or stop to finish for now. Shall we go on?', { pending: 'goOn', ...extra });
  }
  if (state.active?.paused) {
    return ask(state, speech, 'When you want to carry on, say resume. Ready to go again?', 'Want to carry on? Say resume, or say stop to finish for now.', extra);
  }
  return ask(
    state,
    speech,
    'What would you like to do next?',
    'You can say start my back routine, or name a stretch, like cat-cow. What would you like?',
    extra,
  );
}
