/**
 * A track's recipe: its clips and silences in order, written as a short string that can sit in
 * a URL ("<clip id>.s<frames>.<clip id>..."). Any stream is then playable from the rendered
 * clips alone: the companion app joins a recipe's MP3 at request time (web/routes/joined-tracks.ts)
 * and the edge caches it, so a routine with a stretch left out or an easier version needs no
 * rendering of its own. Clip ids are content hashes (hex) or the chime's id; a silence is "s"
 * and its length in frames.
 */
import type { AudioPart, FrameGrid } from './types';

export type RecipePiece = { clipId: string } | { silenceFrames: number };

/** Limits for recipes read from a URL: more parts or longer silence than any track has. */
export const MAX_RECIPE_PARTS = 600;
export const MAX_RECIPE_SILENCE_FRAMES = 25_000; // 10 minutes at 24 ms a frame

const CLIP_ID = /^[0-9a-f]{16}$|^chime-v\d+$/;
const SILENCE = /^s(\d{1,6})$/;

export function recipeOf(parts: readonly AudioPart[], grid: FrameGrid): string {
  return parts.map((p) => (p.kind === 'clip' ? p.clipId : `s${Math.round(p.durationMs / grid.frameMs)}`)).join('.');
}

/** The pieces of a recipe, or undefined when it is not one we could have written. */
export function parseRecipe(recipe: string): RecipePiece[] | undefined {
  const tokens = recipe.split('.');
  if (tokens.length === 0 || tokens.length > MAX_RECIPE_PARTS) return undefined;
  const pieces: RecipePiece[] = [];
  let silence = 0;
  for (const token of tokens) {
    const quiet = SILENCE.exec(token);
    if (quiet) {
      const frames = Number(quiet[1]);
      silence += frames;
      if (frames === 0 || silence > MAX_RECIPE_SILENCE_FRAMES) return undefined;
      pieces.push({ silenceFrames: frames });
    } else if (CLIP_ID.test(token)) {
      pieces.push({ clipId: token });
    } else {
      return undefined;
    }
  }
  return pieces.some((p) => 'clipId' in p) ? pieces : undefined;
}
