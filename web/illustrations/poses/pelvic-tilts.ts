import type { StretchDrawing } from '../drawing';
import { LYING_ON_BACK } from './shared/lying-on-back';
import { ANKLE_ON_FLOOR, FLOOR_Y, WRIST_ON_FLOOR, type PoseSpec } from '../skeleton';

/** Lying on the back, knees bent, feet flat, arms by the sides; only the lower back changes. */
function lyingBent(lumbarCurve: number, arrows: PoseSpec['arrows']): PoseSpec {
  return {
    ...LYING_ON_BACK,
    hip: { x: 320, y: FLOOR_Y - 23 },
    lumbarCurve,
    thoracicCurve: 0,
    limbs: {
      nearLeg: { end: { x: 420, y: ANKLE_ON_FLOOR }, bend: -1, tipAngle: 8 },
      farLeg: { end: { x: 415, y: ANKLE_ON_FLOOR }, bend: -1, tipAngle: 8 },
      nearArm: { end: { x: 342, y: WRIST_ON_FLOOR }, bend: -1, tipAngle: 0 },
      farArm: { end: { x: 341, y: WRIST_ON_FLOOR }, bend: -1, tipAngle: 0 },
    },
    highlight: [],
    // Both arms rest on the floor behind the body line, so the lower back stays in view.
    order: ['farArm', 'nearArm', 'farLeg', 'head', 'torso', 'nearLeg'],
    accentBack: [0.05, 0.6],
    arrows,
  };
}

export const pelvicTilts: StretchDrawing = {
  poses: [
    {
      name: 'tilt-back',
      // Flat: the back line lies on the floor; the arrows roll the pelvis towards the head
      // and press the lower back down.
      spec: lyingBent(0.13, [
        [{ x: 352, y: 270 }, { x: 322, y: 246 }, { x: 290, y: 262 }],
        [{ x: 262, y: 262 }, { x: 262, y: 272 }, { x: 262, y: 284 }],
      ]),
    },
    {
      name: 'tilt-forward',
      // Arched: a clear gap between the lower back and the floor; the arrows roll the pelvis
      // towards the feet.
      spec: lyingBent(-0.42, [
        [{ x: 290, y: 262 }, { x: 322, y: 246 }, { x: 352, y: 270 }],
      ]),
    },
  ],
};
