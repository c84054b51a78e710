/**
 * Answers to the questions people ask about stretching with a sore back: our own words, the
 * guide's meaning, never a diagnosis. Each answer is a few short sentences for the ear.
 */
export type QuestionTopic = 'how-often' | 'pregnancy' | 'surgery' | 'condition' | 'heat-ice' | 'surface';

export const QUESTION_ANSWERS: Record<QuestionTopic, readonly string[]> = {
  'how-often': [
    'A little every day works best.',
    'A short daily routine does more for your back than one long session now and then.',
    'Try your daily routine once a day, and add the full routine a few times a week if you like.',
  ],
  pregnancy: [
    'During pregnancy, please check with your midwife or doctor before you start these stretches.',
    'Some positions, like lying on your back or on your front, may not suit you, so ask them which ones are fine for you.',
    'If you get the go-ahead, move gently and stop if anything feels wrong.',
  ],
  surgery: [
    'After an operation, please ask your surgeon, doctor or physiotherapist before you start stretching.',
    'They know what your body needs while it heals, and which movements to avoid for now.',
    'Once they say it is fine, start with the gentler versions and go slowly.',
  ],
  condition: [
    'With a back or joint condition, it is best to check with a healthcare professional before you start.',
    'I can only give general guidance, and I cannot tell what is right for you.',
    'A physiotherapist can suggest which of these stretches suit you, and how far to go.',
  ],
  'heat-ice': [
    'Some people find a cold pack helps soon after a strain, and warmth helps tight, stiff muscles relax.',
    'Wrap either one in a cloth, and keep it on for no more than about twenty minutes.',
    'If pain is strong or does not settle, see a healthcare professional.',
  ],
  surface: [
    'You need a firm, comfortable surface with room to lie down, like a mat or a carpet.',
    'A soft bed lets your back sink, so the floor usually works better.',
    'A folded towel or cushion under your knees or head can make kneeling and lying more comfortable.',
    'If the floor is hard for you, the desk break uses a chair and standing stretches.',
  ],
};
