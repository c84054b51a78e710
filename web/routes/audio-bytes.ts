/**
 * Answers with audio bytes the way players need them: byte ranges (206), because players seek
 * by range when they resume at an offset, CORS-readable (the browser player), and cached as
 * the caller says.
 */
import type { Context } from 'hono';

function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'invalid' | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start > end || start >= size ? 'invalid' : { start, end };
}

export function audioBytes(c: Context, bytes: Uint8Array, contentType: string, cacheControl: string): Response {
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Cache-Control': cacheControl,
    'Accept-Ranges': 'bytes',
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
  const range = parseRange(c.req.header('Range'), bytes.length);
  if (range === 'invalid') return c.body(null, 416, { ...headers, 'Content-Range': `bytes */${bytes.length}` });
  if (range) {
    const body = bytes.subarray(range.start, range.end + 1);
    return c.body(new Uint8Array(body), 206, {
      ...headers,
      'Content-Range': `bytes ${range.start}-${range.end}/${bytes.length}`,
      'Content-Length': String(body.length),
    });
  }
  return c.body(new Uint8Array(bytes), 200, { ...headers, 'Content-Length': String(bytes.length) });
}
