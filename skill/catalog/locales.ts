/**
 * What differs between the countries the skill is published in: the numbers to call and the
 * health regulator the disclaimer names. The digits are data here; every word (the country,
 * the numbers as spoken, the advice service, the regulator) is in the language's texts
 * (skill/text/en/countries.ts), and the sentences that use them in skill/text/en/emergency.ts.
 */
import { textsFor, type Texts } from '../text/locale';

/** A phone number as written (on the page) and as Alexa should say it. */
export interface PhoneNumber {
  /** As written: "999". */
  digits: string;
  /** As spoken, in words so text-to-speech cannot read it as a quantity: "nine nine nine". */
  spoken: string;
}

export interface LocaleSafety {
  /** Alexa locale id, e.g. "en-GB". */
  locale: string;
  /** The country, as written on the page: "the United Kingdom". */
  country: string;
  /** Ambulance, police, fire: the number for an emergency. */
  emergency: PhoneNumber;
  /**
   * The health line for "soon, but not an emergency", when the country has one number for it
   * everywhere (the NHS 111 service). Absent where there is no single such number.
   */
  urgentAdvice?: PhoneNumber & { service: string };
  /** The medicines and health regulator the disclaimer names: "the UK's Medicines and Healthcare products Regulatory Agency". */
  regulator: string;
}

/** A country in a language's words (skill/text/<lang>/countries.ts). */
export interface CountryWords {
  /** "In the United Kingdom, call 999." */
  country: string;
  /** The emergency number as spoken: "nine nine nine". */
  emergencySpoken: string;
  /** The non-emergency advice line, where there is one: its service and its number as spoken. */
  urgentAdvice?: { service: string; spoken: string };
  regulator: string;
}

/** The numbers to call, by Alexa locale: data. Their words (country, numbers as spoken, regulator) are texts. */
const NUMBERS = {
  'en-US': { emergency: '911' },
  'en-CA': { emergency: '911' },
  'en-GB': { emergency: '999', urgentAdvice: '111' },
  'en-AU': { emergency: '000' },
  'en-IN': { emergency: '112' },
} as const satisfies Record<string, { emergency: string; urgentAdvice?: string }>;

export type SafetyLocale = keyof typeof NUMBERS;

export const SAFETY_LOCALES = Object.keys(NUMBERS) as SafetyLocale[];

/** A country's numbers joined with its words in a language. */
export function countrySafety(locale: SafetyLocale, texts: Texts): LocaleSafety {
  const numbers: { emergency: string; urgentAdvice?: string } = NUMBERS[locale];
  const words: CountryWords = texts.countries.COUNTRIES[locale];
  const advice = numbers.urgentAdvice && words.urgentAdvice;
  return {
    locale,
    country: words.country,
    emergency: { digits: numbers.emergency, spoken: words.emergencySpoken },
    ...(numbers.urgentAdvice && advice ? { urgentAdvice: { digits: numbers.urgentAdvice, spoken: advice.spoken, service: advice.service } } : {}),
    regulator: words.regulator,
  };
}

/** Every country's numbers with their English words. */
export const LOCALE_SAFETY: Readonly<Record<SafetyLocale, LocaleSafety>> = Object.fromEntries(
  SAFETY_LOCALES.map((locale) => [locale, countrySafety(locale, textsFor(undefined))]),
) as Record<SafetyLocale, LocaleSafety>;

/** The country's numbers for an Alexa locale ("en-GB"); undefined for any other (then say "your local emergency number"). */
export function localeSafety(locale: string | undefined, texts: Texts = textsFor(undefined)): LocaleSafety | undefined {
  if (!locale) return undefined;
  const found = SAFETY_LOCALES.find((id) => id.toLowerCase() === locale.toLowerCase());
  return found ? countrySafety(found, texts) : undefined;
}
