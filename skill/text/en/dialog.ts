/** Prompts of the interaction model's dialog, which Alexa itself may speak. */

/** "Which stretch?" when StretchIntent arrives without one (Dialog.ElicitSlot). */
export const WHICH_STRETCH_PROMPTS = [
  "Which stretch would you like? For example, cat cow or child's pose.",
  'Which stretch should we do? You can say a name, like knee to chest.',
] as const;
