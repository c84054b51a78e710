/** The catalog's public surface: data, lookups and checks. Import from here. */
export * from './types';
export { STRETCHES } from './stretches';
export { ROUTINES } from './routines';
export { SAFETY } from './safety';
export { stretchesIn, routinesIn, safetyIn } from './localized';
export { fillSide, otherSide, hasSidePlaceholder } from './sides';
export {
  findRoutine,
  findStretch,
  getRoutine,
  getStretch,
  isRoutineId,
  isStretchId,
  lookupKey,
  suggestStretches,
} from './lookup';
export { detectRedFlag } from './red-flags';
export { validateCatalog, stretchTexts, type CatalogData } from './validate';
export { LOCALE_SAFETY, SAFETY_LOCALES, countrySafety, localeSafety, type LocaleSafety, type PhoneNumber, type SafetyLocale } from './locales';
export { fullDisclaimerFor, fullDisclaimerForEveryCountry, ANY_REGULATOR } from './disclaimer';
