/**
 * /illustrations/<name>.svg: the stretch drawings (every pose, both sides of a sided
 * stretch), for the pages and the Alexa skill. The pages link versioned URLs (?v=<hash>),
 * which are cached as immutable; the bare URL (or an old hash) is revalidated instead.
 * Each has an ETag and is readable cross-origin.
 */
import { Hono } from 'hono';
import { parseIllustrationName } from '../illustrations';
import { cachedIllustration } from '../illustration-cache';
import { textsOf, type WebEnv } from '../web-env';
import { LONG_CACHE, REVALIDATE_CACHE, respondCached } from './cached-response';

export const illustrationRoutes = new Hono<WebEnv>();

illustrationRoutes.get('/:file', (c) => {
  const file = c.req.param('file');
  if (!file.endsWith('.svg')) return c.notFound();
  const target = parseIllustrationName(file.slice(0, -'.svg'.length));
  if (!target) return c.notFound();
  const { svg, hash } = cachedIllustration(target.id, target.pose, target.side, textsOf(c));
  return respondCached(c, svg, {
    contentType: 'image/svg+xml; charset=utf-8',
    etag: `"${hash}"`,
    cacheControl: c.req.query('v') === hash ? LONG_CACHE : REVALIDATE_CACHE,
    extraHeaders: {
      // An SVG opened on its own gets a locked-down policy; its drawing may use inline styles.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Access-Control-Allow-Origin': '*',
    },
  });
});
