/**
 * The words a web app speaks: `createWebApp(texts)` sets them on every request's context, and
 * routes hand them to the pages they render (`c.get('texts')`). English unless told otherwise.
 */
import type { Context } from 'hono';
import { textsFor, type Texts } from '../skill/text/locale';

export interface WebEnv {
  Variables: { texts: Texts };
}

/** The texts a web app uses when it is given none: the published (English) ones. */
export const DEFAULT_TEXTS: Texts = textsFor(undefined);

/** The request's texts (the app's language). */
export function textsOf(c: Context<WebEnv>): Texts {
  return c.get('texts') ?? DEFAULT_TEXTS;
}
