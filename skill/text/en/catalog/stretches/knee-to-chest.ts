/** Knee-to-Chest: what a person hears and reads (the structure is skill/catalog/stretches/knee-to-chest.ts). */
import type { DrawingWords, StretchWords } from '../../../../catalog/parts';

export const kneeToChest: StretchWords = {
  name: 'Knee-to-Chest',
  spokenName: 'knee to chest stretch',
  spokenArticle: 'the',
  synonyms: [
    'knee to chest',
    'knees to chest',
    'knee hug',
    'knee hugs',
    'hug your knees',
    'single knee to chest',
    'double knee to chest',
    'one knee to chest',
    'knee to chest pose',
    'apanasana',
    'hugging my knees',
    'hug my knees',
    'the one where i hug my knees',
    'knees to my chest',
    'knee to my chest',
    'knees on the chest',
    'knee to the chest',
    'wind relieving pose',
    'knees to chest pose',
    'need to chest',
    'knee to chess',
    'knees to chest stretch',
    'knee hug stretch',
  ],
  summary: 'A classic lying stretch that eases the lower back.',
  setup: [
    'Lie on your back on a soft surface.',
    'Bend both knees.',
    'Set your feet flat on the floor.',
    'Draw your {side} knee toward your chest.',
    'Hold behind your thigh, or over your shin.',
    'Keep your {other} foot on the floor.',
  ],
  holdCues: [
    'Breathe easily.',
    'Draw the knee in gently. No tugging.',
    'Relax your shoulders and neck.',
    'Keep your lower back heavy.',
  ],
  release: [
    'Let go of your {side} leg.',
    'Lower your {side} foot to the floor.',
  ],
  repCue: 'Draw your {side} knee in again.',
  feel: 'You should feel a gentle stretch in your lower back and your {side} hip.',
  modifications: [
    {
      name: 'Towel behind the thigh',
      when: "When you can't reach your leg comfortably.",
      steps: [
        'Loop a towel behind your {side} thigh.',
        'Hold both ends of the towel.',
        'Let the knee come in only as far as feels easy.',
      ],
    },
    {
      name: 'Smaller pull',
      when: 'When your hip or back feels tight.',
      steps: [
        'Bring the knee in only halfway.',
        'Let your hands rest on your knee.',
      ],
    },
  ],
  advanced: {
    name: 'Both knees',
    when: 'When one knee at a time feels easy.',
    steps: [
      'Now draw your {other} knee in as well.',
      'Hold behind both thighs.',
      'Keep your lower back on the floor.',
    ],
  },
  benefits: [
    'Eases tension in the lower back.',
    'Gently opens the hips.',
  ],
};

/** Its drawings in words, by drawn position: page-only (the pages' bundle picks them up, the skill's leaves them out). */
export const kneeToChestDrawing: DrawingWords = {
  main: {
    desc: 'A person lies on their back on a mat, head resting on the floor. The right knee is drawn in toward the chest, with both hands holding the shin just below the knee. The left knee is bent with the left foot flat on the floor, and the lower back stays on the mat.',
  },
};
