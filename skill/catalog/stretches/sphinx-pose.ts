/** Sphinx Pose: its structure (the words are skill/text/<lang>/catalog/stretches/sphinx-pose.ts, the drawing web/illustrations/poses/sphinx-pose.ts). */
import type { StretchStructure } from '../parts';

export const sphinxPose: StretchStructure = {
  id: 'sphinx-pose',
  guideOrder: 6,
  areas: ['lower back', 'spine', 'core'],
  startPosition: 'lying face down',
  deskFriendly: false,
  kind: 'static-hold',
  sided: false,
  hold: { min: 30, max: 60, default: 45 },
  modifications: [{}, {}],
  drawnPoses: ['main'],
};
