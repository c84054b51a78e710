/** Child's Pose: what a person hears and reads (the structure is skill/catalog/stretches/childs-pose.ts). */
import type { DrawingWords, StretchWords } from '../../../../catalog/parts';

export const childsPose: StretchWords = {
  name: "Child's Pose",
  spokenName: "child's pose",
  synonyms: [
    'child pose',
    'childs pose',
    "child's position",
    'child position',
    'childs position',
    'kids pose',
    "kid's pose",
    'balasana',
    "extended child's pose",
    'resting pose',
    'extended child pose',
    'wide knee child pose',
    'wide knee childs pose',
    'pose of the child',
    "child's pulse",
    "child's rose",
    'childs post',
    'child post',
    'child pose please',
  ],
  summary: 'A restful kneeling fold that eases the whole back, the shoulders and the hips.',
  setup: [
    'Come onto your hands and knees.',
    'Let your knees open to hip width, or a little wider.',
    'Slowly sink your hips back toward your heels.',
    'Reach your arms forward, or rest them beside you.',
    'Rest your forehead on the floor or on a cushion.',
  ],
  holdCues: [
    'Breathe slowly and deeply.',
    'Let your back go soft.',
    'Relax your shoulders.',
    'Let each breath widen your back.',
    'Nothing to do. Just rest here.',
  ],
  release: [
    'Walk your hands back toward your knees.',
    'Slowly roll up onto your hands and knees.',
  ],
  feel: 'You should feel a gentle stretch along your back, shoulders and hips.',
  modifications: [
    {
      name: 'Pillow under the hips',
      when: "When your hips don't reach your heels.",
      steps: [
        'Lift your hips a little.',
        'Slide a pillow onto your heels.',
        'Let your hips rest on the pillow.',
      ],
    },
    {
      name: 'Towel behind the knees',
      when: 'When your knees feel sore or tight.',
      steps: [
        'Lift your hips a little.',
        'Tuck a rolled towel into the bend of your knees.',
        'Sit back gently onto it.',
      ],
    },
  ],
  benefits: [
    'Eases the whole back, the shoulders and the hips.',
    'Calms the breath and helps you unwind.',
  ],
};

/** Its drawings in words, by drawn position: page-only (the pages' bundle picks them up, the skill's leaves them out). */
export const childsPoseDrawing: DrawingWords = {
  main: {
    desc: 'A person kneels on a mat and sits back with the hips resting on the heels. The chest folds forward over the thighs with a gently rounded back. Both arms reach forward along the floor and the forehead rests on the mat.',
  },
};
