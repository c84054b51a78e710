import type { Stretch } from '../types';

export const childsPose: Stretch = {
  id: 'childs-pose',
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
  ],
  summary: 'A restful kneeling fold that eases the whole back, the shoulders and the hips.',
  areas: ['whole back', 'shoulders', 'hips'],
  startPosition: 'kneeling',
  deskFriendly: false,
  kind: 'static-hold',
  sided: false,
  setup: [
    'Come onto your hands and knees.',
    'Let your knees open to hip width, or a little wider.',
    'Slowly sink your hips back toward your heels.',
    'Reach your arms forward, or rest them beside you.',
    'Rest your forehead on the floor or on a cushion.',
  ],
  hold: { min: 30, max: 120, default: 60 },
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
