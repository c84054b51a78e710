/** The full disclaimer with the country's health regulator filled in, in the locale's language. */
import { safetyIn } from './localized';
import { countrySafety, localeSafety, SAFETY_LOCALES } from './locales';
import { textsFor, type Texts } from '../text/locale';

const REGULATOR = '{regulator}';

/** Used where the country is not known: names no one country's regulator (English). */
export const ANY_REGULATOR = textsFor(undefined).catalog.safety.anyRegulator;

function fill(texts: Texts, regulator: string): string[] {
  return safetyIn(texts).fullDisclaimer.map((paragraph) => paragraph.split(REGULATOR).join(regulator));
}

/** The disclaimer for an Alexa locale ("en-GB" names the MHRA); any other locale names no country's regulator. */
export function fullDisclaimerFor(locale: string | undefined): string[] {
  const texts = textsFor(locale);
  return fill(texts, localeSafety(locale, texts)?.regulator ?? texts.catalog.safety.anyRegulator);
}

/**
 * The companion page's disclaimer, read in every country: names every regulator, in the
 * page's language.
 */
export function fullDisclaimerForEveryCountry(texts: Texts = textsFor(undefined)): string[] {
  const names = [...new Set(SAFETY_LOCALES.map((id) => countrySafety(id, texts).regulator))];
  const list = names.length > 0 ? texts.language.list(names, 'or') : texts.catalog.safety.anyRegulator;
  return fill(texts, list);
}
