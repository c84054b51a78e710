/**
 * The figure's joint model: body proportions, a pose description, and the math that
 * turns a pose into joint positions (the "skeleton") and drawable shapes with a
 * bounding box. Pure data and geometry; render.ts turns the shapes into SVG.
 *
 * Coordinates are SVG user units on a 600 x 400 canvas, y pointing down. Angles are in
 * degrees in the same screen space: 0 = right, 90 = down, 180 = left, -90 = up.
 */

export interface Point {
  x: number;
  y: number;
}

export const CANVAS = { width: 600, height: 400 } as const;
/** The y of the floor (the top of the mat) every grounded figure rests on. */
export const FLOOR_Y = 340;

type Profile = [number, number, number, number];

/** Segment lengths and thicknesses of the one figure every pose uses. */
export const BODY = {
  headRadius: 19,
  neck: 15,
  /** Pelvis centre to the top of the spine (between the shoulders), measured along the curve. */
  torso: 96,
  thigh: 78,
  shin: 72,
  foot: 26,
  upperArm: 58,
  forearm: 50,
  hand: 15,
  width: {
    thigh: 26,
    shin: 19,
    foot: 12,
    upperArm: 17,
    forearm: 14,
    hand: 11,
    neck: 15,
  },
  /**
   * Torso half-thickness at pelvis, waist, chest and shoulders seen from the side,
   * behind the spine (buttocks, lower back, shoulder blades) and in front of it (belly, chest).
   */
  torsoSideBack: [23, 14, 18, 14] as Profile,
  torsoSideFront: [14, 16, 18, 9] as Profile,
  /** Torso half-width at pelvis, waist, chest and shoulders, seen from the front. */
  torsoFront: [23, 20, 28, 23] as Profile,
} as const;

/** Radius of a flat-lying shin at the ankle: an ankle resting on the floor sits this high. */
export const ANKLE_ON_FLOOR = FLOOR_Y - BODY.width.shin / 2;
/** Height of a knee resting on the floor (kneeling). */
export const KNEE_ON_FLOOR = FLOOR_Y - BODY.width.thigh / 2;
/** Height of a wrist whose hand lies flat on the floor. */
export const WRIST_ON_FLOOR = FLOOR_Y - BODY.width.forearm / 2;

export type LimbName = 'nearArm' | 'farArm' | 'nearLeg' | 'farLeg';
export type PartName = LimbName | 'torso' | 'head' | 'arrows' | 'chair';

/**
 * A limb placed by where it ends (two-bone inverse kinematics): `bend` picks one of the
 * two solutions, +1 puts the middle joint (elbow or knee) on the clockwise side of the
 * root->end line (screen space), -1 on the other side. When the end is out of reach the
 * limb is drawn straight towards it.
 */
export interface LimbByEnd {
  end: Point;
  bend: 1 | -1;
  /** Direction of the foot (legs) or hand (arms) from the ankle/wrist, degrees. */
  tipAngle: number;
  /**
   * Foreshortening of the two segments (1 = in the picture plane, 0.7 = pointing partly
   * towards or away from the viewer), e.g. a knee opening out to the side.
   */
  depth?: [number, number];
}

/** A limb placed by the directions of its two segments (forward kinematics), degrees. */
export interface LimbByAngles {
  angles: [number, number];
  tipAngle: number;
  depth?: [number, number];
}

export type LimbSpec = LimbByEnd | LimbByAngles;

