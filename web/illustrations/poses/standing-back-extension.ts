import type { StretchDrawing } from '../drawing';

export const standingBackExtension: StretchDrawing = {
  poses: [
    {
      name: 'lean',
      label: 'leaning back',
      desc:
        'Seen from the side, facing left, a person stands with feet hip-width apart and knees soft. ' +
        'Both hands rest on the lower back, fingers pointing down, elbows drawn back behind the body. ' +
        'The hips ease slightly forward, the upper body arches gently backward so the chest opens up, ' +
        'and the chin lifts so the face tilts up a little toward the ceiling.',
      spec: {
        view: 'side',
        hip: { x: 300, y: 182 },
        // Facing left: the shoulders sit behind (to the right of) the hips.
        torsoAngle: -63,
        front: -1,
        // Arched: the back hollows and the chest bulges forward and up.
        lumbarCurve: -0.13,
        thoracicCurve: -0.1,
        shoulderSpread: 0,
        hipSpread: 0,
        neckAngle: -52,
        headAngle: -45,
        gaze: -145,
        limbs: {
          // Knees straight but soft, hips a little ahead of the feet, toes pointing left.
          nearLeg: { angles: [89, 80], tipAngle: 176 },
          farLeg: { angles: [87, 81], tipAngle: 176 },
          // Hands on the lower back, fingers down; elbows bend out behind the body.
          nearArm: { end: { x: 326, y: 168 }, bend: -1, tipAngle: 100 },
          farArm: { end: { x: 322, y: 164 }, bend: -1, tipAngle: 100 },
        },
        highlight: [],
        // Which way the upper body moves: back, over the head towards the heels.
        arrows: [[{ x: 322, y: 28 }, { x: 385, y: -8 }, { x: 408, y: 52 }]],
        order: ['farArm', 'farLeg', 'head', 'torso', 'nearLeg', 'nearArm'],
        mat: false,
      },
    },
  ],
};
