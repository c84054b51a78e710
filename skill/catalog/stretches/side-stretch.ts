/** Side Stretch: its structure (the words are skill/text/<lang>/catalog/stretches/side-stretch.ts, the drawing web/illustrations/poses/side-stretch.ts). */
import type { StretchStructure } from '../parts';

export const sideStretch: StretchStructure = {
  id: 'side-stretch',
  guideOrder: 9,
  areas: ['sides', 'mid back'],
  startPosition: 'standing',
  deskFriendly: true,
  kind: 'static-hold',
  sided: true,
  hold: { min: 15, max: 20, default: 20 },
  reps: { min: 2, max: 3, default: 2 },
  modifications: [{ deskFriendly: true }, { replacesSetup: true, startPosition: 'seated', deskFriendly: true }],
  drawnPoses: ['main'],
};