export interface PoseSpec {
  /** 'side': seen from the figure's right side; 'front': facing the viewer. */
  view: 'side' | 'front';
  /** Pelvis centre. */
  hip: Point;
  /** Direction from the pelvis to the top of the spine, degrees. */
  torsoAngle: number;
  /**
   * Which side of the pelvis->shoulder line the front of the body (belly) is on:
   * +1 = the side reached by turning the line 90 degrees clockwise on screen, -1 the other.
   */
  front: 1 | -1;
  /**
   * Spine curvature in the lower and upper back, as a fraction of the torso length.
   * Positive = the back bulges out behind (rounded, flexion: cat, child's pose);
   * negative = the back hollows and the belly bulges (arched, extension: cow, sphinx).
   * In the front view "behind" is the figure's right side, so a positive curve is a
   * side bend that bulges to the right.
   */
  lumbarCurve: number;
  thoracicCurve: number;
  /**
   * Sideways offset of the right (near) and left (far) shoulders from the spine top,
   * along the front direction: the right one moves by -spread, the left by +spread.
   * Side view: a twist (positive = chest turned to the right, left shoulder forward).
   * Front view: half the shoulder width.
   */
  shoulderSpread: number;
  /** Same for the hip joints. */
  hipSpread: number;
  /**
   * Torso length multiplier for a torso pointing partly towards or away from the viewer
   * (e.g. hands and knees seen from the head end). Default 1.
   */
  torsoDepth?: number;
  /** Torso thickness multiplier, e.g. >1 for a chest turned towards the viewer (a twist). */
  torsoScale?: number;
  /** Extra shift of both shoulder joints (e.g. lower them towards the floor when lying on the back). */
  shoulderShift?: Point;
  /** Direction of the neck from the spine top, degrees. */
  neckAngle: number;
  /** Direction from the neck's end to the head's centre, degrees. */
  headAngle: number;
  /** Direction the face looks (side view), degrees; drawn as a small nose. Omit for no face cue. */
  gaze?: number;
  limbs: Record<LimbName, LimbSpec>;
  /** Limbs drawn in the accent colour: the working side of a sided stretch. */
  highlight: LimbName[];
  /**
   * Drawing order, back to front. Default: farArm, farLeg, head, torso, nearLeg, nearArm
   * (the head before the torso, so the neck tucks in under the shoulders).
   */
  order?: BodyPartName[];
  /**
   * Part of the back line (from..to along the spine, 0 = pelvis, 1 = shoulders) drawn in
   * the accent colour, where the shape of the back is the point of the picture.
   */
  accentBack?: [number, number];
  /** Motion arrows (start, control, end), e.g. the direction of a lean. Drawn on top. */
  arrows?: [Point, Point, Point][];
  /** Draw an exercise mat under the figure. */
  mat: boolean;
  /**
   * A plain chair seen from its side, drawn behind the figure: the seat from x `from` to
   * `to` with its top at `seatY`, legs down to the floor, and the back rising to `backTopY`
   * at the `backAt` end.
   */
  chair?: { from: number; to: number; seatY: number; backTopY: number; backAt: 'from' | 'to' };
}

/** The parts of the body itself (not the arrows or the furniture). */
export type BodyPartName = Exclude<PartName, 'arrows' | 'chair'>;

export const DEFAULT_ORDER: BodyPartName[] = ['farArm', 'farLeg', 'head', 'torso', 'nearLeg', 'nearArm'];

// ---------- vector helpers ----------

export const rad = (deg: number): number => (deg * Math.PI) / 180;
export const dir = (deg: number): Point => ({ x: Math.cos(rad(deg)), y: Math.sin(rad(deg)) });
export const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });
export const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
export const scale = (a: Point, k: number): Point => ({ x: a.x * k, y: a.y * k });
export const len = (a: Point): number => Math.hypot(a.x, a.y);
export const dist = (a: Point, b: Point): number => len(sub(a, b));
export const along = (from: Point, deg: number, length: number): Point => add(from, scale(dir(deg), length));
/** Turn a vector 90 degrees clockwise on screen (y down). */
export const clockwise = (a: Point): Point => ({ x: -a.y, y: a.x });
export const unit = (a: Point): Point => {
  const l = len(a);
  return l === 0 ? { x: 0, y: 0 } : scale(a, 1 / l);
};

/**
 * Two-bone inverse kinematics: the middle joint of a chain root -(l1)- mid -(l2)- end
 * that reaches `target`. Out of reach: straight towards the target.
 */
