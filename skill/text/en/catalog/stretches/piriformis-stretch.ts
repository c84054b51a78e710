/** Piriformis Stretch: what a person hears and reads (the structure is skill/catalog/stretches/piriformis-stretch.ts). */
import type { DrawingWords, StretchWords } from '../../../../catalog/parts';

export const piriformisStretch: StretchWords = {
  name: 'Piriformis Stretch',
  spokenName: 'piriformis stretch',
  spokenArticle: 'the',
  synonyms: [
    'piriformis',
    'pyriformis',
    'figure four',
    'figure 4',
    'figure four stretch',
    'figure 4 stretch',
    'reclined figure four',
    'lying figure four',
    'supine figure four',
    'glute stretch',
    'buttock stretch',
    'pear form is',
    'period formus stretch',
    'piri formis',
    'piriformis muscle stretch',
    'figure for stretch',
    'figure for',
    'eye of the needle pose',
    'eye of the needle',
    'reclined pigeon',
    'stretch for the buttock',
    'stretch for the bum',
    'bum stretch',
    'butt stretch',
    'figure four exercise',
  ],
  summary: 'A lying hip stretch that eases the deep buttock muscle and the lower back.',
  setup: [
    'Lie on your back.',
    'Bend both knees, with your feet on the floor.',
    'Rest your {side} ankle just above your {other} knee.',
    'Reach both hands behind your {other} thigh.',
    'Gently draw your {other} leg toward your chest.',
  ],
  holdCues: [
    'Keep your head and shoulders on the floor.',
    'Breathe slowly.',
    'Let your {side} knee fall open.',
    'A gentle pull is enough.',
  ],
  release: [
    'Lower your {other} foot to the floor.',
    'Uncross your {side} ankle.',
  ],
  repCue: 'Rest your {side} ankle on your {other} knee again, and draw that leg in.',
  feel: 'You should feel it deep in your {side} hip and buttock.',
  modifications: [
    {
      name: 'Foot stays down',
      when: 'When pulling the leg in is too much.',
      steps: [
        'Lower your {other} foot back to the floor.',
        'Keep your {side} ankle crossed.',
        'Let your {side} knee fall open.',
      ],
    },
    {
      name: 'Seated figure four',
      when: 'When lying down is not practical.',
      steps: [
        'Sit tall near the front of a chair.',
        'Rest your {side} ankle on your {other} knee.',
        'Lean forward a little, with a long back.',
      ],
    },
  ],
  benefits: [
    'Releases a tight piriformis muscle.',
    'Eases the hips and the lower back.',
  ],
};

/** Its drawings in words, by drawn position: page-only (the pages' bundle picks them up, the skill's leaves them out). */
export const piriformisStretchDrawing: DrawingWords = {
  main: {
    desc: 'A person lies on their back on a mat in a figure-four shape. The right ankle rests across the left knee, with the right knee opening out to the side. Both hands hold the back of the left thigh and draw it gently toward the chest, while the head and shoulders stay relaxed on the floor.',
  },
};
