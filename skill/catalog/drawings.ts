/**
 * The drawings a stretch has, as data: the skill names the one on screen (Echo Show) and the
 * companion app serves it under the same name (web/illustrations agrees with this table).
 *
 * Name scheme: the stretch id, then "-<pose>" unless it is the main (first) pose, then
 * "-left" for the left side of a sided stretch: "cat-cow", "cat-cow-cat",
 * "knee-to-chest-left", "seated-spinal-twist-chair-left".
 */
import { STRETCHES } from './stretches';
import type { Side, StretchId, Variant } from './types';

/** The positions each stretch is drawn in; the first is the main one. */
export const DRAWN_POSES: Record<StretchId, readonly string[]> = {
  'childs-pose': ['main'],
  'cat-cow': ['cow', 'cat'],
  'knee-to-chest': ['main'],
  'seated-spinal-twist': ['main', 'chair'],
  'thread-the-needle': ['main'],
  'sphinx-pose': ['main'],
  'piriformis-stretch': ['main'],
  'standing-back-extension': ['lean'],
  'side-stretch': ['main'],
  'pelvic-tilts': ['tilt-back', 'tilt-forward'],
};

/** Versions of a stretch that have their own drawing (the easier seated twist is done on a chair). */
export const VERSION_POSES: Partial<Record<StretchId, Partial<Readonly<Record<Exclude<Variant, 'standard'>, string>>>>> = {
  'seated-spinal-twist': { easier: 'chair' },
};

/** One drawing: a stretch, one of its drawn positions (default the main one), a side. */
export interface DrawingRef {
  id: StretchId;
  pose?: string;
  side?: Side;
}

/** True when the stretch is drawn in this position. */
export function isDrawnPose(id: StretchId, pose: string): boolean {
  return DRAWN_POSES[id].includes(pose);
}

/** The drawn position of a version of the stretch, when that version has its own drawing. */
export function versionPose(id: StretchId, variant: Exclude<Variant, 'standard'> | undefined): string | undefined {
  return variant === undefined ? undefined : VERSION_POSES[id]?.[variant];
}

function isSided(id: StretchId): boolean {
  return STRETCHES.find((stretch) => stretch.id === id)?.sided ?? false;
}

/**
 * The drawing's file name without size or extension. A pose the stretch is not drawn in
 * falls back to the main drawing; an unsided stretch ignores the side.
 */
export function drawingName(drawing: DrawingRef): string {
  const poses = DRAWN_POSES[drawing.id];
  const pose = drawing.pose !== undefined && poses.includes(drawing.pose) ? drawing.pose : poses[0];
  const left = isSided(drawing.id) && drawing.side === 'left';
  return `${drawing.id}${pose === poses[0] ? '' : `-${pose}`}${left ? '-left' : ''}`;
}

/** Every drawing name the skill can produce (each stretch, drawn position and side). */
export function allDrawingNames(): string[] {
  return STRETCHES.flatMap((stretch) =>
    DRAWN_POSES[stretch.id].flatMap((pose) =>
      (stretch.sided ? (['right', 'left'] as const) : [undefined]).map((side) => drawingName({ id: stretch.id, pose, ...(side ? { side } : {}) })),
    ),
  );
}
