/**
 * The browser's way to the hands-free stream: /api/stream gives each track's URL, length and
 * holds, the URLs are served by /audio (same origin), and the countdown helper reads the hold
 * in progress off the audio's clock.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEspeakEngine } from '../../audio/espeak-engine';
import { createFileStore } from '../../audio/file-store';
import { createRenderingLibrary } from '../../audio/rendering-library';
import { mp3DurationMs } from '../../skill/audio/mp3';
import { holdAt } from '../../skill/audio/position';
import { createAudioRoutes } from '../../web/routes/audio-files';
import { createStreamRoutes, type StreamPlanJson } from '../../web/routes/stream-api';

const CACHE = join(import.meta.dirname, '..', '..', 'test-results', 'audio-cache');
const api = createStreamRoutes(createRenderingLibrary({ engine: createEspeakEngine(), store: createFileStore(CACHE), baseUrl: '/audio' }));
const files = createAudioRoutes(CACHE);

describe('/api/stream and /audio', () => {
  it('lists the tracks of a stretch with their holds, and every URL serves that many milliseconds of MP3', async () => {
    const response = await api.request('/stretch/knee-to-chest');
    expect(response.status).toBe(200);
    const plan = (await response.json()) as StreamPlanJson;
    expect(plan.title).toBe('Knee-to-Chest');
    expect(plan.tracks.length).toBe(4);
    expect(plan.tracks.flatMap((t) => t.holds).map((h) => h.targetSeconds)).toEqual([25, 25, 25, 25]);
    for (const track of plan.tracks) {
      expect(track.url).toMatch(/^\/audio\/[0-9a-f]{16}\.mp3$/);
      const file = await files.request(track.url.replace('/audio', ''));
      expect(file.headers.get('cache-control')).toMatch(/immutable/);
      expect(mp3DurationMs(new Uint8Array(await file.arrayBuffer()))).toBeCloseTo(track.durationMs, 3);
    }
  });

  it('answers unknown names, bad preferences and unsafe file names plainly', async () => {
    expect((await api.request('/stretch/handstand')).status).toBe(404);
    expect((await api.request('/routine/knee-to-chest')).status).toBe(404);
    expect((await api.request('/stretch/cat-cow?hold=forever')).status).toBe(400);
    expect((await files.request('/..%2Fvitest.json')).status).toBe(404);
    expect((await files.request('/nothing-here.mp3')).status).toBe(404);
    const range = await files.request('/index-espeak-ng-en-us.json', { headers: { Range: 'bytes=999999999-' } });
    expect(range.status).toBe(416);
  });

  it('counts a hold down on the audio clock', () => {
    const track = { holds: [{ label: 'Hold', targetSeconds: 25, startMs: 10_000, endMs: 35_000 }] };
    expect(holdAt(track, 9_999)).toBeUndefined();
    expect(holdAt(track, 10_000)).toEqual({ label: 'Hold', remainingSeconds: 25 });
    expect(holdAt(track, 34_100)).toEqual({ label: 'Hold', remainingSeconds: 1 });
    expect(holdAt(track, 35_000)).toBeUndefined();
  });
});
