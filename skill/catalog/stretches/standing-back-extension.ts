/** Standing Back Extension: its structure (the words are skill/text/<lang>/catalog/stretches/standing-back-extension.ts, the drawing web/illustrations/poses/standing-back-extension.ts). */
import type { StretchStructure } from '../parts';

export const standingBackExtension: StretchStructure = {
  id: 'standing-back-extension',
  guideOrder: 8,
  areas: ['lower back', 'spine'],
  startPosition: 'standing',
  deskFriendly: true,
  kind: 'short-holds',
  sided: false,
  hold: { min: 5, max: 10, default: 5 },
  reps: { min: 5, max: 10, default: 8 },
  modifications: [{ deskFriendly: true }],
  drawnPoses: ['lean'],
};
