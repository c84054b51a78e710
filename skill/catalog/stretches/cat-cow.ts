import type { Stretch } from '../types';

export const catCow: Stretch = {
  id: 'cat-cow',
  name: 'Cat-Cow',
  spokenName: 'cat cow',
  synonyms: [
    'cat and cow',
    'cat camel',
    'cat cows',
    'cow cat',
    'cat and camel',
    'cat cow pose',
    'cat cow flow',
    'cat cow stretches',
    'marjaryasana',
    'bitilasana',
  ],
  summary: 'A slow, breath-led movement that loosens the whole spine.',
  areas: ['spine', 'whole back', 'core'],
  startPosition: 'kneeling',
  deskFriendly: false,
  kind: 'breath-flow',
  sided: false,
  setup: [
    'Come onto your hands and knees.',
    'Place your hands under your shoulders.',
    'Place your knees under your hips.',
    'Let your back rest flat, like a tabletop.',
  ],
  reps: { min: 10, max: 20, default: 15 },
  phases: [
    {
      pose: 'cow',
      name: 'Cow',
      cue: 'Breathe in. Let your belly sink. Lift your chest and tailbone. Look up.',
    },
    {
      pose: 'cat',
      name: 'Cat',
      cue: 'Breathe out. Round your back. Tuck your tailbone. Drop your chin toward your chest.',
    },
  ],
  holdCues: [
    'Let your breath set the pace.',
    'Move slowly.',
    'Keep your arms long and easy.',
    'Stay within a comfortable range.',
  ],
  release: ['Come back to a flat back.', 'Take one easy breath.'],
  repCue: 'Keep flowing with your breath.',
  feel: 'You should feel your whole spine loosen, one breath at a time.',
  modifications: [
    {
      name: 'Smaller movement',
      when: 'When your back feels tender or stiff.',
      steps: [
        'Arch only a little.',
        'Round only a little.',
        'Keep every move slow and small.',
      ],
    },
    {
      name: 'Seated cat-cow',
      replacesSetup: true,
      startPosition: 'seated',
      when: "When kneeling isn't comfortable.",
      steps: [
        'Sit near the front of a chair.',
        'Rest your hands on your knees.',
        'Breathe in and lift your chest.',
        'Breathe out and round your back.',
      ],
      deskFriendly: true,
    },
  ],
  benefits: [
    'Loosens the spine from top to bottom.',
    'Builds coordination and better posture.',
    'Releases tension all along the back.',
  ],
};