export function solveTwoBone(root: Point, target: Point, l1: number, l2: number, bend: 1 | -1): { mid: Point; end: Point } {
  const d = sub(target, root);
  const reach = len(d);
  const u = unit(d);
  if (reach >= l1 + l2 || reach === 0) {
    const mid = add(root, scale(u, l1));
    return { mid, end: add(mid, scale(u, l2)) };
  }
  const r = Math.max(reach, Math.abs(l1 - l2) + 1e-6);
  // Law of cosines: distance along root->target to the foot of the middle joint, and its height.
  const a = (l1 * l1 - l2 * l2 + r * r) / (2 * r);
  const h = Math.sqrt(Math.max(0, l1 * l1 - a * a));
  const mid = add(add(root, scale(u, a)), scale(clockwise(u), h * bend));
  return { mid, end: add(root, scale(u, r)) };
}

// ---------- the spine ----------

export interface Spine {
  /** Cubic Bezier control points, pelvis to spine top. */
  p0: Point;
  p1: Point;
  p2: Point;
  p3: Point;
  /** Unit vector from the spine towards the front of the body (belly). */
  frontDir: Point;
}

export function bezier(s: Spine, t: number): Point {
  const m = 1 - t;
  const a = m * m * m;
  const b = 3 * m * m * t;
  const c = 3 * m * t * t;
  const d = t * t * t;
  return {
    x: a * s.p0.x + b * s.p1.x + c * s.p2.x + d * s.p3.x,
    y: a * s.p0.y + b * s.p1.y + c * s.p2.y + d * s.p3.y,
  };
}

export function bezierTangent(s: Spine, t: number): Point {
  const m = 1 - t;
  const d1 = sub(s.p1, s.p0);
  const d2 = sub(s.p2, s.p1);
  const d3 = sub(s.p3, s.p2);
  return unit(add(add(scale(d1, 3 * m * m), scale(d2, 6 * m * t)), scale(d3, 3 * t * t)));
}

function spineWithChord(pose: PoseSpec, chord: number): Spine {
  const u = dir(pose.torsoAngle);
  const frontDir = scale(clockwise(u), pose.front);
  const back = scale(frontDir, -1);
  const p0 = pose.hip;
  const p3 = add(p0, scale(u, chord));
  const p1 = add(add(p0, scale(u, chord / 3)), scale(back, pose.lumbarCurve * chord));
  const p2 = add(add(p0, scale(u, (2 * chord) / 3)), scale(back, pose.thoracicCurve * chord));
  return { p0, p1, p2, p3, frontDir };
}

function arcLength(s: Spine, steps = 64): number {
  let total = 0;
  let prev = bezier(s, 0);
  for (let i = 1; i <= steps; i++) {
    const p = bezier(s, i / steps);
    total += dist(prev, p);
    prev = p;
  }
  return total;
}

/** The spine curve, scaled so that its length along the curve is the torso length. */
export function buildSpine(pose: PoseSpec): Spine {
  const length = BODY.torso * (pose.torsoDepth ?? 1);
  const trial = spineWithChord(pose, length);
  return spineWithChord(pose, (length * length) / arcLength(trial));
}

/**
 * How far the middle of the spine bulges out behind the straight pelvis->shoulder line,
 * in canvas units: positive = rounded back (flexion), negative = arched back (extension).
 */
export function spineBulge(pose: PoseSpec): number {
  const s = buildSpine(pose);
  const mid = bezier(s, 0.5);
  const chordMid = scale(add(s.p0, s.p3), 0.5);
  const back = scale(s.frontDir, -1);
  const off = sub(mid, chordMid);
  return off.x * back.x + off.y * back.y;
}

// ---------- the skeleton ----------

export interface Skeleton {
  spine: Spine;
  neckBase: Point;
  neckEnd: Point;
  head: Point;
  nearShoulder: Point;
  farShoulder: Point;
  nearHip: Point;
  farHip: Point;
  nearElbow: Point;
  nearWrist: Point;
  nearHand: Point;
  farElbow: Point;
  farWrist: Point;
  farHand: Point;
  nearKnee: Point;
  nearAnkle: Point;
  nearToe: Point;
  farKnee: Point;
  farAnkle: Point;
  farToe: Point;
}

function placeLimb(root: Point, spec: LimbSpec, length1: number, length2: number): { mid: Point; end: Point } {
  const l1 = length1 * (spec.depth?.[0] ?? 1);
  const l2 = length2 * (spec.depth?.[1] ?? 1);
  if ('angles' in spec) {
    const mid = along(root, spec.angles[0], l1);
    return { mid, end: along(mid, spec.angles[1], l2) };
  }
  return solveTwoBone(root, spec.end, l1, l2, spec.bend);
}

