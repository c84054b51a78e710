/**
 * Where a person enables the skill: the Alexa Skills store. Until the skill's own store page
 * (its ASIN) is known, a store search for its name; set SKILL_STORE_URL at deploy time to
 * link the page itself.
 */
export const SKILL_STORE_URL = process.env.SKILL_STORE_URL || 'https://www.amazon.com/s?k=Back+Stretch+Coach&i=alexa-skills';
