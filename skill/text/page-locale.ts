/**
 * Which texts a companion page gets (see ./locale.ts for the skill's): the same languages, with
 * the pages' own words. Only web/ uses this, so the skill's bundle leaves the pages' words out.
 */
import { englishPages } from './en/page-bundle';
import { PSEUDO_LOCALE } from './locale';
import { pseudoTexts } from './pseudo';
import type { PageTexts } from './texts';

let pseudo: PageTexts | undefined;

export function pageTextsFor(locale: string | undefined): PageTexts {
  if (locale?.toLowerCase() === PSEUDO_LOCALE) return (pseudo ??= pseudoTexts(englishPages));
  return englishPages;
}

export type { PageTexts } from './texts';
