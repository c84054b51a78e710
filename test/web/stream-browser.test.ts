/**
 * The same hands-free stream in a real headless Chromium: the page fetches /api/stream, the
 * StreamPlayer hook plays the real MP3 tracks through one <audio> element, and the countdown it
 * reports comes from the audio's own clock (it moves only while audio plays and stops when
 * paused).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEspeakEngine } from '../../audio/espeak-engine';
import { createFileStore } from '../../audio/file-store';
import { createRenderingLibrary } from '../../audio/rendering-library';
import { createAudioRoutes } from '../../web/routes/audio-files';
import { createStreamRoutes } from '../../web/routes/stream-api';

const CACHE = join(import.meta.dirname, '..', '..', 'test-results', 'audio-cache');
let browser: Browser;
let close: () => void;
let origin: string;

async function clientScript(): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: {
      contents: `import { StreamPlayer } from './web/client/stream';
        const w = window;
        w.ticks = [];
        w.startStream = async (url) => {
          const plan = await StreamPlayer.fetch(url);
          const audio = document.querySelector('audio');
          w.player = new StreamPlayer(audio, plan, (tick) => w.ticks.push({ ...tick, at: audio.currentTime }));
          await w.player.play();
          return plan.tracks.length;
        };`,
      resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'browser',
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  const app = new Hono();
  app.route('/audio', createAudioRoutes(CACHE));
  app.route('/api/stream', createStreamRoutes(createRenderingLibrary({ engine: createEspeakEngine(), store: createFileStore(CACHE), baseUrl: '/audio' })));
  const script = await clientScript();
  app.get('/stream.js', (c) => c.body(script, 200, { 'Content-Type': 'text/javascript' }));
  app.get('/', (c) => c.html('<!doctype html><html lang="en"><title>stream</title><audio></audio><script type="module" src="/stream.js"></script></html>'));
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
  browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
});

afterAll(async () => {
  await browser?.close();
  close?.();
});

describe('the hands-free stream in the browser', () => {
  it('plays the real tracks, and the hold countdown follows the audio clock', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => typeof (window as unknown as { startStream?: unknown }).startStream === 'function');
    const tracks = await page.evaluate(() => (window as unknown as { startStream: (url: string) => Promise<number> }).startStream('/api/stream/stretch/knee-to-chest'));
    expect(tracks).toBe(4);
    // Jump the second track (the right side) to just before its first hold ends, and let it play.
    const plan = await (await fetch(`${origin}/api/stream/stretch/knee-to-chest`)).json() as { tracks: { holds: { endMs: number }[] }[] };
    const holdEnd = plan.tracks[1]!.holds[0]!.endMs;
    await page.evaluate(async (seekTo) => {
      const w = window as unknown as { player: { next(): Promise<void> }; ticks: unknown[] };
      await w.player.next();
      const audio = document.querySelector('audio')!;
      audio.currentTime = seekTo / 1000;
      w.ticks.length = 0;
    }, holdEnd - 4000);
    await page.waitForFunction(() => (window as unknown as { ticks: { hold?: unknown }[] }).ticks.some((t) => t.hold), undefined, { timeout: 20_000 });
    await page.waitForTimeout(1500);
    const ticks = await page.evaluate(() => (window as unknown as { ticks: { trackIndex: number; at: number; hold?: { remainingSeconds: number } }[] }).ticks);
    const inHold = ticks.filter((t) => t.hold && t.trackIndex === 1);
    expect(inHold.length).toBeGreaterThan(1);
    // Every reported count matches the audio position it was read at.
    for (const tick of inHold) expect(tick.hold!.remainingSeconds).toBe(Math.ceil((holdEnd - tick.at * 1000) / 1000));
    expect(inHold.at(-1)!.at).toBeGreaterThan(inHold[0]!.at);

    // Paused, the clock (and so the countdown) stands still.
    const stopped = await page.evaluate(async () => {
      const w = window as unknown as { player: { pause(): void } };
      w.player.pause();
      const audio = document.querySelector('audio')!;
      const before = audio.currentTime;
      await new Promise((r) => setTimeout(r, 700));
      return { before, after: audio.currentTime, paused: audio.paused };
    });
    expect(stopped.paused).toBe(true);
    expect(stopped.after).toBe(stopped.before);
    await page.close();
  });
});
