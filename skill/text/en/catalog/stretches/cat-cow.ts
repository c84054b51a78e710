/** Cat-Cow: what a person hears and reads (the structure is skill/catalog/stretches/cat-cow.ts). */
import type { DrawingWords, StretchWords } from '../../../../catalog/parts';

export const catCow: StretchWords = {
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
    'the cat one',
    'cat one',
    'kitty cat',
    'kitty cat one',
    'the kitty cat one',
    'cat',
    'cat cough',
    'cat now',
    'kat cow',
    'cap cow',
    'cattle cow',
    'cat and cow pose',
    'cat cow sequence',
    'the cat cow sequence',
    'cat cow exercise',
    'cat cow stretch',
  ],
  summary: 'A slow, breath-led movement that loosens the whole spine.',
  setup: [
    'Come onto your hands and knees.',
    'Place your hands under your shoulders.',
    'Place your knees under your hips.',
    'Let your back rest flat, like a tabletop.',
  ],
  phases: [
    { name: 'Cow', cue: 'Breathe in. Let your belly sink. Lift your chest and tailbone. Look up.' },
    {
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
  release: [
    'Come back to a flat back.',
    'Take one easy breath.',
  ],
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
      when: "When kneeling isn't comfortable.",
      steps: [
        'Sit near the front of a chair.',
        'Rest your hands on your knees.',
        'Breathe in and lift your chest.',
        'Breathe out and round your back.',
      ],
    },
  ],
  benefits: [
    'Loosens the spine from top to bottom.',
    'Builds coordination and better posture.',
    'Releases tension all along the back.',
  ],
};

/** Its drawings in words, by drawn position: page-only (the pages' bundle picks them up, the skill's leaves them out). */
export const catCowDrawing: DrawingWords = {
  cow: {
    label: 'cow position',
    desc: 'A person is on hands and knees, wrists under the shoulders and knees under the hips. The belly sinks toward the floor so the back curves downward, while the chest and head lift and the eyes look ahead and slightly up.',
  },
  cat: {
    label: 'cat position',
    desc: 'A person is on hands and knees, wrists under the shoulders and knees under the hips. The back rounds up toward the ceiling like a stretching cat, and the head drops so the chin moves toward the chest.',
  },
};
