/** Answers that point someone to what we have: a stretch we don't have, a need we can meet. */
export const notOurs = {
  lead: (heard: string) => `I don't have ${heard} in my guide.`,
  closest: (names: string) => `The closest ones I have are ${names}.`,
  closestOne: (name: string) => `The closest one I have is ${name}.`,
  question: 'Which would you like?',
  reprompt: (example: string) => `Name a stretch, like ${example}, or say start my back routine. Which would you like?`,
};
/** A stretch we don't have, when no name was heard. */
export const THAT_ONE = 'that one';

export const needs = {
  /** Before starting what fits the person's situation. */
  forRoutine: (routine: string) => `The ${routine} fits that well.`,
  forStretch: (stretch: string) => `${stretch} is a good one for that.`,
  others: (names: string) => `Other stretches that help there are ${names}.`,
  /** Time: the longest routine that fits. */
  inTime: (routine: string) => `In that time, we can do the ${routine}.`,
  shortTime: (_stretch: string) => "That's enough time for one stretch.",
  /** A body part or need we have nothing for. */
  unknown: (heard: string) => `I don't have stretches just for ${heard}. My stretches are for the back, hips and shoulders.`,
  unknownQuestion: 'Would you like your daily routine?',
  unknownReprompt: 'Say yes to start your daily routine, or name a stretch. Would you like your daily routine?',
};
