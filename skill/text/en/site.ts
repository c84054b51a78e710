/** New words on the companion site's pages. */

export const ENABLE_SKILL_LINK = 'Enable Back Stretch Coach for your Alexa';
export const ENABLE_SKILL_NOTE = 'Opens the Alexa Skills store, where you can add the skill to your account.';
