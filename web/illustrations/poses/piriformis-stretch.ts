import type { StretchDrawing } from '../drawing';
import { LYING_ON_BACK } from './shared/lying-on-back';
import { BODY, FLOOR_Y, along, type Point } from '../skeleton';

const HIP: Point = { x: 310, y: FLOOR_Y - 23 };
/**
 * A clean figure four that reads at thumbnail size: the left thigh points up with the shin
 * level (like a table leg), the right shin lies across it just below the left knee with the
 * right knee dropped out towards the viewer, and one straight arm reaches to the back of
 * the left thigh (the other is hidden behind it).
 */
const LEFT_THIGH = -78;
const LEFT_SHIN = 0;
/** The left knee, where the right ankle rests. */
const leftKnee = along(HIP, LEFT_THIGH, BODY.thigh);

export const piriformisStretch: StretchDrawing = {
  poses: [
    {
      name: 'main',
      spec: {
        ...LYING_ON_BACK,
        hip: HIP,
        lumbarCurve: 0,
        thoracicCurve: 0.02,
        limbs: {
          farLeg: { angles: [LEFT_THIGH, LEFT_SHIN], tipAngle: -80 },
          // The right knee opens out towards the viewer, so the right leg looks shorter.
          nearLeg: { end: { x: leftKnee.x - 4, y: leftKnee.y + 6 }, bend: 1, tipAngle: -150, depth: [0.9, 0.66] },
          nearArm: { end: { x: leftKnee.x - 13, y: leftKnee.y + 36 }, bend: 1, tipAngle: -60, depth: [0.95, 0.95] },
          farArm: { end: { x: leftKnee.x - 15, y: leftKnee.y + 36 }, bend: 1, tipAngle: -60, depth: [0.95, 0.95] },
        },
        highlight: ['nearLeg'],
        order: ['farArm', 'head', 'torso', 'farLeg', 'nearArm', 'nearLeg'],
      },
    },
  ],
};
