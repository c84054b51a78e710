/** Cat-Cow: its structure (the words are skill/text/<lang>/catalog/stretches/cat-cow.ts, the drawing web/illustrations/poses/cat-cow.ts). */
import type { StretchStructure } from '../parts';

export const catCow: StretchStructure = {
  id: 'cat-cow',
  guideOrder: 2,
  areas: ['spine', 'whole back', 'core'],
  startPosition: 'kneeling',
  deskFriendly: false,
  kind: 'breath-flow',
  sided: false,
  reps: { min: 10, max: 20, default: 15 },
  phases: [{ pose: 'cow' }, { pose: 'cat' }],
  modifications: [{}, { replacesSetup: true, startPosition: 'seated', deskFriendly: true }],
  drawnPoses: ['cow', 'cat'],
};
