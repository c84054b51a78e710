/**
 * The words a web app speaks: `createWebApp(texts)` sets them on every request's context, and
 * routes hand them to the pages they render (`c.get('texts')`). English unless told otherwise.
 */
import type { Context } from 'hono';
import { pageTextsFor, type PageTexts } from '../skill/text/page-locale';

export interface WebEnv {
  Variables: { texts: PageTexts };
}

/** The texts a web app uses when it is given none: the published (English) ones. */
export const DEFAULT_TEXTS: PageTexts = pageTextsFor(undefined);

/** The request's texts (the app's language). */
export function textsOf(c: Context<WebEnv>): PageTexts {
  return c.get('texts') ?? DEFAULT_TEXTS;
}
