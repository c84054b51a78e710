/**
 * The routine player: a pure state machine over UserState. One command in, one answer out:
 * the new state, the speech as timeline events (rendered to SSML by the Lambda), the closing
 * prompt and reprompt, and whether the session ends. Which answer a command gets: ANSWERS in
 * commands.ts. Semantics of the controls: session.ts.
 */
import { ANSWERS, type Answer, type Command, type PlayerContext, type PlayerResult } from './commands';
import { textsFor } from '../text/locale';
import { ask } from './result';
import { say } from './speech';
import type { Turn } from './turn';
import type { UserState } from './types';

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
  // ANSWERS gives each command its own answer; TypeScript cannot pair a union's type with its entry by itself.
  const answer = ANSWERS[command.type] as Answer<Command>;
  return answer(state, command, turn);
}
