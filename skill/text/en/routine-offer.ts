/** The offer of an Alexa Routine, so "Alexa, start my back routine" works without the skill's name. */

/** The trigger phrases, in order of preference (Alexa takes the first one the person has not used yet). */
export const ROUTINE_TRIGGER_UTTERANCES = [
  'start my back routine',
  'start my back stretches',
  'stretch my back',
  'time for my back stretches',
  'start my stretching routine',
] as const;

export const routineOffer = {
  question:
    'One more thing: would you like an Alexa routine, so that next time you can just say, Alexa, start my back routine?',
  reprompt: 'Shall I set up the Alexa routine for you? Say yes or no.',
  declined: 'Okay. If you change your mind, just say: set up my back routine.',
  accepted: 'All set. From now on, just say: Alexa, start my back routine.',
  alreadyThere: 'You already have that Alexa routine. Just say: Alexa, start my back routine.',
  failed:
    "Sorry, I couldn't set up the Alexa routine. You can make one yourself in the Alexa app: open Routines, choose a voice trigger like start my back routine, and add Back Stretch Coach as the action.",
  operationName: 'Start your back routine with Back Stretch Coach',
} as const;
