import type { StretchDrawing } from '../drawing';
import { FLOOR_Y, WRIST_ON_FLOOR } from '../skeleton';

export const sphinxPose: StretchDrawing = {
  poses: [
    {
      name: 'main',
      spec: {
        view: 'side',
        hip: { x: 250, y: FLOOR_Y - 17 },
        torsoAngle: -35,
        front: 1,
        lumbarCurve: -0.12,
        thoracicCurve: -0.02,
        shoulderSpread: 0,
        hipSpread: 0,
        neckAngle: -60,
        headAngle: -45,
        gaze: -5,
        limbs: {
          // Straight legs resting on the floor behind.
          nearLeg: { angles: [177.2, 177.2], tipAngle: 172 },
          farLeg: { angles: [177.4, 177.4], tipAngle: 172 },
          nearArm: { end: { x: 380, y: WRIST_ON_FLOOR }, bend: 1, tipAngle: 0 },
          farArm: { end: { x: 385, y: WRIST_ON_FLOOR }, bend: 1, tipAngle: 0 },
        },
        highlight: [],
        order: ['farArm', 'farLeg', 'nearLeg', 'head', 'torso', 'nearArm'],
        mat: true,
      },
    },
  ],
};
