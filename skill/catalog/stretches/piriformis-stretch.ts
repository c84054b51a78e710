/** Piriformis Stretch: its structure (the words are skill/text/<lang>/catalog/stretches/piriformis-stretch.ts, the drawing web/illustrations/poses/piriformis-stretch.ts). */
import type { StretchStructure } from '../parts';

export const piriformisStretch: StretchStructure = {
  id: 'piriformis-stretch',
  guideOrder: 7,
  areas: ['hips', 'lower back'],
  startPosition: 'lying on back',
  deskFriendly: false,
  kind: 'static-hold',
  sided: true,
  hold: { min: 20, max: 30, default: 25 },
  reps: { min: 2, max: 3, default: 2 },
  modifications: [{}, { replacesSetup: true, startPosition: 'seated', deskFriendly: true }],
  drawnPoses: ['main'],
};
