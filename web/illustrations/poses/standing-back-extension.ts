import type { StretchDrawing } from '../drawing';

export const standingBackExtension: StretchDrawing = {
  poses: [
    {
      name: 'lean',
      label: 'leaning back',
      desc:
        'A person stands with feet hip-width apart and knees soft. ' +
        'Both hands rest on the lower back, fingers pointing down, elbows drawn back. ' +
        'The upper body leans gently backward from the hips and the face tilts up a little toward the ceiling.',
      spec: {
        view: 'side',
        hip: { x: 322, y: 183.5 },
        torsoAngle: -122,
        front: 1,
        lumbarCurve: -0.1,
        thoracicCurve: 0.04,
        shoulderSpread: 0,
        hipSpread: 0,
        neckAngle: -118,
        headAngle: -135,
        gaze: -45,
        limbs: {
          // Straight legs, hips slightly ahead of the feet.
          nearLeg: { angles: [98, 98], tipAngle: 6 },
          farLeg: { angles: [99.5, 99.5], tipAngle: 6 },
          // Elbows point back and out, so the upper arms look a little shorter.
          nearArm: { end: { x: 300, y: 176 }, bend: 1, tipAngle: 80 },
          farArm: { end: { x: 304, y: 172 }, bend: 1, tipAngle: 80 },
        },
        highlight: [],
        // Which way the upper body moves: back, over the heels.
        arrows: [[{ x: 338, y: 92 }, { x: 322, y: 38 }, { x: 262, y: 40 }]],
        // The hands sit on the back, so the arms show mostly behind the body: elbows out back.
        order: ['farArm', 'nearArm', 'farLeg', 'nearLeg', 'head', 'torso'],
        mat: false,
      },
    },
  ],
};
