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
        torsoAngle: -119,
        front: 1,
        lumbarCurve: -0.17,
        thoracicCurve: -0.08,
        shoulderSpread: 0,
        hipSpread: 0,
        neckAngle: -118,
        headAngle: -135,
        gaze: -45,
        limbs: {
          // Straight legs, hips slightly ahead of the feet.
          nearLeg: { angles: [98, 98], tipAngle: 6 },
          farLeg: { angles: [99.5, 99.5], tipAngle: 6 },
          nearArm: { end: { x: 296, y: 168 }, bend: 1, tipAngle: 100 },
          farArm: { end: { x: 300, y: 166 }, bend: 1, tipAngle: 100 },
        },
        highlight: [],
        order: ['farArm', 'farLeg', 'nearLeg', 'torso', 'head', 'nearArm'],
        mat: false,
      },
    },
  ],
};
