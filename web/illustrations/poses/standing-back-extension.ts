import type { StretchDrawing } from '../drawing';
import { ANKLE_ON_FLOOR } from '../skeleton';

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
        hip: { x: 308, y: 182 },
        torsoAngle: -112,
        front: 1,
        lumbarCurve: -0.1,
        thoracicCurve: -0.06,
        shoulderSpread: 0,
        hipSpread: 0,
        neckAngle: -115,
        headAngle: -120,
        gaze: -50,
        limbs: {
          nearLeg: { end: { x: 300, y: ANKLE_ON_FLOOR }, bend: -1, tipAngle: 8 },
          farLeg: { end: { x: 296, y: ANKLE_ON_FLOOR }, bend: -1, tipAngle: 8 },
          nearArm: { end: { x: 278, y: 162 }, bend: 1, tipAngle: 95 },
          farArm: { end: { x: 282, y: 160 }, bend: 1, tipAngle: 95 },
        },
        highlight: [],
        mat: false,
      },
    },
  ],
};
