import type { StretchDrawing } from '../drawing';
import { ANKLE_ON_FLOOR, FLOOR_Y, WRIST_ON_FLOOR } from '../skeleton';

export const seatedSpinalTwist: StretchDrawing = {
  poses: [
    {
      name: 'main',
      desc:
        'A person sits tall on a mat with the left leg stretched out in front. ' +
        'The right knee is bent and crossed over the left leg, with the right foot flat on the floor beside the left knee. ' +
        'The right hand presses into the floor behind the hips, the left elbow hooks around the outside of the right knee, ' +
        'and the chest and head turn to the right, looking back over the right shoulder.',
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
  ],
};
