/**
 * The raster (PNG) copies of the stretch illustrations, for the Alexa skill: Standard cards
 * and the APL Image on Echo Show cannot draw SVG. `npm run render:pngs` renders each
 * stretch drawing in headless Chromium into web/static/illustrations/ (committed), with a
 * manifest.json recording the hash of the SVG each PNG was drawn from.
 *
 * Every drawing is rendered: each pose (cat and cow, both tilts, the chair twist) and both
 * sides of a sided stretch. URLs (what the skill links): /illustrations/<name>.png (720x480,
 * the card's small image) and /illustrations/<name>-large.png (1200x800, the card's large
 * image and the Echo Show screen); <name> is the SVG's, so the main pose is plain <id>.
 *
 * Where the files are read from: ILLUSTRATION_DIR when set (the web Lambda: the folder is
 * copied next to the bundled handler), else web/static/illustrations in the repository.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Side, StretchId } from '../skill/catalog/types';
import { allIllustrations, illustrationName, parseIllustrationName } from './illustrations';

export type PngSize = 'small' | 'large';

/** Alexa Standard card sizes: smallImageUrl 720x480, largeImageUrl 1200x800 (3:2 like the SVG). */
export const PNG_SIZES: Record<PngSize, { width: number; height: number }> = {
  small: { width: 720, height: 480 },
  large: { width: 1200, height: 800 },
};

export const PNG_SIZE_NAMES = Object.keys(PNG_SIZES) as PngSize[];

/** One drawing: a stretch, one of its drawn positions, and the side for a sided stretch. */
export interface DrawingKey {
  id: StretchId;
  pose: string;
  side: Side | undefined;
}

/** The committed file's name, e.g. "cat-cow-720x480.png", "cat-cow-cat-1200x800.png", "knee-to-chest-left-720x480.png". */
export function pngFileName(drawing: DrawingKey, size: PngSize): string {
  const { width, height } = PNG_SIZES[size];
  return `${illustrationName(drawing.id, drawing.pose, drawing.side)}-${width}x${height}.png`;
}

/**
 * The path under /illustrations/ the skill links: "<name>.png" (720x480) or
 * "<name>-large.png" (1200x800), the name as for the SVG: "cat-cow.png" (main pose),
 * "cat-cow-cat-large.png", "seated-spinal-twist-chair-left.png".
 */
export function pngUrlName(drawing: DrawingKey, size: PngSize): string {
  const name = illustrationName(drawing.id, drawing.pose, drawing.side);
  return size === 'small' ? `${name}.png` : `${name}-large.png`;
}

/** Every PNG there is: each drawing in each size. */
export function allPngs(): { drawing: DrawingKey; size: PngSize }[] {
  return allIllustrations().flatMap((drawing) => PNG_SIZE_NAMES.map((size) => ({ drawing, size })));
}

/** Resolves a URL file name ("cat-cow.png", "cat-cow-cat-large.png") to a drawing and size. */
export function parsePngUrlName(name: string): { drawing: DrawingKey; size: PngSize } | undefined {
  if (!name.endsWith('.png')) return undefined;
  const base = name.slice(0, -'.png'.length);
  const large = base.endsWith('-large');
  const drawing = parseIllustrationName(large ? base.slice(0, -'-large'.length) : base);
  return drawing ? { drawing, size: large ? 'large' : 'small' } : undefined;
}

/** One entry of manifest.json. */
export interface PngManifestEntry {
  file: string;
  stretchId: StretchId;
  /** The pose drawn. */
  pose: string;
  /** The side drawn, for a sided stretch. */
  side?: Side;
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
export function loadIllustrationPng(drawing: DrawingKey, size: PngSize): LoadedPng {
  return loadPng(join(illustrationPngDir(), pngFileName(drawing, size)));
}

/** The site icon as PNG, rendered from ICON_SVG: favicon (32), apple-touch-icon (180), web manifest (192, 512). */
export const SITE_ICON_SIZES = [32, 180, 192, 512] as const;
export type SiteIconSize = (typeof SITE_ICON_SIZES)[number];

export function siteIconFileName(size: SiteIconSize): string {
  return `site-icon-${size}.png`;
}

/** A site icon's PNG bytes, read once per process (like the drawings). */
export function loadSiteIcon(size: SiteIconSize): LoadedPng {
  return loadPng(join(illustrationPngDir(), siteIconFileName(size)));
}

/** A committed PNG's bytes and ETag, read once per process. */
function loadPng(path: string): LoadedPng {
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

/** favicon.ico: one 32x32 image, stored as PNG inside the ICO container (every current browser reads it). */
export function faviconIco(png: Uint8Array): Uint8Array<ArrayBuffer> {
  const ico = new Uint8Array(new ArrayBuffer(22 + png.byteLength));
  const view = new DataView(ico.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  ico[6] = 32; // width
  ico[7] = 32; // height
  ico[8] = 0; // no palette
  ico[9] = 0; // reserved
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.byteLength, true);
  view.setUint32(18, 22, true); // offset of the image data
  ico.set(png, 22);
  return ico;
}
