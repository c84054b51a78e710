/**
 * The shape of a language's texts: English is the reference, so a new language is a folder
 * `skill/text/<lang>/` whose index exports a bundle of this type (the compiler lists what is
 * missing), plus one line in ../text/locale.ts.
 */
import type { english } from './en/index';
import type { englishPages } from './en/page-bundle';

export type Texts = typeof english;

/** The companion pages' texts: the skill's and the pages' own (web, legal, player, site). */
export type PageTexts = typeof englishPages;
