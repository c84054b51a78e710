/**
 * The AudioLibrary the skill Lambda uses in the cloud: it plans from what the deployment
 * published (Polly clips in S3, behind CloudFront /audio/) and renders nothing at request time.
 * Kept apart from the rendering code so the skill bundle carries none of it.
 */
import type { AudioLibrary } from '../skill/audio/library';
import { MissingClipError, planAudio } from '../skill/audio/plan';
import { streamSources } from '../skill/audio/sources';
import type { AudioTrack, VoiceSettings } from '../skill/audio/types';
import { STREAM_FRAME_MS } from './engine';
import { publishedKey, trackKey } from './store';
import { jsonLog, type Log } from '../skill/log';

const defaultLog: Log = jsonLog('audio');

export function trackUrls(baseUrl: string): (track: AudioTrack) => string {
  const base = baseUrl.replace(/\/$/, '');
  return (track) => `${base}/${trackKey(track.file)}`;
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
        return { plan, urlOf: trackUrls(base) };
      } catch (error) {
        if (!(error instanceof MissingClipError)) published = undefined;
        log('audio-unavailable', { timeline: timeline.id, message: (error as Error).message });
        return undefined;
      }
    },
  };
}

