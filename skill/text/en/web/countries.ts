/**
 * The countries the skill is published in, as the safety page writes them: the country's name,
 * its health advice line's service, and the medicines regulator the page's disclaimer names.
 * By Alexa locale; the numbers themselves are data (skill/catalog/locales.ts).
 */

export interface CountryWords {
  /** "In the United Kingdom, call 999." */
  country: string;
  /** The service of the non-emergency advice line, where there is one: "NHS". */
  adviceService?: string;
  regulator: string;
}

export const COUNTRIES: Readonly<Record<string, CountryWords>> = {
  'en-US': { country: 'the United States', regulator: 'the US Food and Drug Administration' },
  'en-CA': { country: 'Canada', regulator: 'Health Canada' },
  'en-GB': { country: 'the United Kingdom', adviceService: 'NHS', regulator: "the UK's Medicines and Healthcare products Regulatory Agency" },
  'en-AU': { country: 'Australia', regulator: 'the Therapeutic Goods Administration' },
  'en-IN': { country: 'India', regulator: 'the Central Drugs Standard Control Organisation' },
};
