import type { StretchDrawing } from '../drawing';
import { LYING_ON_BACK } from './shared/lying-on-back';
import { ANKLE_ON_FLOOR, FLOOR_Y } from '../skeleton';

export const kneeToChest: StretchDrawing = {
  poses: [
    {
      name: 'main',
      spec: {
        ...LYING_ON_BACK,
        hip: { x: 310, y: FLOOR_Y - 23 },
        lumbarCurve: 0,
        thoracicCurve: 0.02,
        limbs: {
          nearLeg: { angles: [-135, -5], tipAngle: -70 },
          farLeg: { end: { x: 410, y: ANKLE_ON_FLOOR }, bend: -1, tipAngle: 8 },
          // Elbows open out to the sides, so the arms look shorter from the side.
          nearArm: { end: { x: 277, y: 259 }, bend: 1, tipAngle: -80, depth: [0.75, 0.9] },
          farArm: { end: { x: 274, y: 261 }, bend: 1, tipAngle: -80, depth: [0.75, 0.9] },
        },
        highlight: ['nearLeg'],
      },
    },
  ],
};
