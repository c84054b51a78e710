/**
 * What differs between the countries the skill is published in: the numbers to call and the
 * health regulator the disclaimer names. Pure data; the sentences that use it live in
 * skill/text/en/emergency.ts.
 */

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

export const LOCALE_SAFETY = {
  'en-US': {
    locale: 'en-US',
    country: 'the United States',
    emergency: { digits: '911', spoken: 'nine one one' },
    regulator: 'the US Food and Drug Administration',
  },
  'en-CA': {
    locale: 'en-CA',
    country: 'Canada',
    emergency: { digits: '911', spoken: 'nine one one' },
    regulator: 'Health Canada',
  },
  'en-GB': {
    locale: 'en-GB',
    country: 'the United Kingdom',
    emergency: { digits: '999', spoken: 'nine nine nine' },
    urgentAdvice: { digits: '111', spoken: 'one one one', service: 'NHS' },
    regulator: "the UK's Medicines and Healthcare products Regulatory Agency",
  },
  'en-AU': {
    locale: 'en-AU',
    country: 'Australia',
    emergency: { digits: '000', spoken: 'triple zero' },
    regulator: 'the Therapeutic Goods Administration',
  },
  'en-IN': {
    locale: 'en-IN',
    country: 'India',
    emergency: { digits: '112', spoken: 'one one two' },
    regulator: 'the Central Drugs Standard Control Organisation',
  },
} as const satisfies Record<string, LocaleSafety>;

export type SafetyLocale = keyof typeof LOCALE_SAFETY;

export const SAFETY_LOCALES = Object.keys(LOCALE_SAFETY) as SafetyLocale[];

/** The country's numbers for an Alexa locale ("en-GB"); undefined for any other (then say "your local emergency number"). */
export function localeSafety(locale: string | undefined): LocaleSafety | undefined {
  if (!locale) return undefined;
  const found = SAFETY_LOCALES.find((id) => id.toLowerCase() === locale.toLowerCase());
  return found ? LOCALE_SAFETY[found] : undefined;
}
