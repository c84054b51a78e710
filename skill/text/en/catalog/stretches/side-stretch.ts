/** Side Stretch: what a person hears and reads (the structure is skill/catalog/stretches/side-stretch.ts). */
import type { DrawingWords, StretchWords } from '../../../../catalog/parts';

export const sideStretch: StretchWords = {
  name: 'Side Stretch',
  spokenName: 'side stretch',
  spokenArticle: 'the',
  synonyms: [
    'side bend',
    'side bends',
    'standing side stretch',
    'standing side bend',
    'side reach',
    'lateral stretch',
    'lateral bend',
    'overhead side stretch',
    'side body stretch',
    'sight stretch',
    'side stretches',
    'crescent moon side bend',
    'crescent moon',
    'side bend stretch',
    'the side one',
  ],
  summary: 'A standing lean that stretches the muscles along each side of your back.',
  setup: [
    'Stand tall, feet about hip width apart.',
    'Lift your {side} arm up above your head.',
    'Rest your {other} hand on your hip.',
    'Lean gently toward the {other}.',
    'Reach your {side} arm up and over.',
    'Keep your hips square to the front.',
  ],
  holdCues: [
    'Breathe into your {side} ribs.',
    'Keep your hips still.',
    'Relax your shoulders.',
  ],
  release: [
    'Come back to the middle.',
    'Lower your {side} arm.',
  ],
  repCue: 'Raise your {side} arm again, and lean toward the {other}.',
  feel: 'The stretch runs down the {side} side of your back.',
  modifications: [
    {
      name: 'Hand on your head',
      when: 'When the arm overhead feels like too much.',
      steps: [
        'Bend your {side} elbow.',
        'Rest your {side} hand on your head.',
        'Lean only a little toward the {other}.',
      ],
    },
    {
      name: 'Seated side stretch',
      when: 'When standing is not comfortable.',
      steps: [
        'Sit tall on a chair.',
        'Raise your {side} arm.',
        'Lean gently toward the {other}.',
      ],
    },
  ],
  benefits: [
    'Keeps both sides of the body evenly flexible.',
    'Opens the ribs for easier breathing.',
  ],
};

/** Its drawings in words, by drawn position: page-only (the pages' bundle picks them up, the skill's leaves them out). */
export const sideStretchDrawing: DrawingWords = {
  main: {
    desc: 'Seen from the front, a person stands with feet hip-width apart and hips facing forward. The right arm reaches up and over the head, the left hand rests on the left hip, and the upper body bends gently to the left in a long curve along the right side.',
  },
};
