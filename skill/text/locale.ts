/**
 * Which texts a request's locale gets. English for every locale the skill is published in
 * (en-US, en-GB, en-CA, en-AU, en-IN); the pseudo-locale for the seam's own test. A new
 * language adds its bundle here.
 */
import { english } from './en/index';
import { pseudoTexts } from './pseudo';
import type { Texts } from './texts';

/** The pseudo-locale tag (the one Windows and ICU use): accented, bracketed English. */
export const PSEUDO_LOCALE = 'qps-ploc';

let pseudo: Texts | undefined;

export function textsFor(locale: string | undefined): Texts {
  if (locale?.toLowerCase() === PSEUDO_LOCALE) return (pseudo ??= pseudoTexts(english));
  return english;
}

export type { Texts } from './texts';
