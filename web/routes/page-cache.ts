/**
 * Rendered pages kept per process. Every page is a pure function of the catalog, which only
 * changes with a deploy, so each one is rendered and gzipped once (zlib: far cheaper than a
 * CompressionStream per request on Node 20) and then served from memory with an ETag.
 * `npm run bench` measures the effect (requests/s rows).
 */
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { gzipEtag, matchesEtag } from './cached-response';

export interface RenderedPage {
  html: string;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
}

const pages = new Map<string, RenderedPage>();
/** Paths come from a closed set (known ids) plus one shared 404 entry, so this stays small. */
const MAX_PAGES = 200;

export async function renderedPage(key: string, render: () => Promise<string>): Promise<RenderedPage> {
  const known = pages.get(key);
  if (known) return known;
  const html = await render();
  const gzip = new Uint8Array(gzipSync(html));
  const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 22)}"`;
  const page = { html, gzip, etag };
  if (pages.size >= MAX_PAGES) pages.clear();
  pages.set(key, page);
  return page;
}

/** True when the request accepts gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export function sendPage(c: Context, page: RenderedPage, status: 200 | 404, cacheControl: string): Response {
  const gzip = acceptsGzip(c.req.header('Accept-Encoding'));
  // The gzip body is its own representation, with its own ETag.
  const etag = gzip ? gzipEtag(page.etag) : page.etag;
  const headers: Record<string, string> = { 'Cache-Control': cacheControl, ETag: etag, Vary: 'Accept-Encoding' };
  if (status === 200 && matchesEtag(c.req.header('If-None-Match'), page.etag)) return c.body(null, 304, headers);
  headers['Content-Type'] = 'text/html; charset=UTF-8';
  if (gzip) return c.body(page.gzip, status, { ...headers, 'Content-Encoding': 'gzip' });
  return c.body(page.html, status, headers);
}
