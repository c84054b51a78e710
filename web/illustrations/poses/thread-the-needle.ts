import type { StretchDrawing } from '../drawing';
import { ANKLE_ON_FLOOR, KNEE_ON_FLOOR, WRIST_ON_FLOOR, BODY } from '../skeleton';

const KNEE_X = 220;

export const threadTheNeedle: StretchDrawing = {
  poses: [
    {
      name: 'main',
      desc:
        'A person starts on hands and knees with the hips kept high over the knees. ' +
        'The right arm slides along the floor under the body, palm up, ' +
        'so the right shoulder and the side of the head rest on the mat. ' +
        'The left hand stays planted on the floor ahead for support.',
      spec: {
        view: 'side',
        hip: { x: KNEE_X + 4, y: KNEE_ON_FLOOR - BODY.thigh },
        torsoAngle: 48,
        front: 1,
        lumbarCurve: 0.04,
        thoracicCurve: 0.04,
        shoulderSpread: 0,
        hipSpread: 0,
        neckAngle: 0,
        headAngle: -5,
        limbs: {
          nearLeg: { end: { x: KNEE_X - 70, y: ANKLE_ON_FLOOR }, bend: -1, tipAngle: 180 },
          farLeg: { end: { x: KNEE_X - 74, y: ANKLE_ON_FLOOR }, bend: -1, tipAngle: 180 },
          // Threaded under the chest towards the far side: seen end-on, so it looks shorter.
          nearArm: { angles: [153, 180], tipAngle: 180, depth: [0.75, 0.75] },
          farArm: { end: { x: KNEE_X + 166, y: WRIST_ON_FLOOR }, bend: -1, tipAngle: 0 },
        },
        highlight: ['nearArm'],
        order: ['farArm', 'farLeg', 'head', 'torso', 'nearArm', 'nearLeg'],
        mat: true,
      },
    },
  ],
};
