/** Sphinx Pose: what a person hears and reads (the structure is skill/catalog/stretches/sphinx-pose.ts). */
import type { DrawingWords, StretchWords } from '../../../../catalog/parts';

export const sphinxPose: StretchWords = {
  name: 'Sphinx Pose',
  spokenName: 'sphinx pose',
  synonyms: [
    'sphinx',
    'sphynx',
    'sphinx position',
    'sphinx stretch',
    'sphinx yoga pose',
    'salamba bhujangasana',
    'sphinx poles',
    'spinks pose',
    'spinks',
    'sphinx one',
    'sphinx exercise',
    'the sphinx one',
  ],
  summary: 'A gentle backbend on your forearms that stretches the belly and supports the lower back.',
  setup: [
    'Lie on your front.',
    'Set your elbows under your shoulders.',
    'Rest your forearms on the floor.',
    'Press gently into your forearms.',
    'Lift your chest off the floor.',
    'Let your hips and legs stay heavy.',
  ],
  holdCues: [
    'Draw your shoulder blades down your back.',
    'Keep your neck long.',
    'Look slightly forward.',
    'Breathe easily.',
    'If your lower back pinches, come lower.',
  ],
  release: [
    'Slowly lower your chest to the floor.',
    'Rest your head on your hands.',
  ],
  feel: 'You should feel a gentle stretch across your belly and a mild bend in your lower back.',
  modifications: [
    {
      name: 'Lower lift',
      when: 'When your lower back feels pinched or sore.',
      steps: [
        'Walk your elbows a little further forward.',
        'Let your chest come lower.',
        'Keep your belly on the floor.',
      ],
    },
    {
      name: 'Rest on your front',
      when: 'When any lift hurts.',
      steps: [
        'Lower your chest all the way down.',
        'Stack your hands under your forehead.',
        'Just breathe into your belly.',
      ],
    },
  ],
  caution: 'Sharp pain in your lower back means lift less high. If it still hurts, skip this one.',
  benefits: [
    'Stretches the belly muscles.',
    'Builds strength along the spine.',
  ],
};

/** Its drawings in words, by drawn position: page-only (the pages' bundle picks them up, the skill's leaves them out). */
export const sphinxPoseDrawing: DrawingWords = {
  main: {
    desc: 'A person lies face down on a mat, propped up on the forearms with the elbows right under the shoulders. The chest lifts off the floor in a gentle backbend while the hips and legs stay relaxed on the mat. The neck is long and the eyes look slightly ahead.',
  },
};
