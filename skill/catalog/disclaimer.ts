/** The full disclaimer with the country's health regulator filled in. */
import { LOCALE_SAFETY, localeSafety, SAFETY_LOCALES } from './locales';
import { SAFETY } from './safety';

const REGULATOR = '{regulator}';

/** Used where the country is not known: names no one country's regulator. */
export const ANY_REGULATOR = 'any medicines or health regulator';

function fill(regulator: string): string[] {
  return SAFETY.fullDisclaimer.map((paragraph) => paragraph.split(REGULATOR).join(regulator));
}

/** The disclaimer for an Alexa locale ("en-GB" names the MHRA); any other locale names no country's regulator. */
export function fullDisclaimerFor(locale: string | undefined): string[] {
  return fill(localeSafety(locale)?.regulator ?? ANY_REGULATOR);
}

/** The companion page's disclaimer, read in every country: names every regulator. */
export function fullDisclaimerForEveryCountry(): string[] {
  const names = [...new Set(SAFETY_LOCALES.map((id) => LOCALE_SAFETY[id].regulator))];
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? ANY_REGULATOR);
  return fill(list);
}
