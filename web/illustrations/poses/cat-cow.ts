import type { StretchDrawing } from '../drawing';
import { ANKLE_ON_FLOOR, KNEE_ON_FLOOR, WRIST_ON_FLOOR, BODY, buildSkeleton, type PoseSpec } from '../skeleton';

const KNEE_X = 240;

/** Tabletop: knees under hips, wrists under shoulders; only the spine and head change. */
function tabletop(spine: Pick<PoseSpec, 'lumbarCurve' | 'thoracicCurve' | 'neckAngle' | 'headAngle' | 'gaze' | 'torsoAngle'>): PoseSpec {
  const draft = tabletopDraft(spine);
  // Wrists straight under the shoulders, wherever the spine's shape puts them, and the
  // arms straight: when the shoulders sit lower than a full arm, the arms slant a little
  // out of the picture plane (drawn slightly shorter) instead of bending at the elbow.
  const shoulder = buildSkeleton(draft).nearShoulder;
  const drop = WRIST_ON_FLOOR - shoulder.y;
  const k = Math.min(1, (drop + 1) / (BODY.upperArm + BODY.forearm));
  return {
    ...draft,
    limbs: {
      ...draft.limbs,
      nearArm: { end: { x: shoulder.x + 1, y: WRIST_ON_FLOOR }, bend: 1, tipAngle: 0, depth: [k, k] },
      farArm: { end: { x: shoulder.x - 3, y: WRIST_ON_FLOOR }, bend: 1, tipAngle: 0, depth: [k, k] },
    },
  };
}

function tabletopDraft(spine: Pick<PoseSpec, 'lumbarCurve' | 'thoracicCurve' | 'neckAngle' | 'headAngle' | 'gaze' | 'torsoAngle'>): PoseSpec {
  return {
    view: 'side',
    hip: { x: KNEE_X, y: KNEE_ON_FLOOR - BODY.thigh },
    front: 1,
    shoulderSpread: 0,
    hipSpread: 0,
    ...spine,
    limbs: {
      nearLeg: { end: { x: KNEE_X - 70, y: ANKLE_ON_FLOOR }, bend: -1, tipAngle: 180 },
      farLeg: { end: { x: KNEE_X - 74, y: ANKLE_ON_FLOOR }, bend: -1, tipAngle: 180 },
      nearArm: { end: { x: KNEE_X + 92, y: WRIST_ON_FLOOR }, bend: 1, tipAngle: 0 },
      farArm: { end: { x: KNEE_X + 88, y: WRIST_ON_FLOOR }, bend: 1, tipAngle: 0 },
    },
    highlight: [],
    accentBack: [0.15, 0.95],
    mat: true,
  };
}

export const catCow: StretchDrawing = {
  poses: [
    {
      name: 'cow',
      spec: {
        ...tabletop({ torsoAngle: -14, lumbarCurve: -0.2, thoracicCurve: -0.12, neckAngle: -40, headAngle: -30, gaze: -25 }),
        // The belly sinks towards the floor.
        arrows: [[{ x: 288, y: 277 }, { x: 288, y: 290 }, { x: 288, y: 302 }]],
      },
    },
    {
      name: 'cat',
      spec: {
        ...tabletop({ torsoAngle: -11, lumbarCurve: 0.2, thoracicCurve: 0.22, neckAngle: 55, headAngle: 70, gaze: 120 }),
        // The middle of the back lifts towards the ceiling.
        arrows: [[{ x: 282, y: 197 }, { x: 282, y: 185 }, { x: 282, y: 172 }]],
      },
    },
  ],
};
