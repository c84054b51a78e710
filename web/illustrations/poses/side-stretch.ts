import type { StretchDrawing } from '../drawing';
import { ANKLE_ON_FLOOR } from '../skeleton';

export const sideStretch: StretchDrawing = {
  poses: [
    {
      name: 'main',
      spec: {
        view: 'front',
        hip: { x: 300, y: 182 },
        torsoAngle: -72,
        front: 1,
        lumbarCurve: 0.1,
        thoracicCurve: 0.12,
        shoulderSpread: 29,
        hipSpread: 16,
        neckAngle: -76,
        headAngle: -74,
        limbs: {
          nearLeg: { end: { x: 279, y: ANKLE_ON_FLOOR }, bend: 1, tipAngle: 170 },
          farLeg: { end: { x: 321, y: ANKLE_ON_FLOOR }, bend: -1, tipAngle: 10 },
          nearArm: { angles: [-80, -32], tipAngle: -20 },
          farArm: { end: { x: 330, y: 176 }, bend: -1, tipAngle: 160 },
        },
        highlight: ['nearArm'],
        order: ['nearLeg', 'farLeg', 'torso', 'head', 'farArm', 'nearArm'],
        mat: false,
      },
    },
  ],
};
