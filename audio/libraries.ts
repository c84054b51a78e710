/**
 * The two AudioLibrary adapters the skill can be built with:
 * - rendering: renders what a stream needs on demand (espeak-ng into .local/audio for
 *   `npm start`, the simulator and the tests), then serves it from `baseUrl`;
 * - published: plans from the clip index the deployment rendered (Polly into S3) and points
 *   at the track files under `baseUrl` (CloudFront /audio/). Nothing is rendered at request time.
 */
import type { AudioLibrary, PreparedStream } from '../skill/audio/library';
import { MissingClipError, planAudio } from '../skill/audio/plan';
import { streamSources } from '../skill/audio/sources';
import type { AudioTrack, VoiceSettings } from '../skill/audio/types';
import { STREAM_FRAME_MS, type SpeechEngine } from './engine';
import { renderStream, type RenderStats } from './render';
import { publishedKey, trackKey, type AudioStore } from './store';

type Log = (event: string, details?: Record<string, unknown>) => void;
const defaultLog: Log = (event, details) => console.warn(JSON.stringify({ component: 'audio', event, ...details }));

function urls(baseUrl: string): (track: AudioTrack) => string {
  const base = baseUrl.replace(/\/$/, '');
  return (track) => `${base}/${trackKey(track.file)}`;
}

export function createRenderingLibrary(options: {
  engine: SpeechEngine;
  store: AudioStore;
  baseUrl: string;
  stats?: RenderStats;
  log?: Log;
}): AudioLibrary {
  const log = options.log ?? defaultLog;
  // One render at a time: two requests for the same stream must not race on the clip index.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    prepare(timeline, pace, streamOptions) {
      const job = queue.then(async (): Promise<PreparedStream | undefined> => {
        try {
          const plan = await renderStream(timeline, pace, streamOptions, {
            engine: options.engine,
            store: options.store,
            ...(options.stats ? { stats: options.stats } : {}),
          });
          return { plan, urlOf: urls(options.baseUrl) };
        } catch (error) {
          log('audio-render-failed', { timeline: timeline.id, message: (error as Error).message });
          return undefined;
        }
      });
      queue = job;
      return job;
    },
  };
}

/**
 * Reads what the deployment published (clip lengths and track files) once, retrying on the
 * next prepare after a failure. A stream with a clip or a track the deployment did not render
 * (an excluded stretch, an easier version) is not available: the skill guides instead.
 */
export function createPublishedLibrary(options: {
  voice: VoiceSettings;
  baseUrl: string;
  fetchText?: (url: string) => Promise<string>;
  log?: Log;
}): AudioLibrary {
  const log = options.log ?? defaultLog;
  const base = options.baseUrl.replace(/\/$/, '');
  const fetchText =
    options.fetchText ??
    (async (url: string) => {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
      return response.text();
    });
  let published: Promise<{ clips: Record<string, number>; tracks: Set<string> }> | undefined;
  return {
    async prepare(timeline, pace, streamOptions) {
      published ??= fetchText(`${base}/${publishedKey(options.voice.engine, options.voice.voice)}`).then((text) => {
        const parsed = JSON.parse(text) as { clips?: Record<string, number>; tracks?: string[] };
        return { clips: parsed.clips ?? {}, tracks: new Set(parsed.tracks ?? []) };
      });
      try {
        const { clips, tracks } = await published;
        const plan = planAudio(streamSources(timeline, streamOptions), {
          voice: options.voice,
          pace,
          durations: clips,
          grid: { frameMs: STREAM_FRAME_MS },
        });
        const missing = plan.tracks.filter((t) => !tracks.has(t.file));
        if (missing.length > 0) throw new MissingClipError(missing.map((t) => `track ${t.file}`));
        return { plan, urlOf: urls(base) };
      } catch (error) {
        if (!(error instanceof MissingClipError)) published = undefined;
        log('audio-unavailable', { timeline: timeline.id, message: (error as Error).message });
        return undefined;
      }
    },
  };
}