/** Where along the spine (0 pelvis, 1 neck base) the shoulder joints sit in a side view. */
export const SHOULDER_T = 0.9;

export function buildSkeleton(pose: PoseSpec): Skeleton {
  const spine = buildSpine(pose);
  const top = spine.p3;
  const shift = pose.shoulderShift ?? { x: 0, y: 0 };
  // Seen from the side the shoulder joints sit a little below the base of the neck.
  const shoulderBase = pose.view === 'side' ? bezier(spine, SHOULDER_T) : top;
  const nearShoulder = add(add(shoulderBase, scale(spine.frontDir, -pose.shoulderSpread)), shift);
  const farShoulder = add(add(shoulderBase, scale(spine.frontDir, pose.shoulderSpread)), shift);
  // From the front the pelvis stays level (hips face forward) whatever the chest does.
  const hipDir = pose.view === 'front' ? { x: 1, y: 0 } : spine.frontDir;
  const nearHip = add(pose.hip, scale(hipDir, -pose.hipSpread));
  const farHip = add(pose.hip, scale(hipDir, pose.hipSpread));
  const neckEnd = along(top, pose.neckAngle, BODY.neck);
  const head = along(neckEnd, pose.headAngle, BODY.headRadius * 0.8);

  const arm = (shoulder: Point, spec: LimbSpec) => {
    const { mid, end } = placeLimb(shoulder, spec, BODY.upperArm, BODY.forearm);
    return { elbow: mid, wrist: end, hand: along(end, spec.tipAngle, BODY.hand) };
  };
  const leg = (hip: Point, spec: LimbSpec) => {
    const { mid, end } = placeLimb(hip, spec, BODY.thigh, BODY.shin);
    return { knee: mid, ankle: end, toe: along(end, spec.tipAngle, BODY.foot) };
  };
  const na = arm(nearShoulder, pose.limbs.nearArm);
  const fa = arm(farShoulder, pose.limbs.farArm);
  const nl = leg(nearHip, pose.limbs.nearLeg);
  const fl = leg(farHip, pose.limbs.farLeg);
  return {
    spine,
    neckBase: top,
    neckEnd,
    head,
    nearShoulder,
    farShoulder,
    nearHip,
    farHip,
    nearElbow: na.elbow,
    nearWrist: na.wrist,
    nearHand: na.hand,
    farElbow: fa.elbow,
    farWrist: fa.wrist,
    farHand: fa.hand,
    nearKnee: nl.knee,
    nearAnkle: nl.ankle,
    nearToe: nl.toe,
    farKnee: fl.knee,
    farAnkle: fl.ankle,
    farToe: fl.toe,
  };
}

// ---------- drawable shapes ----------

/** A thick rounded stroke from a to b (a capsule) of full width `width`. */
export interface Capsule {
  kind: 'capsule';
  a: Point;
  b: Point;
  width: number;
}
export interface Circle {
  kind: 'circle';
  c: Point;
  r: number;
}
/** The torso outline: a closed polygon along the spine with round end caps. */
export interface TorsoOutline {
  kind: 'torso';
  /** Edge on the anticlockwise side of the spine direction, pelvis to shoulders. */
  left: Point[];
  /** Edge on the clockwise side of the spine direction, pelvis to shoulders. */
  right: Point[];
  /** The pelvis and shoulder end caps (semicircles closing the outline). */
  caps: { c: Point; r: number }[];
}
/** A small dark mark (an eye) drawn without outline. */
export interface Dot {
  kind: 'dot';
  c: Point;
  r: number;
}
/** Hair: the part of the head circle between two angles (degrees), going through the crown. */
export interface Hair {
  kind: 'hair';
  c: Point;
  r: number;
  from: number;
  to: number;
}
/** A motion arrow: a quadratic curve from a through control c to b, arrowhead at b. */
export interface Arrow {
  kind: 'arrow';
  a: Point;
  c: Point;
  b: Point;
}
export type Shape = Capsule | Circle | TorsoOutline | Dot | Hair | Arrow;

