/** Seated Spinal Twist: its structure (the words are skill/text/<lang>/catalog/stretches/seated-spinal-twist.ts, the drawing web/illustrations/poses/seated-spinal-twist.ts). */
import type { StretchStructure } from '../parts';

export const seatedSpinalTwist: StretchStructure = {
  id: 'seated-spinal-twist',
  guideOrder: 4,
  areas: ['mid back', 'lower back', 'spine'],
  startPosition: 'seated',
  deskFriendly: true,
  kind: 'static-hold',
  sided: true,
  hold: { min: 20, max: 30, default: 25 },
  /** One hold each side; the guide's daily routine asks for two. */
  reps: { min: 1, max: 2, default: 1 },
  modifications: [{ replacesSetup: true, startPosition: 'seated', deskFriendly: true }, {}],
  drawnPoses: ['main', 'chair'],
  versionPoses: { easier: 'chair' },
};
