/**
 * The page's player with the hands-free stream, in a real headless Chromium: where the site has
 * the audio (here the local server's routes: /api/stream and /audio over real espeak-ng
 * tracks), the session plays the stream's MP3 through the page's <audio> element instead of
 * speechSynthesis, and the countdown and the words on screen follow the audio's own clock:
 * moving the media moves them.
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEspeakEngine } from '../../audio/espeak-engine';
import { createFileStore } from '../../audio/file-store';
import { createRenderingLibrary } from '../../audio/rendering-library';
import { app } from '../../web/app';
import { getPlayerScript } from '../../web/assets/player-bundle';
import { createAudioRoutes } from '../../web/routes/audio-files';
import { createStreamRoutes, type StreamPlanJson } from '../../web/routes/stream-api';
import { launchChromium } from '../support/chromium';

const CACHE = join(import.meta.dirname, '..', '..', 'test-results', 'audio-cache');
const STRETCH = 'knee-to-chest';

let browser: Browser;
let close: () => void;
let origin: string;
let stream: StreamPlanJson;

beforeAll(async () => {
  const root = new Hono();
  root.route('/audio', createAudioRoutes(CACHE));
  root.route('/api/stream', createStreamRoutes(createRenderingLibrary({ engine: createEspeakEngine(), store: createFileStore(CACHE), baseUrl: '/audio' })));
  root.all('*', (c) => app.fetch(c.req.raw, c.env));
  await getPlayerScript();
  // Rendered (or found in the cache) before the page asks, so the page gets it at once.
  stream = (await (await root.request(`/api/stream/stretch/${STRETCH}`)).json()) as StreamPlanJson;
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: root.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
  browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  close?.();
});

/** Records what the page asks the browser's own voice to say (it should be nothing). */
const RECORD_SPEECH = () => {
  const said: string[] = [];
  (window as unknown as { __said: string[] }).__said = said;
  const synth = window.speechSynthesis;
  if (synth) synth.speak = (u: SpeechSynthesisUtterance) => void said.push(u.text);
};

interface Reading {
  src: string;
  time: number;
  paused: boolean;
  seconds: string;
  left: number;
  idle: boolean;
  text: string;
}

function read(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('#player-audio')!;
    const countdown = document.querySelector<HTMLElement>('#player-countdown')!;
    return {
      src: audio.currentSrc || audio.src,
      time: audio.currentTime,
      paused: audio.paused,
      seconds: document.querySelector('#player-seconds')!.textContent ?? '',
      left: Number(countdown.dataset.left ?? 'NaN'),
      idle: countdown.classList.contains('is-idle'),
      text: document.querySelector('#player-text')!.textContent ?? '',
    };
  });
}

/** Moves the media to `ms` into the track and waits for the page to show that moment. */
async function seek(page: Page, ms: number): Promise<Reading> {
  await page.evaluate(async (to) => {
    const audio = document.querySelector<HTMLAudioElement>('#player-audio')!;
    await new Promise<void>((resolve) => {
      audio.addEventListener('seeked', () => resolve(), { once: true });
      audio.currentTime = to / 1000;
    });
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }, ms);
  return read(page);
}

describe('the page plays the hands-free stream when the site has it', () => {
  it('plays the stream audio, not the browser voice, and the countdown follows audio.currentTime', async () => {
    const page = await browser.newPage();
    await page.addInitScript(RECORD_SPEECH);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/stretches/${STRETCH}`);
    await page.click('#player-start');
    await page.click('#player-confirm');
    // The opening track plays from the stream's own files.
    await page.waitForFunction(() => {
      const audio = document.querySelector<HTMLAudioElement>('#player-audio');
      return Boolean(audio && !audio.paused && audio.currentTime > 0.2);
    }, undefined, { timeout: 20_000 });
    expect((await read(page)).src).toBe(new URL(stream.tracks[0]!.url, origin).href);

    // Next: the right side's track. Pause it, then move the media through its first hold.
    await page.click('#player-next');
    await page.waitForFunction((url) => document.querySelector<HTMLAudioElement>('#player-audio')!.src === url, new URL(stream.tracks[1]!.url, origin).href);
    await page.click('#player-pause');
    await page.waitForFunction(() => document.querySelector<HTMLAudioElement>('#player-audio')!.paused);
    const hold = stream.tracks[1]!.holds[0]!;
    for (const intoHoldMs of [2500, 9300, (hold.endMs - hold.startMs) - 1400]) {
      const at = await seek(page, hold.startMs + intoHoldMs);
      const leftByAudio = (hold.endMs - at.time * 1000) / 1000;
      expect(at.idle).toBe(false);
      expect(at.left).toBeCloseTo(leftByAudio, 2);
      expect(at.seconds).toBe(String(Math.ceil(leftByAudio)));
    }
    // The words on screen are the sentence the audio is at.
    const cue = stream.tracks[1]!.cues.find((c) => c.startMs > hold.endMs)!;
    const after = await seek(page, cue.startMs + 200);
    expect(after.text).toBe(cue.text);
    expect(after.idle).toBe(true);

    // Resumed, the audio's clock runs and the countdown with it.
    await seek(page, hold.startMs + 1000);
    await page.click('#player-pause');
    await page.waitForFunction((t) => document.querySelector<HTMLAudioElement>('#player-audio')!.currentTime > t, (hold.startMs + 2600) / 1000, { timeout: 20_000 });
    const running = await read(page);
    expect(running.paused).toBe(false);
    expect(Math.abs(running.left - (hold.endMs / 1000 - running.time))).toBeLessThan(0.6);
    expect(Number(running.seconds)).toBeLessThan(Math.ceil((hold.endMs - hold.startMs) / 1000));

    // The browser's own voice said nothing: the voice is the stream's.
    expect(await page.evaluate(() => (window as unknown as { __said: string[] }).__said)).toEqual([]);
    await page.click('#player-stop');
    expect(await page.evaluate(() => document.querySelector<HTMLAudioElement>('#player-audio')!.paused)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
