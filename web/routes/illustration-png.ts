/**
 * /illustrations/<name>.png (720x480) and /illustrations/<name>-large.png (1200x800): every
 * drawing (each pose and side) as PNG, for the Alexa skill's Standard cards and Echo Show screen,
 * which cannot draw SVG. The bytes are the committed files rendered by `npm run render:pngs`
 * (see web/illustration-pngs.ts). With an ETag (immutable when the URL carries ?v=<etag>), and readable from any
 * origin (Alexa's image host fetches them cross-origin).
 *
 * Mount before the SVG routes: only names ending in .png match here.
 */
import { Hono } from 'hono';
import { loadIllustrationPng, parsePngUrlName } from '../illustration-pngs';
import { LONG_CACHE, REVALIDATE_CACHE, respondCached } from './cached-response';

export const illustrationPngRoutes = new Hono();

illustrationPngRoutes.get('/:file{.+\\.png}', (c) => {
  const target = parsePngUrlName(c.req.param('file'));
  if (!target) return c.notFound();
  const { bytes, etag } = loadIllustrationPng(target.drawing, target.size);
  return respondCached(c, bytes, {
    contentType: 'image/png',
    etag,
    // Immutable only on a URL versioned with this file's hash; the skill's plain URLs revalidate.
    cacheControl: c.req.query('v') === etag.slice(1, -1) ? LONG_CACHE : REVALIDATE_CACHE,
    extraHeaders: {
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Access-Control-Allow-Origin': '*',
    },
  });
});
