import type { StretchDrawing } from '../drawing';
import { WRIST_ON_FLOOR } from '../skeleton';

export const childsPose: StretchDrawing = {
  poses: [
    {
      name: 'main',
      spec: {
        view: 'side',
        hip: { x: 224, y: 299 },
        torsoAngle: -1,
        front: 1,
        lumbarCurve: 0.16,
        thoracicCurve: 0.12,
        shoulderSpread: 0,
        hipSpread: 0,
        neckAngle: 48,
        headAngle: 55,
        gaze: 115,
        limbs: {
          nearLeg: { angles: [21, 177], tipAngle: 182 },
          farLeg: { angles: [22, 177], tipAngle: 182 },
          nearArm: { end: { x: 408, y: WRIST_ON_FLOOR }, bend: -1, tipAngle: 0 },
          farArm: { end: { x: 409, y: WRIST_ON_FLOOR }, bend: -1, tipAngle: 0 },
        },
        highlight: [],
        order: ['farArm', 'farLeg', 'nearLeg', 'head', 'torso', 'nearArm'],
        mat: true,
      },
    },
  ],
};
