/**
 * The companion web app: pages, illustrations, assets and the player's plan API.
 * `createWebApp(texts)` builds it in a language (every word on it comes from `texts`);
 * `app` is the English one. `app.request(path)` works without a port; serve.ts and
 * lambda.ts put it online.
 */
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { compress } from 'hono/compress';
import { pageRoutes, renderNotFound, renderPage } from './routes/pages';
import { illustrationRoutes } from './routes/illustrations';
import { illustrationPngRoutes } from './routes/illustration-png';
import { assetRoutes } from './routes/assets';
import { apiRoutes } from './routes/api';
import { ErrorPage } from './pages/error-page';
import { siteFileRoutes } from './routes/site-files';
import { GZIP_ETAG_SUFFIX, gzipEtag } from './routes/cached-response';
import { canonicalPath } from './site-url';
import { DEFAULT_TEXTS, textsOf, type WebEnv } from './web-env';
import type { PageTexts } from '../skill/text/page-locale';

/** Only our own scripts, styles, images and fetches; nothing inline, no framing. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function createWebApp(texts: PageTexts = DEFAULT_TEXTS): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  app.use(async (c, next) => {
    c.set('texts', texts);
    await next();
  });

  app.use(
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: 'strict-origin-when-cross-origin',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
      // CSP frame-ancestors 'none' already forbids framing; SAMEORIGIN here would contradict it.
      xFrameOptions: false,
      // Routes may set their own (illustrations: their own CSP and cross-origin use).
      overwrite: false,
    }),
  );

  /**
   * A gzip body is a different representation from the plain one, so it gets its own ETag
   * (the plain one plus "-gz"); If-None-Match accepts either (cached-response.ts).
   */
  app.use(async (c, next) => {
    await next();
    const etag = c.res.headers.get('ETag');
    if (etag && c.res.headers.get('Content-Encoding') === 'gzip' && !etag.endsWith(`${GZIP_ETAG_SUFFIX}"`)) {
      c.res.headers.set('ETag', gzipEtag(etag));
    }
  });

  // Gzip where the runtime has CompressionStream (Node 18+, Lambda).
  if (typeof CompressionStream !== 'undefined') app.use(compress());

  /** One URL per page: "/stretches/cat-cow/" answers 301 to "/stretches/cat-cow". */
  app.use(async (c, next) => {
    const path = c.req.path;
    if (path.length > 1 && path.endsWith('/') && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
      const url = new URL(c.req.url);
      return c.redirect(`${canonicalPath(path)}${url.search}`, 301);
    }
    await next();
  });

  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.text('ok');
  });

  app.route('/', siteFileRoutes);
  app.route('/', pageRoutes);
  // PNG first: the SVG routes answer 404 for any other name.
  app.route('/illustrations', illustrationPngRoutes);
  app.route('/illustrations', illustrationRoutes);
  app.route('/assets', assetRoutes);
  app.route('/api', apiRoutes);

  /** The site is read-only: anything but GET/HEAD on it gets 405 with the allowed methods. */
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '*', (c) => {
    c.header('Allow', 'GET, HEAD');
    return c.req.path.startsWith('/api/')
      ? c.json({ error: 'method_not_allowed', message: texts.web.errors.API_USE_GET }, 405)
      : c.text(texts.web.errors.METHOD_NOT_ALLOWED, 405);
  });

  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json({ error: 'not_found', message: texts.web.errors.API_NOT_FOUND }, 404) : renderNotFound(c),
  );

  app.onError((error, c) => {
    console.error('companion page error', c.req.method, c.req.path, error);
    if (c.req.path.startsWith('/api/')) return c.json({ error: 'server_error', message: texts.web.errors.API_SERVER_ERROR }, 500);
    return renderPage(c, <ErrorPage texts={textsOf(c)} />, 500);
  });

  return app;
}

/** The companion app in English, as published. */
export const app = createWebApp();
