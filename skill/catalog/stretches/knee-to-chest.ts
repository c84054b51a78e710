/** Knee-to-Chest: its structure (the words are skill/text/<lang>/catalog/stretches/knee-to-chest.ts, the drawing web/illustrations/poses/knee-to-chest.ts). */
import type { StretchStructure } from '../parts';

export const kneeToChest: StretchStructure = {
  id: 'knee-to-chest',
  guideOrder: 3,
  areas: ['lower back', 'hips'],
  startPosition: 'lying on back',
  deskFriendly: false,
  kind: 'static-hold',
  sided: true,
  hold: { min: 20, max: 30, default: 25 },
  reps: { min: 2, max: 3, default: 2 },
  modifications: [{}, {}],
  advanced: {},
  drawnPoses: ['main'],
};
