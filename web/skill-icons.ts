/**
 * The skill's icons as PNG (the manifest's smallIconUri and largeIconUri): rendered from
 * web/assets/skill-icon-svg.ts by `npm run render:icons` into web/static/icons/ (committed),
 * with manifest.json recording the sha256 of the SVG they came from. Served at
 * /assets/skill-icon-108.png and /assets/skill-icon-512.png.
 *
 * Where the files are read from: ICON_DIR when set (the web Lambda: the folder is copied next
 * to the bundled handler), else web/static/icons in the repository.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Alexa's icon sizes: small 108x108, large 512x512. */
export const SKILL_ICON_SIZES = [108, 512] as const;
export type SkillIconSize = (typeof SKILL_ICON_SIZES)[number];

/** File name, and the name under /assets/: "skill-icon-108.png". */
export function skillIconFile(size: SkillIconSize): string {
  return `skill-icon-${size}.png`;
}

/** The public path the manifest links: "/assets/skill-icon-512.png". */
export function skillIconPath(size: SkillIconSize): string {
  return `/assets/${skillIconFile(size)}`;
}

export const SKILL_ICON_MANIFEST_FILE = 'manifest.json';

export interface SkillIconManifest {
  svgSha256: string;
  icons: { file: string; width: number; height: number }[];
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function skillIconDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ICON_DIR || fileURLToPath(new URL('./static/icons/', import.meta.url));
}

const loaded = new Map<string, { bytes: Uint8Array<ArrayBuffer>; etag: string }>();

/** The PNG's bytes, read once per process. Throws with the path when the file is missing. */
export function loadSkillIcon(size: SkillIconSize): { bytes: Uint8Array<ArrayBuffer>; etag: string } {
  const path = join(skillIconDir(), skillIconFile(size));
  let entry = loaded.get(path);
  if (!entry) {
    const buffer = readFileSync(path);
    const bytes = new Uint8Array(new ArrayBuffer(buffer.length));
    bytes.set(buffer);
    entry = { bytes, etag: `"${sha256Hex(bytes).slice(0, 32)}"` };
    loaded.set(path, entry);
  }
  return entry;
}
