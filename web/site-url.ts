/**
 * Absolute URLs in the pages (canonical link, Open Graph, sitemap) need the site's origin,
 * which only the request knows (a local port, a Lambda function URL, a custom domain). The
 * layout writes placeholders; renderPage fills them in per origin (pages are cached per
 * origin and path, so this happens once for each).
 */
export const SITE_ORIGIN = '__SITE_ORIGIN__';
export const PAGE_URL = '__PAGE_URL__';

/** The canonical form of a path: no trailing slash (except the home page). */
export function canonicalPath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : path;
}

export function fillSiteUrls(html: string, origin: string, path: string): string {
  return html.replaceAll(PAGE_URL, `${origin}${canonicalPath(path)}`).replaceAll(SITE_ORIGIN, origin);
}
