/**
 * The small files browsers, phones and search engines ask a site for: favicon.ico, the
 * apple-touch-icon, the web manifest and its icons, robots.txt and sitemap.xml.
 */
import { Hono, type Context } from 'hono';
import { ROUTE_PATHS } from '../site-map';
import { faviconIco, loadSiteIcon, type SiteIconSize } from '../illustration-pngs';
import { contentHash } from '../assets/hash';
import { REVALIDATE_CACHE, respondCached } from './cached-response';
import { textsOf, type WebEnv } from '../web-env';
import type { PageTexts } from '../../skill/text/page-locale';

export const siteFileRoutes = new Hono<WebEnv>();

const origin = (c: Context<WebEnv>) => new URL(c.req.url).origin;

let favicon: { bytes: Uint8Array<ArrayBuffer>; etag: string } | undefined;

siteFileRoutes.get('/favicon.ico', (c) => {
  if (!favicon) {
    const bytes = faviconIco(loadSiteIcon(32).bytes);
    favicon = { bytes, etag: `"${contentHash(Buffer.from(bytes).toString('base64'))}"` };
  }
  return respondCached(c, favicon.bytes, { contentType: 'image/x-icon', etag: favicon.etag, cacheControl: REVALIDATE_CACHE });
});

const icon = (size: SiteIconSize) => (c: Context<WebEnv>) => {
  const { bytes, etag } = loadSiteIcon(size);
  return respondCached(c, bytes, { contentType: 'image/png', etag, cacheControl: REVALIDATE_CACHE });
};
siteFileRoutes.get('/apple-touch-icon.png', icon(180));
siteFileRoutes.get('/icons/icon-192.png', icon(192));
siteFileRoutes.get('/icons/icon-512.png', icon(512));

/** The web app manifest in the site's language (its name and description are texts). */
const manifests = new Map<string, string>();
function manifestIn(texts: PageTexts): string {
  let manifest = manifests.get(texts.language.code);
  if (!manifest) {
    manifest = manifestJson(texts);
    manifests.set(texts.language.code, manifest);
  }
  return manifest;
}

const manifestJson = (texts: PageTexts) => JSON.stringify({
  name: texts.web.siteFiles.APP_NAME,
  short_name: texts.web.siteFiles.APP_SHORT_NAME,
  description: texts.web.siteFiles.APP_DESCRIPTION,
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#f7f5f0',
  theme_color: '#2c6a64',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
});

siteFileRoutes.get('/manifest.webmanifest', (c) => {
  const manifest = manifestIn(textsOf(c));
  return respondCached(c, manifest, { contentType: 'application/manifest+json; charset=utf-8', etag: `"${contentHash(manifest)}"`, cacheControl: REVALIDATE_CACHE });
});

siteFileRoutes.get('/robots.txt', (c) => {
  const body = `User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${origin(c)}/sitemap.xml\n`;
  return respondCached(c, body, { contentType: 'text/plain; charset=utf-8', etag: `"${contentHash(body)}"`, cacheControl: REVALIDATE_CACHE });
});

siteFileRoutes.get('/sitemap.xml', (c) => {
  const base = origin(c);
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    ROUTE_PATHS.map((path) => `  <url><loc>${base}${path}</loc></url>\n`).join('') +
    '</urlset>\n';
  return respondCached(c, body, { contentType: 'application/xml; charset=utf-8', etag: `"${contentHash(body)}"`, cacheControl: REVALIDATE_CACHE });
});
