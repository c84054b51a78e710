import type { StretchDrawing } from '../drawing';
import { LYING_ON_BACK } from './lying-on-back';
import { BODY, FLOOR_Y, along, type Point } from '../skeleton';

const HIP: Point = { x: 310, y: FLOOR_Y - 23 };
/** The left thigh is drawn towards the chest; the left shin points up and away. */
const LEFT_THIGH = -112;
const LEFT_SHIN = -25;
/** The left knee, where the right ankle rests. */
const leftKnee = along(HIP, LEFT_THIGH, BODY.thigh);

export const piriformisStretch: StretchDrawing = {
  poses: [
    {
      name: 'main',
      desc:
        'A person lies on their back on a mat in a figure-four shape. ' +
        'The right ankle rests across the left knee, with the right knee opening out to the side. ' +
        'Both hands hold the back of the left thigh and draw it gently toward the chest, ' +
        'while the head and shoulders stay relaxed on the floor.',
      spec: {
        ...LYING_ON_BACK,
        hip: HIP,
        lumbarCurve: 0,
        thoracicCurve: 0.02,
        limbs: {
          farLeg: { angles: [LEFT_THIGH, LEFT_SHIN], tipAngle: -80 },
          // The right knee opens out towards the viewer, so the right leg looks shorter.
          nearLeg: { end: { x: leftKnee.x + 2, y: leftKnee.y - 14 }, bend: 1, tipAngle: -170, depth: [0.72, 0.85] },
          nearArm: { end: { x: 288, y: 268 }, bend: 1, tipAngle: -100, depth: [0.75, 0.9] },
          farArm: { end: { x: 284, y: 272 }, bend: 1, tipAngle: -100, depth: [0.75, 0.9] },
        },
        highlight: ['nearLeg'],
        order: ['farArm', 'farLeg', 'head', 'torso', 'nearArm', 'nearLeg'],
      },
    },
  ],
};
