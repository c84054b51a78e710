/** The voice's answers around a report of pain, after the red flag's own advice. Our words; never a diagnosis. */

export const unsure = {
  lead: 'I want to be sure I understood. A gentle pull is normal, but pain is not.',
  question: 'Does something hurt?',
  reprompt: 'Does something hurt? Say yes, and we will stop this stretch, or no to carry on.',
};
/** When no red-flag group fits at all. */
export const GENERAL_ADVICE = 'Stop now and rest. If the pain is strong or does not ease, see a healthcare professional.';
export const TAKE_CARE = 'Take care.';
export const afterAdvice = {
  question: 'What would you like to do now?',
  reprompt: 'You can ask when to see a professional, or say stop. What would you like?',
};
export const gentler = {
  orSkip: (name: string) => `If you'd rather not, we can skip ${name}.`,
  question: (name: string) => `Would you like to try a gentler version of ${name}?`,
  reprompt: 'Say yes for the gentler version, or no to skip it.',
};
export const skipAhead = {
  question: 'Shall we skip to the next stretch?',
  reprompt: 'Say yes to skip to the next stretch, or no to take a break.',
};
