/** The home page: what the product is, how to use it by voice, the routines and the stretches. */

export const TITLE = 'Back Stretch Coach: gentle back stretches, guided by voice';
export const DESCRIPTION =
  'A calm Alexa coach that talks you through ten back stretches and timed routines, with this companion page.';
export const HEADING = 'Back Stretch Coach';
export const LEAD =
  'A calm voice on your Alexa that talks you through gentle back stretches. It tells you how to get into each position, times every hold, counts the sides and reps, and waits for you between stretches. Your eyes and hands stay free.';
/** Before and after the link to the safety page. */
export const ABOUT_PAGE_BEFORE = 'This page shows every stretch with a drawing, its steps and timings, the routines, and the';
export const SAFETY_GUIDANCE_LINK = 'safety guidance';
export const ABOUT_PAGE_AFTER = '. Each stretch and routine page can also guide you right here in the browser.';

export const START_BY_VOICE = 'Start by voice';
export const START_PHRASES = [
  'Alexa, open back stretch coach',
  'Alexa, ask back stretch coach to start my back routine',
  'Alexa, ask back stretch coach how do I do cat cow',
];

export const WHILE_YOU_STRETCH = 'While you stretch';
export const COMMANDS_INTRO = 'The coach waits for you between parts. Say "Alexa" first, then:';
export const PLAYER_COMMANDS: { say: string; does: string }[] = [
  { say: 'Alexa, next', does: 'moves on to the next stretch or side' },
  { say: 'Alexa, previous', does: 'goes back one step' },
  { say: 'Alexa, repeat', does: 'says the last part again' },
  { say: 'Alexa, pause', does: 'takes a break and keeps your place; say "Alexa, open back stretch coach" when you are ready to carry on' },
  { say: 'Alexa, start over', does: 'begins the routine again' },
  { say: 'Alexa, help', does: 'tells you what you can say' },
  { say: 'Alexa, stop', does: 'ends the session; your place is saved' },
];
export const COMMANDS_AFTER =
  'Opening the skill again later picks up where you stopped. You can also ask for shorter or longer holds, or a slower pace.';

export const ROUTINE_SETUP_HEADING = 'Make it one short phrase';
/** Before and after the phrase in "An Alexa Routine lets you say ... without the skill's name". */
export const ROUTINE_SETUP_BEFORE = 'An Alexa Routine lets you say';
export const ROUTINE_SETUP_PHRASE = 'Alexa, start my back routine';
export const ROUTINE_SETUP_AFTER = "without the skill's name. In the Alexa app:";
export const ROUTINE_STEP_OPEN = 'Open More, then Routines, and tap the plus (+) button.';
export const ROUTINE_STEP_WHEN = 'Under When this happens, choose Voice and type';
export const ROUTINE_STEP_WHEN_PHRASE = 'start my back routine';
export const ROUTINE_STEP_ACTION =
  'Under Add action, choose Skills, then Your Skills, then Back Stretch Coach. If your app shows Custom instead, type';
export const ROUTINE_STEP_ACTION_PHRASE = 'ask back stretch coach to start my back routine';
export const ROUTINE_STEP_SAVE = 'Pick the device that should answer, then tap Save.';

export const ROUTINES_HEADING = 'Routines';
export function stretchCount(count: number): string {
  return `${count} ${count === 1 ? 'stretch' : 'stretches'}`;
}
export function guideMinutes(min: number, max: number): string {
  return `Guide: ${min}–${max} min`;
}
export const STRETCHES_HEADING = 'The ten stretches';

export const SAFETY_HEADING = 'Stretch safely';
export const SAFETY_TEXT =
  'Go gently, breathe, and never push through sharp pain. Stop and get medical help for numbness, tingling or weakness.';
export const SAFETY_LINK = 'Read the safety guidance';
