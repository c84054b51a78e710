/**
 * The raster (PNG) copies of the stretch illustrations, for the Alexa skill: Standard cards
 * and the APL Image on Echo Show cannot draw SVG. `npm run render:pngs` renders each
 * stretch's main pose in headless Chromium into web/static/illustrations/ (committed), with a
 * manifest.json recording the hash of the SVG each PNG was drawn from.
 *
 * URLs (what the skill links): /illustrations/<id>.png (720x480, the card's small image) and
 * /illustrations/<id>-large.png (1200x800, the card's large image and the Echo Show screen).
 *
 * Where the files are read from: ILLUSTRATION_DIR when set (the web Lambda: the folder is
 * copied next to the bundled handler), else web/static/illustrations in the repository.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRETCH_IDS, type StretchId } from '../skill/catalog/types';

export type PngSize = 'small' | 'large';

/** Alexa Standard card sizes: smallImageUrl 720x480, largeImageUrl 1200x800 (3:2 like the SVG). */
export const PNG_SIZES: Record<PngSize, { width: number; height: number }> = {
  small: { width: 720, height: 480 },
  large: { width: 1200, height: 800 },
};

export const PNG_SIZE_NAMES = Object.keys(PNG_SIZES) as PngSize[];

/** The committed file's name, e.g. "cat-cow-720x480.png". */
export function pngFileName(id: StretchId, size: PngSize): string {
  const { width, height } = PNG_SIZES[size];
  return `${id}-${width}x${height}.png`;
}

/** The path under /illustrations/ the skill links, e.g. "cat-cow.png" or "cat-cow-large.png". */
export function pngUrlName(id: StretchId, size: PngSize): string {
  return size === 'small' ? `${id}.png` : `${id}-large.png`;
}

/** Resolves a URL file name ("cat-cow.png", "cat-cow-large.png") to a stretch and size. */
export function parsePngUrlName(name: string): { id: StretchId; size: PngSize } | undefined {
  for (const id of STRETCH_IDS) {
    for (const size of PNG_SIZE_NAMES) {
      if (name === pngUrlName(id, size)) return { id, size };
    }
  }
  return undefined;
}

/** One entry of manifest.json. */
export interface PngManifestEntry {
  file: string;
  stretchId: StretchId;
  /** The pose drawn (the stretch's main pose). */
  pose: string;
  width: number;
  height: number;
  /** sha256 (hex) of the SVG string the PNG was rendered from. */
  svgSha256: string;
}

export interface PngManifest {
  images: PngManifestEntry[];
}

export const PNG_MANIFEST_FILE = 'manifest.json';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The folder holding the PNGs and manifest.json. */
export function illustrationPngDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ILLUSTRATION_DIR || fileURLToPath(new URL('./static/illustrations/', import.meta.url));
}

export interface LoadedPng {
  bytes: Uint8Array<ArrayBuffer>;
  /** Strong ETag from the PNG's bytes. */
  etag: string;
}

const loaded = new Map<string, LoadedPng>();

/**
 * The PNG's bytes, read once per process and kept in memory. Throws (with the path) when the
 * file is missing: the folder was not shipped or `npm run render:pngs` was not run.
 */
export function loadIllustrationPng(id: StretchId, size: PngSize): LoadedPng {
  const path = join(illustrationPngDir(), pngFileName(id, size));
  let entry = loaded.get(path);
  if (!entry) {
    const file = readFileSync(path);
    const bytes = new Uint8Array(new ArrayBuffer(file.byteLength));
    bytes.set(file);
    entry = { bytes, etag: `"${sha256Hex(bytes).slice(0, 22)}"` };
    loaded.set(path, entry);
  }
  return entry;
}
