/** Standing Back Extension: what a person hears and reads (the structure is skill/catalog/stretches/standing-back-extension.ts). */
import type { DrawingWords, StretchWords } from '../../../../catalog/parts';

export const standingBackExtension: StretchWords = {
  name: 'Standing Back Extension',
  spokenName: 'standing back extension',
  spokenArticle: 'the',
  synonyms: [
    'back extension',
    'back extensions',
    'standing backbend',
    'standing back bend',
    'standing extension',
    'standing lumbar extension',
    'standing back arch',
    'backward bend',
    'lean back stretch',
    'standing lean back',
    'the one where i lean back standing up',
    'lean back standing up',
    'leaning back standing up',
    'leaning backwards standing',
    'leaning backwards',
    'leaning back',
    'lean back',
    'lean backwards',
    'a standing backbend',
    'a gentle standing backbend',
    'standing back extensions stretch',
    'back extension stretch',
    'standing back bend stretch',
  ],
  summary: 'A short standing backbend that undoes hours of leaning forward.',
  setup: [
    'Stand tall, feet about hip width apart.',
    'Rest your palms on your lower back.',
    'Point your fingers down.',
    'Soften your knees a little.',
    'Lean back gently, letting your hands support you.',
    'Look up only if your neck is comfortable.',
  ],
  holdCues: [
    'Breathe.',
    'Keep it gentle.',
    'Knees soft, not locked.',
  ],
  release: [
    'Come back up to standing.',
  ],
  repCue: 'Lean back again, gently.',
  feel: 'You should feel a mild bend through your lower back.',
  modifications: [
    {
      name: 'Small lean',
      when: 'When leaning back feels strong.',
      steps: [
        'Lean back only a little.',
        'Keep your eyes forward.',
        'Let your hands take more of your weight.',
      ],
    },
  ],
  benefits: [
    'Balances long hours of sitting or leaning forward.',
    'Helps you stand taller.',
  ],
};

/** Its drawings in words, by drawn position: page-only (the pages' bundle picks them up, the skill's leaves them out). */
export const standingBackExtensionDrawing: DrawingWords = {
  lean: {
    label: 'leaning back',
    desc: 'Seen from the side, facing left, a person stands with feet hip-width apart and knees soft. Both hands rest on the lower back, fingers pointing down, elbows drawn back behind the body. The hips ease slightly forward, the upper body arches gently backward so the chest opens up, and the chin lifts so the face tilts up a little toward the ceiling.',
  },
};
