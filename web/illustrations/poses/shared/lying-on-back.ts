import type { PoseSpec } from '../../skeleton';

/**
 * The body of a person lying on their back, head to the left, looking at the ceiling:
 * shared by knee-to-chest, piriformis and pelvic tilts, which differ in legs, arms and spine.
 */
export const LYING_ON_BACK = {
  view: 'side',
  torsoAngle: 180,
  front: 1,
  shoulderSpread: 0,
  hipSpread: 0,
  neckAngle: 180,
  headAngle: 180,
  gaze: -90,
  // Shoulders rest on the floor.
  shoulderShift: { x: 0, y: 8 },
  mat: true,
} as const satisfies Partial<PoseSpec>;
