/** Pelvic Tilts: its structure (the words are skill/text/<lang>/catalog/stretches/pelvic-tilts.ts, the drawing web/illustrations/poses/pelvic-tilts.ts). */
import type { StretchStructure } from '../parts';

export const pelvicTilts: StretchStructure = {
  id: 'pelvic-tilts',
  guideOrder: 10,
  areas: ['lower back', 'core'],
  startPosition: 'lying on back',
  deskFriendly: false,
  kind: 'paired-holds',
  sided: false,
  hold: { min: 5, max: 5, default: 5 },
  reps: { min: 10, max: 15, default: 12 },
  phases: [{ pose: 'tilt-back' }, { pose: 'tilt-forward' }],
  modifications: [{}],
  drawnPoses: ['tilt-back', 'tilt-forward'],
};
