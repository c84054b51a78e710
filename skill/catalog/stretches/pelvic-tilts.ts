import type { Stretch } from '../types';

export const pelvicTilts: Stretch = {
  id: 'pelvic-tilts',
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
  ],
  summary: 'A small rocking movement that wakes up the core and mobilises the lower back.',
  areas: ['lower back', 'core'],
  startPosition: 'lying on back',
  deskFriendly: false,
  kind: 'paired-holds',
  sided: false,
  setup: [
    'Lie on your back.',
    'Bend your knees.',
    'Set your feet flat on the floor.',
    'Rest your arms by your sides, palms down.',
    'Gently draw your belly in.',
  ],
  hold: { min: 5, max: 5, default: 5 },
  reps: { min: 10, max: 15, default: 12 },
  phases: [
    { pose: 'tilt-back', name: 'Tilt back', cue: 'Flatten your lower back into the floor.' },
    { pose: 'tilt-forward', name: 'Tilt forward', cue: 'Let go. Tip your pelvis forward into a small arch.' },
  ],
  holdCues: ['Keep breathing.', 'Small, smooth movements.', 'Keep your shoulders relaxed.'],
  release: ['Let your back settle into its natural curve.', 'Rest for a breath.'],
  repCue: 'Flatten your back again.',
  feel: 'You should feel your belly working and your lower back gently moving.',
  modifications: [
    {
      name: 'Smaller tilt',
      when: 'When the movement feels like too much.',
      steps: ['Make the tilt tiny.', 'Leave out the arch if it pinches.'],
    },
  ],
  benefits: ['Strengthens the core.', 'Gently mobilises the lower back.'],
};
