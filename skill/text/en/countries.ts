/**
 * The countries the skill is published in, in words: the country's name, each number as the
 * voice should say it (in words, so text-to-speech cannot read it as a quantity), the advice
 * line's service, and the medicines regulator the disclaimer names. By Alexa locale; the digits
 * themselves are data (skill/catalog/locales.ts), joined with these by `localeSafety`.
 */

import type { CountryWords } from '../../catalog/locales';

export const COUNTRIES = {
  'en-US': { country: 'the United States', emergencySpoken: 'nine one one', regulator: 'the US Food and Drug Administration' },
  'en-CA': { country: 'Canada', emergencySpoken: 'nine one one', regulator: 'Health Canada' },
  'en-GB': {
    country: 'the United Kingdom',
    emergencySpoken: 'nine nine nine',
    urgentAdvice: { service: 'NHS', spoken: 'one one one' },
    regulator: "the UK's Medicines and Healthcare products Regulatory Agency",
  },
  'en-AU': { country: 'Australia', emergencySpoken: 'triple zero', regulator: 'the Therapeutic Goods Administration' },
  'en-IN': { country: 'India', emergencySpoken: 'one one two', regulator: 'the Central Drugs Standard Control Organisation' },
} as const satisfies Record<string, CountryWords>;
