/**
 * The hands-free stream as a listener gets it: real espeak-ng clips joined into one MP3 per
 * track, decoded again by ffmpeg, and the holds timed from where the voice actually stops
 * ("Hold.") and starts again ("And release."). Rendered clips are cached under test-results/
 * so reruns are quick.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEspeakEngine } from '../../audio/espeak-engine';
import { STREAM_FRAME_MS } from '../../audio/engine';
import { createFileStore } from '../../audio/file-store';
import { renderStream } from '../../audio/render';
import { trackKey } from '../../audio/store';
import { mp3DurationMs } from '../../skill/audio/mp3';
import type { AudioPlan } from '../../skill/audio/types';
import { DEFAULT_PREFERENCES, type Preferences } from '../../skill/catalog/types';
import { compileStretch } from '../../skill/narration/index';
import { SAFETY } from '../../skill/catalog/safety';
import { decodePcm, durationMsOf, holdTolerance as tolerance, measuredHolds, soundRuns } from '../support/decoded-audio';

const CACHE = join(import.meta.dirname, '..', '..', 'test-results', 'audio-cache');
const store = createFileStore(CACHE);
const engine = createEspeakEngine();

async function rendered(preferences: Preferences, stretch: 'knee-to-chest' | 'childs-pose'): Promise<AudioPlan> {
  const timeline = compileStretch(stretch, { preferences });
  return renderStream(timeline, preferences.pace, { withSafety: true }, { engine, store });
}

describe('hands-free stream rendered with espeak-ng', () => {
  let plan: AudioPlan;
  beforeAll(async () => {
    plan = await rendered(DEFAULT_PREFERENCES, 'knee-to-chest');
  });

  it('opens with the safety line and a way to stop, then one track per side, then a closing line', () => {
    const opening = plan.tracks[0]!.parts.filter((p) => p.kind === 'clip').map((p) => (p.kind === 'clip' ? p.text : ''));
    expect(opening.join(' ')).toContain(SAFETY.shortSpokenLine.split('. ')[0]!);
    expect(opening.join(' ')).toMatch(/Alexa, stop/);
    expect(plan.tracks.map((t) => t.segmentId)).toEqual(['opening', 'knee-to-chest/right', 'knee-to-chest/left', 'closing']);
  });

  it('each track file decodes to exactly its planned length', async () => {
    for (const track of plan.tracks) {
      const path = join(CACHE, trackKey(track.file));
      expect(durationMsOf(decodePcm(path))).toBeCloseTo(track.durationMs, 0);
      const bytes = new Uint8Array((await store.get(trackKey(track.file)))!);
      expect(mp3DurationMs(bytes)).toBeCloseTo(track.durationMs, 3);
    }
  });

  it('every hold in the decoded stream lasts its target within 2 % (or half a second)', () => {
    const holds = plan.tracks.flatMap((track) => measuredHolds(track, soundRuns(decodePcm(join(CACHE, trackKey(track.file))))));
    expect(holds.length).toBe(4);
    for (const hold of holds) expect(Math.abs(hold.measured - hold.target)).toBeLessThanOrEqual(tolerance(hold.target));
  });

  it('offsets sit on the frame grid and follow each other without gaps', () => {
    for (const track of plan.tracks) {
      let cursor = 0;
      for (const part of track.parts) {
        expect(part.startMs).toBeCloseTo(cursor, 6);
        expect(Math.abs(part.durationMs / STREAM_FRAME_MS - Math.round(part.durationMs / STREAM_FRAME_MS))).toBeLessThan(1e-6);
        cursor += part.durationMs;
      }
      expect(cursor).toBeCloseTo(track.durationMs, 6);
    }
  });

  it('an unchanged stream renders nothing again; the chimes style times its hold from the real chime', async () => {
    const again = await rendered(DEFAULT_PREFERENCES, 'knee-to-chest');
    expect(again.tracks.map((t) => t.file)).toEqual(plan.tracks.map((t) => t.file));
    const chimes = await rendered({ ...DEFAULT_PREFERENCES, cueStyle: 'chimes' }, 'childs-pose');
    const holds = chimes.tracks.flatMap((track) => track.holds.map((h) => ({ track, h })));
    expect(holds.length).toBeGreaterThan(0);
    for (const { track, h } of holds) {
      // The chime is sound too: the hold runs from the first chime's start to the end of the last one.
      const runs = soundRuns(decodePcm(join(CACHE, trackKey(track.file))), -50);
      const first = runs.find((r) => r.endMs > h.startMs + 20)!;
      const last = runs.filter((r) => r.startMs < h.endMs - 20).at(-1)!;
      expect(Math.abs((last.endMs - first.startMs) / 1000 - h.targetSeconds)).toBeLessThanOrEqual(tolerance(h.targetSeconds));
    }
  });
});
