/**
 * The PNG copies of the drawings that the Alexa skill shows on cards and on Echo Show:
 * every drawing (each pose and phase, both sides of a sided stretch) in both Alexa sizes, real PNGs of exactly those sizes, rendered from the
 * current drawings (a changed SVG without `npm run render:pngs` fails here), served over HTTP
 * with the headers Alexa's image host needs, and 404 for anything else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allIllustrations, illustrationSvg } from '../../web/illustrations';
import {
  illustrationPngDir,
  PNG_MANIFEST_FILE,
  allPngs,
  PNG_SIZES,
  pngFileName,
  pngUrlName,
  sha256Hex,
  type PngManifest,
} from '../../web/illustration-pngs';
import { startWebServer, type RunningWebServer } from '../../web/serve';

const DIR = illustrationPngDir();
const manifest = JSON.parse(readFileSync(join(DIR, PNG_MANIFEST_FILE), 'utf8')) as PngManifest;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which must follow the signature. */
function pngHeader(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint32(8)).toBe(13); // IHDR data length
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const CASES = allPngs().map(({ drawing, size }) => ({ drawing, id: drawing.id, size, file: pngFileName(drawing, size) }));

describe('the committed PNG files', () => {
  it('covers every pose and phase and both sides: cat and cow, both tilts, the chair twist, left sides', () => {
    const files = CASES.map((c) => c.file);
    for (const file of ['cat-cow-cat-1200x800.png', 'pelvic-tilts-tilt-forward-720x480.png', 'seated-spinal-twist-chair-left-1200x800.png', 'knee-to-chest-left-720x480.png']) {
      expect(files).toContain(file);
    }
    expect(CASES).toHaveLength(allIllustrations().length * 2);
  });

  it.each(CASES)('$file is a PNG of the size its name says, listed in the manifest', ({ drawing, id, size, file }) => {
    const { width, height } = PNG_SIZES[size];
    const bytes = readFileSync(join(DIR, file));
    expect(pngHeader(bytes)).toEqual({ width, height });
    // Flat colours compress well; a card image this small loads fast on any connection.
    expect(bytes.length).toBeLessThan(150 * 1024);
    const entry = manifest.images.find((image) => image.file === file);
    expect(entry).toMatchObject({ stretchId: id, pose: drawing.pose, width, height });
    expect(entry?.side).toBe(drawing.side);
  });

  it.each(CASES)('$file is rendered from the current drawing', ({ drawing, id, size, file }) => {
    const entry = manifest.images.find((image) => image.file === file);
    const svg = illustrationSvg(id, drawing.pose, drawing.side);
    expect(entry?.svgSha256, `${file} was rendered from an older drawing of ${id} (${size}): run npm run render:pngs`).toBe(
      sha256Hex(svg),
    );
  });

  it('the manifest lists exactly the expected files', () => {
    expect(manifest.images.map((image) => image.file).sort()).toEqual(CASES.map((c) => c.file).sort());
  });
});

describe('serving them', () => {
  let server: RunningWebServer;
  beforeAll(async () => {
    server = await startWebServer({ port: 0, hostname: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(CASES)('/illustrations/ serves $file as image/png, revalidated on the plain URL, readable from any origin', async ({ drawing, size, file }) => {
    const response = await fetch(`${server.url}/illustrations/${pngUrlName(drawing, size)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    // Immutable caching only on a versioned URL: a re-rendered drawing must reach Echo Show.
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]+"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes).equals(readFileSync(join(DIR, file)))).toBe(true);
    expect(pngHeader(bytes)).toEqual(PNG_SIZES[size]);
  });

  it('the small image is <id>.png and the large one <id>-large.png, the URLs the skill sends', () => {
    expect(pngUrlName({ id: 'cat-cow', pose: 'cow', side: undefined }, 'small')).toBe('cat-cow.png');
    expect(pngUrlName({ id: 'cat-cow', pose: 'cow', side: undefined }, 'large')).toBe('cat-cow-large.png');
    expect(pngUrlName({ id: 'cat-cow', pose: 'cat', side: undefined }, 'large')).toBe('cat-cow-cat-large.png');
    expect(pngUrlName({ id: 'knee-to-chest', pose: 'main', side: 'right' }, 'small')).toBe('knee-to-chest.png');
    expect(pngUrlName({ id: 'knee-to-chest', pose: 'main', side: 'left' }, 'small')).toBe('knee-to-chest-left.png');
  });

  it('caches a PNG as immutable on a URL versioned with its ETag', async () => {
    const plain = await fetch(`${server.url}/illustrations/cat-cow-cat-large.png`);
    await plain.arrayBuffer();
    const hash = (plain.headers.get('etag') as string).slice(1, -1);
    const versioned = await fetch(`${server.url}/illustrations/cat-cow-cat-large.png?v=${hash}`);
    await versioned.arrayBuffer();
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers 304 to a matching If-None-Match, and HEAD without a body', async () => {
    const url = `${server.url}/illustrations/childs-pose.png`;
    const first = await fetch(url);
    await first.arrayBuffer();
    const etag = first.headers.get('etag') as string;
    const again = await fetch(url, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('image/png');
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it.each(['/illustrations/not-a-stretch.png', '/illustrations/cat-cow-dog.png', '/illustrations/cat-cow-left.png', '/illustrations/cat-cow-huge.png', '/illustrations/cat-cow-720x480.png'])(
    '%s is not found',
    async (path) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('text/html');
      await response.arrayBuffer();
    },
  );

  it('the SVG drawings are still served beside the PNGs', async () => {
    const response = await fetch(`${server.url}/illustrations/cat-cow-cat.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('image/svg+xml');
    await response.arrayBuffer();
  });
});
