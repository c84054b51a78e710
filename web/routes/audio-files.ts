/**
 * /audio/<name>.mp3 (and the clip index JSON): the hands-free stream's rendered files from a
 * folder (locally `.local/audio`; in the cloud CloudFront serves /audio/* from S3 instead).
 * Names are content hashes, so files are immutable and long-cached. Byte ranges are served
 * (206), because players seek by range when they resume at an offset.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { audioBytes } from './audio-bytes';
import { LONG_CACHE } from './cached-response';

const NAME = /^[A-Za-z0-9._-]+\.(mp3|json)$/;

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
    return audioBytes(c, new Uint8Array(bytes), name.endsWith('.mp3') ? 'audio/mpeg' : 'application/json', name.endsWith('.mp3') ? LONG_CACHE : 'no-cache');
  });
  return routes;
}
