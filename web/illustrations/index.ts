/**
 * The stretch illustrations: one figure, drawn from a small joint model
 * (skeleton.ts) in each stretch's key positions (poses/*.ts), rendered to standalone
 * SVG documents (render.ts). The pages inline them and serve them at
 * /illustrations/:id.svg; the Alexa skill links them for Echo Show.
 */
import { STRETCHES } from '../../skill/catalog/stretches/index';
import type { StretchId } from '../../skill/catalog/types';
import type { DrawnPose, StretchDrawing } from './drawing';
import { renderSvg } from './render';
import { catCow } from './poses/cat-cow';
import { childsPose } from './poses/childs-pose';
import { kneeToChest } from './poses/knee-to-chest';
import { pelvicTilts } from './poses/pelvic-tilts';
import { piriformisStretch } from './poses/piriformis-stretch';
import { seatedSpinalTwist } from './poses/seated-spinal-twist';
import { sideStretch } from './poses/side-stretch';
import { sphinxPose } from './poses/sphinx-pose';
import { standingBackExtension } from './poses/standing-back-extension';
import { threadTheNeedle } from './poses/thread-the-needle';

export const DRAWINGS: Record<StretchId, StretchDrawing> = {
  'childs-pose': childsPose,
  'cat-cow': catCow,
  'knee-to-chest': kneeToChest,
  'seated-spinal-twist': seatedSpinalTwist,
  'thread-the-needle': threadTheNeedle,
  'sphinx-pose': sphinxPose,
  'piriformis-stretch': piriformisStretch,
  'standing-back-extension': standingBackExtension,
  'side-stretch': sideStretch,
  'pelvic-tilts': pelvicTilts,
};

/** Thrown by illustrationSvg for a stretch id or pose name that is not drawn. */
export class UnknownIllustrationError extends Error {
  constructor(
    readonly stretchId: string,
    readonly pose: string | undefined,
  ) {
    super(
      pose === undefined
        ? `No illustration for stretch "${stretchId}".`
        : `No pose "${pose}" for stretch "${stretchId}"; known poses: ${drawingOf(stretchId)?.poses.map((p) => p.name).join(', ') ?? 'none'}.`,
    );
    this.name = 'UnknownIllustrationError';
  }
}

function drawingOf(id: string): StretchDrawing | undefined {
  return Object.prototype.hasOwnProperty.call(DRAWINGS, id) ? DRAWINGS[id as StretchId] : undefined;
}

/**
 * Names of the key positions a stretch is drawn in; the first is the main one.
 * Cat-cow: ['cow', 'cat']; pelvic tilts: ['tilt-back', 'tilt-forward'];
 * standing back extension: ['lean']; the others: ['main'].
 */
export function illustrationPoses(id: StretchId): string[] {
  const drawing = drawingOf(id);
  if (!drawing) throw new UnknownIllustrationError(id, undefined);
  return drawing.poses.map((p) => p.name);
}

/** True when `pose` is one of the stretch's drawn positions (use it to answer 404 for others). */
export function hasPose(id: string, pose: string): boolean {
  return drawingOf(id)?.poses.some((p) => p.name === pose) ?? false;
}

function findPose(id: StretchId, pose?: string): { drawing: StretchDrawing; drawn: DrawnPose } {
  const drawing = drawingOf(id);
  if (!drawing) throw new UnknownIllustrationError(id, pose);
  if (pose === undefined) return { drawing, drawn: drawing.poses[0] };
  const drawn = drawing.poses.find((p) => p.name === pose);
  if (!drawn) throw new UnknownIllustrationError(id, pose);
  return { drawing, drawn };
}

/**
 * A complete standalone SVG document (xmlns, viewBox 0 0 600 400, role="img", <title> and
 * <desc>) of the stretch in the given pose; without `pose`, the main (first) pose.
 * An unknown stretch id or pose name THROWS UnknownIllustrationError (check with hasPose first).
 * Deterministic: the same arguments always give the same string. Element ids inside are
 * prefixed with the stretch and pose, so several SVGs can be inlined on one page.
 */
export function illustrationSvg(id: StretchId, pose?: string): string {
  const { drawn } = findPose(id, pose);
  return renderSvg(drawn.spec, {
    idPrefix: `ill-${id}-${drawn.name}`,
    title: illustrationTitle(id, drawn.name),
    desc: illustrationDescription(id, drawn.name),
  });
}

/** The SVG's <title>: the catalog name, plus the position when there are several ("Cat-Cow, cow position"). */
export function illustrationTitle(id: StretchId, pose?: string): string {
  const { drawn } = findPose(id, pose);
  const name = STRETCHES.find((s) => s.id === id)?.name ?? id;
  return drawn.label ? `${name}, ${drawn.label}` : name;
}

/** The SVG's <desc>: the position in words, starting with the stretch name; usable as alt text. */
export function illustrationDescription(id: StretchId, pose?: string): string {
  const { drawn } = findPose(id, pose);
  return `${illustrationTitle(id, drawn.name)}. ${drawn.desc}`;
}
