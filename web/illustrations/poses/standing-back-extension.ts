import type { StretchDrawing } from '../drawing';

export const standingBackExtension: StretchDrawing = {
  poses: [
    {
      name: 'lean',
      spec: {
        view: 'side',
        hip: { x: 300, y: 182 },
        // Facing left: the shoulders sit behind (to the right of) the hips.
        torsoAngle: -68,
        front: -1,
        // Arched: the back hollows and the chest bulges forward and up.
        lumbarCurve: -0.26,
        thoracicCurve: -0.2,
        shoulderSpread: 0,
        hipSpread: 0,
        neckAngle: -60,
        headAngle: -50,
        gaze: -120,
        limbs: {
          // Knees straight but soft, hips a little ahead of the feet, toes pointing left.
          nearLeg: { angles: [77, 88], tipAngle: 176 },
          farLeg: { angles: [76, 89], tipAngle: 176 },
          // Hands on the lower back, fingers down; elbows bend out behind the body.
          nearArm: { end: { x: 337, y: 158 }, bend: -1, tipAngle: 95, depth: [0.85, 0.8] },
          farArm: { end: { x: 334, y: 154 }, bend: -1, tipAngle: 95, depth: [0.85, 0.8] },
        },
        highlight: [],
        // Which way the upper body moves: back, over the head towards the heels.
        arrows: [[{ x: 322, y: 28 }, { x: 385, y: -8 }, { x: 408, y: 52 }]],
        // Arms behind the body: only the elbows show, pointing back, so the outline of the
        // arched body (chest up, hollow lower back in the accent colour) reads at card size.
        order: ['farArm', 'farLeg', 'nearArm', 'head', 'torso', 'nearLeg'],
        accentBack: [0.1, 0.7],
        mat: false,
      },
    },
  ],
};
