import type { Stretch } from '../types';

export const threadTheNeedle: Stretch = {
  id: 'thread-the-needle',
  name: 'Thread the Needle',
  spokenName: 'thread the needle',
  synonyms: [
    'thread needle',
    'threading the needle',
    'thread a needle',
    'thread the needle pose',
    'needle threading',
    'needle stretch',
  ],
  summary: 'A kneeling stretch that opens the upper back and the space between the shoulder blades.',
  areas: ['upper back', 'shoulders'],
  startPosition: 'kneeling',
  deskFriendly: false,
  kind: 'static-hold',
  sided: true,
  setup: [
    'Come onto your hands and knees.',
    'Slide your {side} arm under your {other} arm, palm up.',
    'Lower your {side} shoulder toward the floor.',
    'Rest the side of your head on the floor.',
    'Keep your hips high over your knees.',
    'Leave your {other} hand planted, or reach it forward.',
  ],
  hold: { min: 20, max: 30, default: 25 },
  reps: { min: 2, max: 3, default: 2 },
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
