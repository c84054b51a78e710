/**
 * /illustrations/<id>.svg and /illustrations/<id>-<pose>.svg: the stretch drawings, for the
 * pages and for the Alexa skill. Immutable, long-cached, with an ETag, readable cross-origin.
 */
import { Hono } from 'hono';
import { STRETCH_IDS, type StretchId } from '../../skill/catalog/types';
import { illustrationPoses, illustrationSvg } from '../illustrations';
import { contentHash } from '../assets/hash';
import { LONG_CACHE, respondCached } from './cached-response';

/** Resolves "cat-cow" or "cat-cow-cat" (file name without .svg) to a stretch and pose. */
export function parseIllustrationName(name: string): { id: StretchId; pose?: string } | undefined {
  const exact = STRETCH_IDS.find((id) => id === name);
  if (exact) return { id: exact };
  for (const id of STRETCH_IDS) {
    if (!name.startsWith(`${id}-`)) continue;
    const pose = name.slice(id.length + 1);
    if (illustrationPoses(id).includes(pose)) return { id, pose };
  }
  return undefined;
}

const svgCache = new Map<string, { svg: string; etag: string }>();

function illustration(id: StretchId, pose: string | undefined): { svg: string; etag: string } {
  const key = `${id}/${pose ?? ''}`;
  let entry = svgCache.get(key);
  if (!entry) {
    const svg = illustrationSvg(id, pose);
    entry = { svg, etag: `"${contentHash(svg)}"` };
    svgCache.set(key, entry);
  }
  return entry;
}

export const illustrationRoutes = new Hono();

illustrationRoutes.get('/:file', (c) => {
  const file = c.req.param('file');
  if (!file.endsWith('.svg')) return c.notFound();
  const target = parseIllustrationName(file.slice(0, -'.svg'.length));
  if (!target) return c.notFound();
  const { svg, etag } = illustration(target.id, target.pose);
  return respondCached(c, svg, {
    contentType: 'image/svg+xml; charset=utf-8',
    etag,
    cacheControl: LONG_CACHE,
    extraHeaders: {
      // An SVG opened on its own gets a locked-down policy; its drawing may use inline styles.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Access-Control-Allow-Origin': '*',
    },
  });
});
