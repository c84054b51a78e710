/**
 * The routine player: a pure state machine over UserState. One command in, one answer out:
 * the new state, the speech as timeline events (rendered to SSML by the Lambda), the closing
 * prompt and reprompt, and whether the session ends. Semantics of the controls: session.ts.
 */
import type { Command, PlayerContext, PlayerResult } from './commands';
import * as answers from './answers';
import * as controls from './controls';
import { symptom } from './triage';
import { positionUnknown } from '../text/en/saving';
import { ask } from './result';
import { say } from './speech';
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
  if (ctx.stateUnknown && !state.active && NEEDS_POSITION.has(command.type)) {
    // Not "there's nothing playing": there may well be, in the progress we cannot reach.
    return ask(
      state,
      [say(positionUnknown)],
      'Would you like to start your daily routine from the beginning?',
      'Say yes to start your daily routine, or name a stretch, like cat-cow.',
      { pending: 'startRoutine' },
    );
  }
  switch (command.type) {
    case 'launch':
      return answers.launch(state, ctx);
    case 'startRoutine':
      return answers.startRoutineByName(state, command.routine, command.heard, ctx);
    case 'startStretch':
      return answers.startStretchByName(state, command.stretch, command.heard, command.variant ?? 'standard', ctx);
    case 'next':
      return controls.next(state, ctx);
    case 'previous':
      return controls.previous(state, ctx);
    case 'repeat':
      return controls.repeat(state, ctx);
    case 'skip':
      return controls.skip(state, ctx);
    case 'pause':
      return controls.pause(state);
    case 'resume':
      return controls.resume(state, ctx);
    case 'startOver':
      return controls.startOver(state, ctx);
    case 'whatsNext':
      return controls.whatsNext(state);
    case 'howMuchLeft':
      return controls.howMuchLeft(state);
    case 'easier':
      return controls.changeVariant(state, 'easier', ctx);
    case 'harder':
      return controls.changeVariant(state, 'harder', ctx);
    case 'stop':
      return controls.stop(state);
    case 'help':
      return answers.help(state);
    case 'fallback':
      return answers.fallback(state);
    case 'yes':
      return answers.yes(state, ctx);
    case 'no':
      return answers.no(state, ctx);
    case 'preference':
      return controls.setPreference(state, command.value);
    case 'exclude':
      return controls.exclude(state, command.stretch, command.heard);
    case 'include':
      return controls.include(state, command.stretch, command.heard);
    case 'symptom':
      return symptom(state, command.groupId, command.heard, ctx);
    case 'disclaimer':
      return answers.disclaimer(state, ctx);
    case 'safety':
      return answers.safety(state, ctx);
    case 'tip':
      return answers.tip(state, ctx);
    case 'whenToStretch':
      return answers.whenToStretch(state);
    case 'benefits':
      return answers.benefits(state, command.stretch, command.heard);
    case 'list':
      return answers.list(state);
    case 'understood':
      return understood(state, command.what, ctx);
  }
}
