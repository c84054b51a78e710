/** Thread the Needle: its structure (the words are skill/text/<lang>/catalog/stretches/thread-the-needle.ts, the drawing web/illustrations/poses/thread-the-needle.ts). */
import type { StretchStructure } from '../parts';

export const threadTheNeedle: StretchStructure = {
  id: 'thread-the-needle',
  guideOrder: 5,
  areas: ['upper back', 'shoulders'],
  startPosition: 'kneeling',
  deskFriendly: false,
  kind: 'static-hold',
  sided: true,
  hold: { min: 20, max: 30, default: 25 },
  reps: { min: 2, max: 3, default: 2 },
  modifications: [{}],
  drawnPoses: ['main'],
};
