/**
 * /illustrations/<id>.png (720x480) and /illustrations/<id>-large.png (1200x800): the
 * stretch's main drawing as PNG, for the Alexa skill's Standard cards and Echo Show screen,
 * which cannot draw SVG. The bytes are the committed files rendered by `npm run render:pngs`
 * (see web/illustration-pngs.ts). Immutable, long-cached, with an ETag, and readable from any
 * origin (Alexa's image host fetches them cross-origin).
 *
 * Mount before the SVG routes: only names ending in .png match here.
 */
import { Hono } from 'hono';
import { loadIllustrationPng, parsePngUrlName } from '../illustration-pngs';
import { LONG_CACHE, respondCached } from './cached-response';

export const illustrationPngRoutes = new Hono();

illustrationPngRoutes.get('/:file{.+\\.png}', (c) => {
  const target = parsePngUrlName(c.req.param('file'));
  if (!target) return c.notFound();
  const { bytes, etag } = loadIllustrationPng(target.id, target.size);
  return respondCached(c, bytes, {
    contentType: 'image/png',
    etag,
    cacheControl: LONG_CACHE,
    extraHeaders: {
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Access-Control-Allow-Origin': '*',
    },
  });
});
