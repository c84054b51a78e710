import type { StretchDrawing } from '../drawing';
import { BODY, FLOOR_Y, solveTwoBone, type Point } from '../skeleton';

const HIP: Point = { x: 310, y: FLOOR_Y - 21 };
const LEFT_ANKLE: Point = { x: 350, y: 212 };
/** The left knee, where the right ankle rests. */
const leftKnee = solveTwoBone(HIP, LEFT_ANKLE, BODY.thigh, BODY.shin, -1).mid;

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
        view: 'side',
        hip: HIP,
        torsoAngle: 180,
        front: 1,
        lumbarCurve: 0,
        thoracicCurve: 0.02,
        shoulderSpread: 0,
        hipSpread: 0,
        neckAngle: 180,
        headAngle: 180,
        gaze: -90,
        shoulderShift: { x: 0, y: 8 },
        limbs: {
          farLeg: { end: LEFT_ANKLE, bend: -1, tipAngle: -70 },
          nearLeg: { end: { x: leftKnee.x + 4, y: leftKnee.y - 10 }, bend: 1, tipAngle: -150 },
          nearArm: { end: { x: 282, y: 272 }, bend: 1, tipAngle: -60 },
          farArm: { end: { x: 278, y: 276 }, bend: 1, tipAngle: -60 },
        },
        highlight: ['nearLeg'],
        order: ['farArm', 'farLeg', 'torso', 'head', 'nearArm', 'nearLeg'],
        mat: true,
      },
    },
  ],
};
