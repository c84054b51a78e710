/**
 * Framing: every pose is scaled (up to MAX_ZOOM) and centred so the figure fills the
 * canvas, keeping its floor on the canvas floor line. Outline thickness is not scaled,
 * so strokes look the same in every illustration.
 */
import { CANVAS, FLOOR_Y, figureParts, partsBounds, type Box, type Part, type Point, type PoseSpec, type Shape } from './skeleton';

/** Largest enlargement; lying figures are small at 1:1 on a 3:2 canvas. */
export const MAX_ZOOM = 2;
/** Empty space kept between the figure and the canvas edges. */
export const MARGIN = 22;

/** The least floor shown under a figure (canvas units), and how far below centre the floor line sits. */
const MIN_FLOOR_BAND = 30;
const FLOOR_DROP = 14;

export interface Frame {
  scale: number;
  /** Canvas y of the floor line: the figure is centred in the height, whatever its shape. */
  floorY: number;
  /** Model x that lands on the canvas centre. */
  centreX: number;
}

export function frameFor(parts: Part[]): Frame {
  const box = partsBounds(parts);
  const fitWidth = (CANVAS.width - 2 * MARGIN) / (box.maxX - box.minX);
  const fitHeight = (CANVAS.height - MARGIN - MIN_FLOOR_BAND) / (FLOOR_Y - box.minY);
  const scale = Math.min(MAX_ZOOM, fitWidth, fitHeight);
  const height = scale * (FLOOR_Y - box.minY);
  const floorY = Math.min(CANVAS.height - MIN_FLOOR_BAND, (CANVAS.height + height) / 2 + FLOOR_DROP);
  return { scale, floorY, centreX: (box.minX + box.maxX) / 2 };
}

function mapPoint(p: Point, f: Frame): Point {
  return { x: CANVAS.width / 2 + f.scale * (p.x - f.centreX), y: f.floorY + f.scale * (p.y - FLOOR_Y) };
}

function mapShape(s: Shape, f: Frame): Shape {
  if (s.kind === 'arrow') return { ...s, a: mapPoint(s.a, f), c: mapPoint(s.c, f), b: mapPoint(s.b, f) };
  if (s.kind === 'capsule') return { ...s, a: mapPoint(s.a, f), b: mapPoint(s.b, f), width: s.width * f.scale };
  if (s.kind === 'circle' || s.kind === 'dot' || s.kind === 'hair') return { ...s, c: mapPoint(s.c, f), r: s.r * f.scale };
  return {
    ...s,
    left: s.left.map((p) => mapPoint(p, f)),
    right: s.right.map((p) => mapPoint(p, f)),
    caps: s.caps.map((c) => ({ c: mapPoint(c.c, f), r: c.r * f.scale })),
  };
}

/** The figure's parts as drawn on the canvas (scaled and centred). */
export function framedParts(pose: PoseSpec): Part[] {
  return framedFigure(pose).parts;
}

/** The framed parts and where the floor line landed on the canvas. */
export function framedFigure(pose: PoseSpec): { parts: Part[]; floorY: number } {
  const parts = figureParts(pose);
  const f = frameFor(parts);
  return { parts: parts.map((p) => ({ ...p, shapes: p.shapes.map((s) => mapShape(s, f)) })), floorY: f.floorY };
}

/** Bounding box of the figure on the canvas, without outline strokes. */
export function framedBounds(pose: PoseSpec): Box {
  return partsBounds(framedParts(pose));
}
