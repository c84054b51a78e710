/** Pelvic Tilts: what a person hears and reads (the structure is skill/catalog/stretches/pelvic-tilts.ts). */
import type { DrawingWords, StretchWords } from '../../../../catalog/parts';

export const pelvicTilts: StretchWords = {
  name: 'Pelvic Tilts',
  spokenName: 'pelvic tilts',
  synonyms: [
    'pelvic tilt',
    'pelvic rocks',
    'pelvic rock',
    'pelvic rocking',
    'pelvis tilt',
    'pelvis tilts',
    'pelvic tilting',
    'hip tilts',
    'lying pelvic tilt',
    'pelvic tills',
    'pelvic till',
    'pelvic deltz',
    'the one where i tilt my pelvis',
    'tilt my pelvis',
    'tilting my pelvis',
    'pelvic tilt exercise',
  ],
  summary: 'A small rocking movement that wakes up the core and mobilises the lower back.',
  setup: [
    'Lie on your back.',
    'Bend your knees.',
    'Set your feet flat on the floor.',
    'Rest your arms by your sides, palms down.',
    'Gently draw your belly in.',
  ],
  phases: [
    { name: 'Tilt back', cue: 'Flatten your lower back into the floor.' },
    { name: 'Tilt forward', cue: 'Let go. Tip your pelvis forward into a small arch.' },
  ],
  holdCues: [
    'Keep breathing.',
    'Small, smooth movements.',
    'Keep your shoulders relaxed.',
  ],
  release: [
    'Let your back settle into its natural curve.',
    'Rest for a breath.',
  ],
  repCue: 'Flatten your back again.',
  feel: 'You should feel your belly working and your lower back gently moving.',
  modifications: [
    {
      name: 'Smaller tilt',
      when: 'When the movement feels like too much.',
      steps: [
        'Make the tilt tiny.',
        'Leave out the arch if it pinches.',
      ],
    },
  ],
  benefits: [
    'Strengthens the core.',
    'Gently mobilises the lower back.',
  ],
};

/** Its drawings in words, by drawn position: page-only (the pages' bundle picks them up, the skill's leaves them out). */
export const pelvicTiltsDrawing: DrawingWords = {
  'tilt-back': {
    label: 'tilting back',
    desc: 'A person lies on their back with knees bent, feet flat on the mat and arms resting by the sides, palms down. The belly tightens and the pelvis rolls back, so the lower back presses flat against the floor with no gap underneath.',
  },
  'tilt-forward': {
    label: 'tilting forward',
    desc: 'A person lies on their back with knees bent, feet flat on the mat and arms resting by the sides, palms down. The pelvis rolls forward, so the lower back lifts into a small arch with a little space between it and the floor.',
  },
};
