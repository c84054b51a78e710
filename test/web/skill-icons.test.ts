/**
 * The skill's store icons: 108x108 and 512x512 PNGs rendered from the current drawing,
 * served by the companion app to any origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { app } from '../../web/app';
import { SKILL_ICON_SVG } from '../../web/assets/skill-icon-svg';
import { sha256Hex, SKILL_ICON_MANIFEST_FILE, SKILL_ICON_SIZES, skillIconDir, skillIconPath, type SkillIconManifest } from '../../web/skill-icons';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(new TextDecoder().decode(bytes.slice(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('skill icons', () => {
  it('the committed PNGs were rendered from the current drawing (else: npm run render:icons)', () => {
    const manifest = JSON.parse(readFileSync(join(skillIconDir(), SKILL_ICON_MANIFEST_FILE), 'utf8')) as SkillIconManifest;
    expect(manifest.svgSha256).toBe(sha256Hex(SKILL_ICON_SVG));
    expect(manifest.icons.map((i) => [i.width, i.height])).toEqual([
      [108, 108],
      [512, 512],
    ]);
  });

  it.each(SKILL_ICON_SIZES)('/assets/skill-icon-%i.png is a %ix%i PNG readable from any origin', async (size) => {
    const response = await app.request(skillIconPath(size));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
    // A drawing, not a flat square: a one-colour PNG of this size compresses to well under 1 KB.
    expect(bytes.length).toBeGreaterThan(2000);
    const etag = response.headers.get('etag') ?? '';
    const again = await app.request(skillIconPath(size), { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });
});