export interface Part {
  name: PartName;
  shapes: Shape[];
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

function profileAt(profile: Readonly<Profile>, t: number): number {
  // pelvis at 0, waist at 0.4, chest at 0.75, shoulders at 1
  const stops = [0, 0.4, 0.75, 1];
  for (let i = 1; i < stops.length; i++) {
    const s0 = stops[i - 1] as number;
    const s1 = stops[i] as number;
    if (t <= s1) {
      const k = (t - s0) / (s1 - s0);
      const e = (1 - Math.cos(Math.PI * k)) / 2; // smooth between stops
      return lerp(profile[i - 1] as number, profile[i] as number, e);
    }
  }
  return profile[3];
}

export const TORSO_SAMPLES = 24;

export function torsoOutline(pose: PoseSpec, spine: Spine): TorsoOutline {
  // The clockwise side of the spine direction is the front when pose.front is +1.
  const frontProfile = pose.view === 'front' ? BODY.torsoFront : BODY.torsoSideFront;
  const backProfile = pose.view === 'front' ? BODY.torsoFront : BODY.torsoSideBack;
  const k = pose.torsoScale ?? 1;
  const cwProfile = (pose.front === 1 ? frontProfile : backProfile).map((v) => v * k) as Profile;
  const ccwProfile = (pose.front === 1 ? backProfile : frontProfile).map((v) => v * k) as Profile;
  const left: Point[] = [];
  const right: Point[] = [];
  for (let i = 0; i <= TORSO_SAMPLES; i++) {
    const t = i / TORSO_SAMPLES;
    const p = bezier(spine, t);
    const n = clockwise(bezierTangent(spine, t));
    left.push(add(p, scale(n, -profileAt(ccwProfile, t))));
    right.push(add(p, scale(n, profileAt(cwProfile, t))));
  }
  const cap = (a: Point, b: Point) => ({ c: scale(add(a, b), 0.5), r: dist(a, b) / 2 });
  return {
    kind: 'torso',
    left,
    right,
    caps: [cap(left[0] as Point, right[0] as Point), cap(left[TORSO_SAMPLES] as Point, right[TORSO_SAMPLES] as Point)],
  };
}

/**
 * Face cues: seen from the side, a nose bump and an eye in the gaze direction (so the way
 * the figure faces is never in doubt); seen from the front, two eyes.
 */
function faceMarks(pose: PoseSpec, head: Point): Shape[] {
  const r = BODY.headRadius;
  const up = pose.headAngle; // from the neck through the head's centre: the top of the head
  if (pose.view === 'front' && pose.gaze === undefined) {
    const across = clockwise(dir(up));
    const eyeLine = along(head, up, r * 0.05);
    return [
      { kind: 'hair', c: head, r, from: up - 80, to: up + 80 },
      { kind: 'dot', c: add(eyeLine, scale(across, r * 0.36)), r: r * 0.1 },
      { kind: 'dot', c: add(eyeLine, scale(across, -r * 0.36)), r: r * 0.1 },
    ];
  }
  if (pose.gaze === undefined) return [];
  // The eye sits a little towards the crown from the gaze line: take the part of the
  // neck-to-crown direction that is perpendicular to the gaze.
  const g = dir(pose.gaze);
  const u = dir(up);
  const along_ = u.x * g.x + u.y * g.y;
  const perp = sub(u, scale(g, along_));
  const towardsCrown = len(perp) < 0.2 ? clockwise(g) : unit(perp);
  // Hair covers the back of the head, from the forehead over the crown to the nape.
  const turn = ((((up - pose.gaze) % 360) + 540) % 360) - 180; // signed gaze -> crown angle
  const s = turn >= 0 ? 1 : -1;
  return [
    { kind: 'hair', c: head, r, from: pose.gaze + s * 62, to: pose.gaze + s * 215 },
    { kind: 'circle', c: along(head, pose.gaze, r * 0.92), r: r * 0.24 },
    { kind: 'dot', c: add(along(head, pose.gaze, r * 0.55), scale(towardsCrown, r * 0.3)), r: r * 0.11 },
  ];
}

/** The figure as drawable parts, in drawing order (back to front). */
export function figureParts(pose: PoseSpec): Part[] {
  const k = buildSkeleton(pose);
  const w = BODY.width;
  const byName: Record<BodyPartName, Shape[]> = {
    torso: [torsoOutline(pose, k.spine)],
    head: [
      // From the front the chin hides the neck.
      ...(pose.view === 'front' ? [] : [{ kind: 'capsule', a: k.neckBase, b: k.neckEnd, width: w.neck } as Capsule]),
      { kind: 'circle', c: k.head, r: BODY.headRadius },
      ...faceMarks(pose, k.head),
    ],
    nearArm: [
      { kind: 'capsule', a: k.nearShoulder, b: k.nearElbow, width: w.upperArm },
      { kind: 'capsule', a: k.nearElbow, b: k.nearWrist, width: w.forearm },
      { kind: 'capsule', a: k.nearWrist, b: k.nearHand, width: w.hand },
    ],
    farArm: [
      { kind: 'capsule', a: k.farShoulder, b: k.farElbow, width: w.upperArm },
      { kind: 'capsule', a: k.farElbow, b: k.farWrist, width: w.forearm },
      { kind: 'capsule', a: k.farWrist, b: k.farHand, width: w.hand },
    ],
    nearLeg: [
      { kind: 'capsule', a: k.nearHip, b: k.nearKnee, width: w.thigh },
      { kind: 'capsule', a: k.nearKnee, b: k.nearAnkle, width: w.shin },
      { kind: 'capsule', a: k.nearAnkle, b: k.nearToe, width: w.foot },
    ],
    farLeg: [
      { kind: 'capsule', a: k.farHip, b: k.farKnee, width: w.thigh },
      { kind: 'capsule', a: k.farKnee, b: k.farAnkle, width: w.shin },
      { kind: 'capsule', a: k.farAnkle, b: k.farToe, width: w.foot },
    ],
  };
  const parts = (pose.order ?? DEFAULT_ORDER).map((name) => ({ name, shapes: byName[name] }));
  const arrows: Shape[] = (pose.arrows ?? []).map(([a, c, b]) => ({ kind: 'arrow', a, c, b }));
  const withArrows: Part[] = arrows.length > 0 ? [...parts, { name: 'arrows', shapes: arrows }] : parts;
  return pose.chair ? [{ name: 'chair', shapes: chairShapes(pose.chair) }, ...withArrows] : withArrows;
}

function chairShapes(chair: NonNullable<PoseSpec['chair']>): Shape[] {
  const w = 9;
  const seatMid = chair.seatY + w / 2;
  const backX = chair.backAt === 'from' ? chair.from : chair.to;
  const capsule = (a: Point, b: Point): Capsule => ({ kind: 'capsule', a, b, width: w });
  return [
    capsule({ x: chair.from, y: seatMid }, { x: chair.from, y: FLOOR_Y - w / 2 }),
    capsule({ x: chair.to, y: seatMid }, { x: chair.to, y: FLOOR_Y - w / 2 }),
    capsule({ x: backX, y: chair.backTopY }, { x: backX, y: seatMid }),
    capsule({ x: chair.from, y: seatMid }, { x: chair.to, y: seatMid }),
  ];
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Bounding box of shapes (without outline strokes). */
export function partsBounds(parts: Part[]): Box {
  const box: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const grow = (p: Point, r: number) => {
    box.minX = Math.min(box.minX, p.x - r);
    box.minY = Math.min(box.minY, p.y - r);
    box.maxX = Math.max(box.maxX, p.x + r);
    box.maxY = Math.max(box.maxY, p.y + r);
  };
  for (const part of parts) {
    for (const s of part.shapes) {
      if (s.kind === 'capsule') {
        grow(s.a, s.width / 2);
        grow(s.b, s.width / 2);
      } else if (s.kind === 'circle' || s.kind === 'dot' || s.kind === 'hair') {
        grow(s.c, s.r);
      } else if (s.kind === 'arrow') {
        for (const p of [s.a, s.b]) grow(p, 6);
      } else {
        for (const p of [...s.left, ...s.right]) grow(p, 0);
        for (const cap of s.caps) grow(cap.c, cap.r);
      }
    }
  }
  return box;
}
