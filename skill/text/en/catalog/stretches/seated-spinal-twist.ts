/** Seated Spinal Twist: what a person hears and reads (the structure is skill/catalog/stretches/seated-spinal-twist.ts). */
import type { DrawingWords, StretchWords } from '../../../../catalog/parts';

export const seatedSpinalTwist: StretchWords = {
  name: 'Seated Spinal Twist',
  spokenName: 'seated spinal twist',
  spokenArticle: 'the',
  synonyms: [
    'seated twist',
    'spinal twist',
    'sitting twist',
    'seated spine twist',
    'spine twist',
    'sitting spinal twist',
    'twist',
    'chair twist',
    'seated chair twist',
    'back twist',
    'seated rotation',
    'ardha matsyendrasana',
    'the twisty one',
    'twisty one',
    'twisty',
    'twist in the chair',
    'turning the back sitting',
    'rotation of the back',
    'twist exercise sitting',
    'half lord of the fishes',
    'seated spiral twist',
    'spiral twist',
    'seated spinal twists',
    'a twist i can do at my desk',
    'twist at my desk',
    'desk twist',
  ],
  summary: 'A seated turn that frees up the middle and lower back.',
  setup: [
    'Sit on the floor with your legs out in front.',
    'Bend your {side} knee.',
    'Set your {side} foot flat, just outside your {other} knee.',
    'Press your {side} palm into the floor, just behind your hips.',
    'Hook your {other} elbow outside your {side} knee.',
    'Breathe in and sit tall.',
    'Breathe out and turn toward the {side}.',
  ],
  holdCues: [
    'Grow a little taller as you breathe in.',
    'Turn a little further as you breathe out.',
    'Keep breathing steadily.',
    'Look over your {side} shoulder, if your neck is happy.',
    'Relax your shoulders.',
  ],
  release: [
    'Slowly turn back to the middle.',
    'Let your arms and legs relax.',
  ],
  repCue: 'Sit tall, then turn toward the {side} again.',
  feel: 'You should feel it through your middle and lower back.',
  modifications: [
    {
      name: 'Chair twist',
      when: "At work, or whenever the floor isn't practical.",
      steps: [
        'Sit sideways on a chair, with the chair back at your {side}.',
        'Set both feet flat on the floor.',
        'Sit tall.',
        'Hold the chair back with both hands.',
        'Breathe out and turn toward the chair back.',
      ],
    },
    {
      name: 'Smaller twist',
      when: 'When twisting feels tight.',
      steps: [
        'Turn back toward the middle a little.',
        'Hug your {side} knee with your {other} arm instead.',
        'Stay where the turn feels easy.',
      ],
    },
  ],
  benefits: [
    'Improves how easily your spine turns.',
    'Eases tension in the middle and lower back.',
  ],
};

/** Its drawings in words, by drawn position: page-only (the pages' bundle picks them up, the skill's leaves them out). */
export const seatedSpinalTwistDrawing: DrawingWords = {
  main: {
    label: 'on the floor',
    desc: 'A person sits tall on a mat with the left leg stretched out in front. The right knee is bent and crossed over the left leg, with the right foot flat on the floor beside the left knee. The right hand presses into the floor behind the hips, the left elbow hooks around the outside of the right knee, and the chest and head turn to the right, looking back over the right shoulder.',
  },
  chair: {
    label: 'chair twist',
    desc: 'Seen from the front, a person sits tall and sideways on a chair, with the chair back at their right side and both feet flat on the floor. Both hands hold the top of the chair back, and the chest and head turn to the right, toward the chair back, while the hips stay facing forward.',
  },
};
