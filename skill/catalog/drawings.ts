/**
 * The drawings a stretch has, as data (each stretch's structure lists its drawn poses): the skill
 * names the one on screen (Echo Show) and the companion app serves it under the same name
 * (web/illustrations agrees with these tables).
 *
 * Name scheme: the stretch id, then "-<pose>" unless it is the main (first) pose, then
 * "-left" for the left side of a sided stretch: "cat-cow", "cat-cow-cat",
 * "knee-to-chest-left", "seated-spinal-twist-chair-left".
 */
import { STRETCH_STRUCTURES, STRETCHES } from './stretches';
import type { Side, StretchId, Variant } from './types';

/** The positions each stretch is drawn in (its structure's drawnPoses); the first is the main one. */
export const DRAWN_POSES: Readonly<Record<StretchId, readonly string[]>> = drawnPosesById();

function drawnPosesById(): Record<StretchId, readonly string[]> {
  // Filled from every structure, so every id is there (one structure per id, STRETCH_IDS is made from them).
  const byId = {} as Record<StretchId, readonly string[]>;
  for (const structure of STRETCH_STRUCTURES) byId[structure.id] = structure.drawnPoses;
  return byId;
}

/** Versions of a stretch that have their own drawing (its structure's versionPoses: the easier seated twist is done on a chair). */
export const VERSION_POSES: Partial<Record<StretchId, Partial<Readonly<Record<Exclude<Variant, 'standard'>, string>>>>> = Object.fromEntries(
  STRETCH_STRUCTURES.flatMap((structure) => (structure.versionPoses ? [[structure.id, structure.versionPoses]] : [])),
);

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
