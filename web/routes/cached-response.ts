/** Responses for static-like content: Cache-Control, ETag, and 304 on a matching If-None-Match. */
import type { Context } from 'hono';

export const LONG_CACHE = 'public, max-age=31536000, immutable';
/** For unversioned URLs whose content changes with a deploy: cache, but revalidate. */
export const REVALIDATE_CACHE = 'public, max-age=300, must-revalidate';

export interface CachedResponseOptions {
  contentType: string;
  etag: string;
  cacheControl: string;
  extraHeaders?: Record<string, string>;
}

/** Added inside the quotes of an ETag for the gzip body: `"abc"` -> `"abc-gz"`. */
export const GZIP_ETAG_SUFFIX = '-gz';

export function gzipEtag(etag: string): string {
  return etag.endsWith('"') ? `${etag.slice(0, -1)}${GZIP_ETAG_SUFFIX}"` : `${etag}${GZIP_ETAG_SUFFIX}`;
}

/** True when If-None-Match names this entity, as the plain or the gzip representation. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((value) => value.trim().replace(/^W\//, ''))
    .some((value) => value === '*' || value === etag || value === gzipEtag(etag));
}

export function respondCached(c: Context, body: string | Uint8Array<ArrayBuffer>, options: CachedResponseOptions): Response {
  const headers: Record<string, string> = {
    'Cache-Control': options.cacheControl,
    ETag: options.etag,
    ...options.extraHeaders,
  };
  if (matchesEtag(c.req.header('If-None-Match'), options.etag)) {
    return c.body(null, 304, headers);
  }
  return c.body(body, 200, { ...headers, 'Content-Type': options.contentType });
}
