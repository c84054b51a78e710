/**
 * One turn as the player's answers see it: the request's context and the words of its locale,
 * looked up once (`textsFor(ctx.locale)`) where the turn comes in and passed down from there.
 */
import { textsFor, type Texts } from '../text/locale';
import type { PlayerContext } from './commands';

export interface Turn extends PlayerContext {
  texts: Texts;
}

/** The turn for a request's context; a context that already carries its texts is kept as it is. */
export function turnOf(ctx: PlayerContext | Turn): Turn {
  return 'texts' in ctx && ctx.texts ? ctx : { ...ctx, texts: textsFor(ctx.locale) };
}
