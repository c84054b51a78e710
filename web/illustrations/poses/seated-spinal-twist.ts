import type { StretchDrawing } from '../drawing';
import { ANKLE_ON_FLOOR, FLOOR_Y, WRIST_ON_FLOOR } from '../skeleton';

/** The chair twist: seat top and the chair back's x (at the person's right, the viewer's left). */
const SEAT_Y = 253;
const BACK_X = 236;

export const seatedSpinalTwist: StretchDrawing = {
  poses: [
    {
      name: 'main',
      spec: {
        view: 'side',
        hip: { x: 220, y: FLOOR_Y - 23 },
        torsoAngle: -96,
        torsoScale: 1.2,
        front: 1,
        lumbarCurve: 0,
        thoracicCurve: 0.03,
        shoulderSpread: 12,
        hipSpread: 0,
        neckAngle: -95,
        headAngle: -95,
        gaze: 180,
        limbs: {
          farLeg: { end: { x: 368, y: ANKLE_ON_FLOOR }, bend: -1, tipAngle: -80 },
          nearLeg: { end: { x: 292, y: ANKLE_ON_FLOOR }, bend: -1, tipAngle: 8 },
          nearArm: { end: { x: 165, y: WRIST_ON_FLOOR }, bend: 1, tipAngle: 180 },
          farArm: { end: { x: 292, y: 214 }, bend: 1, tipAngle: -80 },
        },
        highlight: ['nearLeg'],
        order: ['farLeg', 'head', 'torso', 'nearArm', 'nearLeg', 'farArm'],
        mat: true,
      },
    },
      {
      name: 'chair',
      spec: {
        view: 'front',
        hip: { x: 300, y: SEAT_Y - 17 },
        torsoAngle: -90,
        front: 1,
        lumbarCurve: 0,
        thoracicCurve: 0,
        // Turned to the right: the shoulders look narrower and the chest deeper.
        shoulderSpread: 15,
        hipSpread: 15,
        torsoScale: 0.85,
        neckAngle: -92,
        headAngle: -90,
        gaze: 180,
        limbs: {
          // Thighs come towards the viewer (short), shins straight down, feet flat.
          nearLeg: { angles: [140, 92], tipAngle: 172, depth: [0.45, 1] },
          farLeg: { angles: [40, 88], tipAngle: 8, depth: [0.45, 1] },
          nearArm: { end: { x: BACK_X + 2, y: 150 }, bend: 1, tipAngle: -95 },
          farArm: { end: { x: BACK_X + 4, y: 166 }, bend: 1, tipAngle: -95 },
        },
        highlight: [],
        order: ['nearLeg', 'farLeg', 'torso', 'head', 'nearArm', 'farArm'],
        chair: { from: BACK_X, to: 352, seatY: SEAT_Y, backTopY: 128, backAt: 'from' },
        arrows: [[{ x: 340, y: 92 }, { x: 300, y: 66 }, { x: 258, y: 86 }]],
        mat: false,
      },
    },
  ],
};
