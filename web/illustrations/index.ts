/**
 * The stretch illustrations: one figure, drawn from a small joint model
 * (skeleton.ts) in each stretch's key positions (poses/*.ts), rendered to standalone
 * SVG documents (render.ts). The pages inline them and serve them at
 * /illustrations/:id.svg; the Alexa skill links them for Echo Show.
 */
import { drawingName, versionPose } from '../../skill/catalog/drawings';
import { STRETCHES } from '../../skill/catalog/stretches/index';
import { stretchesIn } from '../../skill/catalog/localized';
import { STRETCH_IDS, type Side, type StretchId, type Variant } from '../../skill/catalog/types';
import type { DrawnPose, StretchDrawing, WordedDrawing, WordedPose } from './drawing';
import type { PageTexts } from '../../skill/text/page-locale';
import { DEFAULT_TEXTS } from '../web-env';
import { renderSvg } from './render';
import { POSE_DRAWINGS } from './poses/index';

/** Each stretch's drawing (poses/<id>.ts, listed by poses/index.ts). */
const SHAPES: Readonly<Record<StretchId, StretchDrawing>> = POSE_DRAWINGS;

/** A drawing's positions with their words in the language of `texts`. */
export function wordedDrawing(id: StretchId, texts: PageTexts = DEFAULT_TEXTS): WordedDrawing {
  const words = texts.web.drawings.POSES[id] ?? {};
  const [first, ...rest] = SHAPES[id].poses.map((pose): WordedPose => {
    const { label, desc } = words[pose.name] ?? { desc: '' };
    return { ...pose, ...(label ? { label } : {}), desc };
  });
  if (!first) throw new UnknownIllustrationError(id, undefined);
  return { poses: [first, ...rest] };
}

/** Every stretch's drawing, with its English words (the pages use `wordedDrawing(id, texts)`). */
export const DRAWINGS: Record<StretchId, WordedDrawing> = Object.fromEntries(
  STRETCH_IDS.map((id) => [id, wordedDrawing(id)]),
) as Record<StretchId, WordedDrawing>;

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
  return Object.prototype.hasOwnProperty.call(SHAPES, id) ? SHAPES[id as StretchId] : undefined;
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

function isSided(id: StretchId): boolean {
  return STRETCHES.find((s) => s.id === id)?.sided ?? false;
}

/**
 * The sides a stretch is drawn for: ['right', 'left'] for a sided stretch (the left one is
 * the right one mirrored), [undefined] for the others.
 */
export function illustrationSides(id: StretchId): (Side | undefined)[] {
  return isSided(id) ? ['right', 'left'] : [undefined];
}

/** Every drawing there is: each stretch, each drawn position, each side. */
export function allIllustrations(): { id: StretchId; pose: string; side: Side | undefined }[] {
  return STRETCH_IDS.flatMap((id) =>
    illustrationPoses(id).flatMap((pose) => illustrationSides(id).map((side) => ({ id, pose, side }))),
  );
}

/** The pose drawn for one of the stretch's modifications (e.g. the chair twist), if it has its own. */
export function variantPose(id: StretchId, variant: Exclude<Variant, 'standard'>): string | undefined {
  // Which version has its own drawing is the stretch's structure (its versionPoses).
  const pose = versionPose(id, variant);
  return pose !== undefined && hasPose(id, pose) ? pose : undefined;
}

/** Only a sided stretch has a left drawing; an unsided one ignores the side. */
function drawnSide(id: StretchId, side: Side | undefined): Side | undefined {
  return isSided(id) ? (side ?? 'right') : undefined;
}

/**
 * A complete standalone SVG document (xmlns, viewBox 0 0 600 400, role="img", <title> and
 * <desc>) of the stretch in the given pose; without `pose`, the main (first) pose. For a
 * sided stretch `side` 'left' draws the mirror image (default right). Its title and
 * description are in the language of `texts`.
 * An unknown stretch id or pose name THROWS UnknownIllustrationError (check with hasPose first).
 * Deterministic: the same arguments always give the same string. Element ids inside are
 * prefixed with the stretch, pose and side, so several SVGs can be inlined on one page.
 */
export function illustrationSvg(id: StretchId, pose?: string, side?: Side, texts: PageTexts = DEFAULT_TEXTS): string {
  const { drawn } = findPose(id, pose);
  const drawSide = drawnSide(id, side);
  return renderSvg(drawn.spec, {
    idPrefix: `ill-${id}-${drawn.name}${drawSide === 'left' ? '-left' : ''}`,
    title: illustrationTitle(id, drawn.name, drawSide, texts),
    desc: illustrationDescription(id, drawn.name, drawSide, texts),
    mirrored: drawSide === 'left',
  });
}

/** The words of one drawn position in the language of `texts`. */
function poseWordsOf(id: StretchId, pose: string, texts: PageTexts): { label?: string; desc: string } {
  return texts.web.drawings.POSES[id]?.[pose] ?? { desc: '' };
}

/**
 * The SVG's <title>: the catalog name, plus the position when there are several and the side
 * when the stretch is sided ("Cat-Cow, cow position", "Knee-to-Chest, left side").
 */
export function illustrationTitle(id: StretchId, pose?: string, side?: Side, texts: PageTexts = DEFAULT_TEXTS): string {
  const { drawn } = findPose(id, pose);
  const name = stretchesIn(texts).find((s) => s.id === id)?.name ?? id;
  const drawSide = drawnSide(id, side);
  const { label } = poseWordsOf(id, drawn.name, texts);
  return texts.web.drawings.title(name, label, drawSide ? texts.language.side(drawSide) : undefined);
}

/** The SVG's <desc>: the position in words, starting with the stretch name; usable as alt text. */
export function illustrationDescription(id: StretchId, pose?: string, side?: Side, texts: PageTexts = DEFAULT_TEXTS): string {
  const { drawn } = findPose(id, pose);
  const drawSide = drawnSide(id, side);
  const { desc } = poseWordsOf(id, drawn.name, texts);
  const words = drawSide === 'left' ? texts.web.drawings.forLeftSide(desc) : desc;
  return texts.web.drawings.description(illustrationTitle(id, drawn.name, drawSide, texts), words);
}

/**
 * The file name (without extension) a drawing is served under: the stretch id, then the
 * pose unless it is the main one, then "-left" for a left side: "cat-cow", "cat-cow-cat",
 * "knee-to-chest-left", "seated-spinal-twist-chair-left".
 */
export function illustrationName(id: StretchId, pose?: string, side?: Side): string {
  const { drawn } = findPose(id, pose);
  // The scheme is the catalog's (the skill names the Echo Show's drawing with it).
  return drawingName({ id, pose: drawn.name, side: drawnSide(id, side) });
}

/** Resolves a file name made by illustrationName back to the drawing, or undefined. */
export function parseIllustrationName(name: string): { id: StretchId; pose: string; side: Side | undefined } | undefined {
  for (const drawing of allIllustrations()) {
    if (illustrationName(drawing.id, drawing.pose, drawing.side) === name) return drawing;
    // The main pose also answers to its pose name ("cat-cow-cow"), as earlier URLs did.
    const main = drawing.pose === illustrationPoses(drawing.id)[0];
    if (main && `${drawing.id}-${drawing.pose}${drawing.side === 'left' ? '-left' : ''}` === name) return drawing;
  }
  return undefined;
}
