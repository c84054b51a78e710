/**
 * /audio/<name>.mp3 (and the clip index JSON): the hands-free stream's rendered files from a
 * folder (locally `.local/audio`; in the cloud CloudFront serves /audio/* from S3 instead).
 * Names are content hashes, so files are immutable and long-cached. Byte ranges are served
 * (206), because players seek by range when they resume at an offset.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { LONG_CACHE } from './cached-response';

const NAME = /^[A-Za-z0-9._-]+\.(mp3|json)$/;

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

export function createAudioRoutes(dir: string): Hono {
  const root = resolve(dir);
  const routes = new Hono();
  routes.get('/:name', async (c) => {
    const name = c.req.param('name');
    if (!NAME.test(name)) return c.notFound();
    const path = resolve(join(root, name));
    if (!path.startsWith(root + sep)) return c.notFound();
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      return c.notFound();
    }
    const headers: Record<string, string> = {
      'Content-Type': name.endsWith('.mp3') ? 'audio/mpeg' : 'application/json',
      'Cache-Control': name.endsWith('.mp3') ? LONG_CACHE : 'no-cache',
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
  });
  return routes;
}
