/**
 * The routine player: a pure state machine over UserState. One command in, one answer out:
 * the new state, the speech as timeline events (rendered to SSML by the Lambda), the closing
 * prompt and reprompt, and whether the session ends. Semantics of the controls: session.ts.
 */
import type { Command, PlayerContext, PlayerResult } from './commands';
import * as answers from './answers';
import * as controls from './controls';
import { symptom } from './triage';
import { textsFor } from '../text/locale';
import { ask } from './result';
import { say } from './speech';
import type { Turn } from './turn';
import type { UserState } from './types';
import { understood } from './understood';

/** Commands that need to know where the person is in a routine or stretch. */
const NEEDS_POSITION: ReadonlySet<Command['type']> = new Set([
  'next',
  'previous',
  'repeat',
  'skip',
  'pause',
  'resume',
  'startOver',
  'whatsNext',
  'howMuchLeft',
]);

export function play(state: UserState, command: Command, ctx: PlayerContext): PlayerResult {
  // The words of the request's locale, looked up once for the whole turn.
  const turn: Turn = { ...ctx, texts: textsFor(ctx.locale) };
  const { texts } = turn;
  if (ctx.stateUnknown && !state.active && NEEDS_POSITION.has(command.type)) {
    // Not "there's nothing playing": there may well be, in the progress we cannot reach.
    return ask(state, [say(texts.saving.positionUnknown)], texts.prompts.startDaily.fromTheBeginning, texts.prompts.startDaily.repromptCatCow, {
      pending: 'startRoutine',
    });
  }
  switch (command.type) {
    case 'launch':
      return answers.launch(state, turn);
    case 'startRoutine':
      return answers.startRoutineByName(state, command.routine, command.heard, turn);
    case 'startStretch':
      return answers.startStretchByName(state, command.stretch, command.heard, command.variant ?? 'standard', turn);
    case 'next':
      return controls.next(state, turn);
    case 'previous':
      return controls.previous(state, turn);
    case 'repeat':
      return controls.repeat(state, turn);
    case 'skip':
      return controls.skip(state, turn);
    case 'pause':
      return controls.pause(state, texts);
    case 'resume':
      return controls.resume(state, turn);
    case 'startOver':
      return controls.startOver(state, turn);
    case 'whatsNext':
      return controls.whatsNext(state, texts);
    case 'howMuchLeft':
      return controls.howMuchLeft(state, texts);
    case 'easier':
      return controls.changeVariant(state, 'easier', turn);
    case 'harder':
      return controls.changeVariant(state, 'harder', turn);
    case 'stop':
      return controls.stop(state, texts);
    case 'help':
      return answers.help(state, texts);
    case 'fallback':
      return answers.fallback(state, texts);
    case 'yes':
      return answers.yes(state, turn);
    case 'no':
      return answers.no(state, turn);
    case 'preference':
      return controls.setPreference(state, command.value, texts);
    case 'exclude':
      return controls.exclude(state, command.stretch, command.heard, texts);
    case 'include':
      return controls.include(state, command.stretch, command.heard, texts);
    case 'symptom':
      return symptom(state, command.groupId, command.heard, turn);
    case 'disclaimer':
      return answers.disclaimer(state, turn);
    case 'safety':
      return answers.safety(state, turn);
    case 'tip':
      return answers.tip(state, turn);
    case 'whenToStretch':
      return answers.whenToStretch(state, texts);
    case 'benefits':
      return answers.benefits(state, command.stretch, command.heard, texts);
    case 'list':
      return answers.list(state, texts);
    case 'understood':
      return understood(state, command.what, turn);
  }
}
