/** Thread the Needle: what a person hears and reads (the structure is skill/catalog/stretches/thread-the-needle.ts). */
import type { DrawingWords, StretchWords } from '../../../../catalog/parts';

export const threadTheNeedle: StretchWords = {
  name: 'Thread the Needle',
  spokenName: 'thread the needle',
  synonyms: [
    'thread needle',
    'threading the needle',
    'thread a needle',
    'thread the needle pose',
    'needle threading',
    'needle stretch',
    'the needle',
    'needle',
    'threat the needle',
    'thread and needle',
    'red the needle',
    'parsva balasana',
    'thread the needle stretch',
  ],
  summary: 'A kneeling stretch that opens the upper back and the space between the shoulder blades.',
  setup: [
    'Come onto your hands and knees.',
    'Slide your {side} arm under your {other} arm, palm up.',
    'Lower your {side} shoulder toward the floor.',
    'Rest the side of your head on the floor.',
    'Keep your hips high over your knees.',
    'Leave your {other} hand planted, or reach it forward.',
  ],
  holdCues: [
    'Breathe into your upper back.',
    'Let your {side} shoulder soften.',
    'Keep your hips steady.',
    'Relax your neck.',
  ],
  release: [
    'Press into your {other} hand.',
    'Slide your {side} arm back out.',
    'Return to your hands and knees.',
  ],
  repCue: 'Thread your {side} arm through again.',
  feel: 'The stretch spreads over your {side} shoulder and upper back.',
  modifications: [
    {
      name: 'Smaller reach',
      when: 'When your shoulder or neck feels tight.',
      steps: [
        'Draw your {side} arm back a little.',
        'Rest your head on a cushion instead of the floor.',
        'Keep your {other} hand planted.',
      ],
    },
  ],
  benefits: [
    'Opens the upper back and shoulders.',
    'Eases tightness between the shoulder blades.',
  ],
};

/** Its drawings in words, by drawn position: page-only (the pages' bundle picks them up, the skill's leaves them out). */
export const threadTheNeedleDrawing: DrawingWords = {
  main: {
    desc: 'Seen from the head end, a person is on hands and knees with the hips kept high over the knees. The right arm slides along the floor under the chest toward the left side, palm up, so the right shoulder and the side of the head rest on the mat. The left hand stays planted on the floor for support.',
  },
};
