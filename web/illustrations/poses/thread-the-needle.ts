import type { StretchDrawing } from '../drawing';
import { BODY, FLOOR_Y, KNEE_ON_FLOOR, WRIST_ON_FLOOR } from '../skeleton';

/**
 * Seen from the head end, so the threaded arm can be seen going ACROSS under the chest
 * (from the side it would point straight away from the viewer): hips high over the knees,
 * the right shoulder and the side of the head down on the mat at the viewer's left, the
 * right arm lying along the floor through the gap under the body towards the left side,
 * the left arm planted.
 */
const HIP_X = 260;

export const threadTheNeedle: StretchDrawing = {
  poses: [
    {
      name: 'main',
      spec: {
        view: 'front',
        hip: { x: HIP_X, y: KNEE_ON_FLOOR - BODY.thigh },
        // From the high hips down towards the shoulders, which are nearer the viewer.
        torsoAngle: 35,
        torsoDepth: 0.95,
        front: -1,
        lumbarCurve: 0,
        thoracicCurve: 0,
        shoulderSpread: 22,
        shoulderShift: { x: 0, y: 6 },
        hipSpread: 17,
        neckAngle: 110,
        headAngle: 170,
        limbs: {
          // Thighs straight down to the knees; the shins point away and are hidden.
          nearLeg: { angles: [90, 90], tipAngle: -90, depth: [1, 0.05] },
          farLeg: { angles: [90, 90], tipAngle: -90, depth: [1, 0.05] },
          // Threaded: along the floor, across under the chest, palm up.
          nearArm: { angles: [3, 0], tipAngle: 0 },
          farArm: { end: { x: HIP_X + 112, y: WRIST_ON_FLOOR }, bend: -1, tipAngle: 0, depth: [0.62, 0.72] },
        },
        highlight: ['nearArm'],
        order: ['farLeg', 'nearLeg', 'torso', 'nearArm', 'farArm', 'head'],
        arrows: [[{ x: HIP_X + 120, y: FLOOR_Y - 34 }, { x: HIP_X + 180, y: FLOOR_Y - 40 }, { x: HIP_X + 236, y: FLOOR_Y - 26 }]],
        mat: true,
      },
    },
  ],
};
