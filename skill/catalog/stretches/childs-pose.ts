/** Child's Pose: its structure (the words are skill/text/<lang>/catalog/stretches/childs-pose.ts, the drawing web/illustrations/poses/childs-pose.ts). */
import type { StretchStructure } from '../parts';

export const childsPose: StretchStructure = {
  id: 'childs-pose',
  guideOrder: 1,
  areas: ['whole back', 'shoulders', 'hips'],
  startPosition: 'kneeling',
  deskFriendly: false,
  kind: 'static-hold',
  sided: false,
  hold: { min: 30, max: 120, default: 60 },
  modifications: [{}, {}],
  drawnPoses: ['main'],
};
