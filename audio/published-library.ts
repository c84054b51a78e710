/**
 * The AudioLibrary the skill Lambda uses in the cloud: it plans from what the deployment
 * published (Polly clips in S3, behind CloudFront /audio/) and renders nothing at request time.
 * A track the deployment joined is its file; any other track (a routine with a stretch left
 * out, an easier version, another progression step) is joined from its clips at request time
 * by the companion app under /audio/joined/ (web/routes/joined-tracks.ts). Kept apart from the
 * rendering code so the skill bundle carries none of it.
 */
import type { AudioLibrary } from '../skill/audio/library';
import { MissingClipError, planAudio } from '../skill/audio/plan';
import { recipeOf } from '../skill/audio/recipe';
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

/** A track joined at request time from its clips: <base>/joined/<recipe>.mp3. */
export function joinedTrackUrl(baseUrl: string, track: AudioTrack): string {
  return `${baseUrl.replace(/\/$/, '')}/joined/${recipeOf(track.parts, { frameMs: STREAM_FRAME_MS })}.mp3`;
}

/**
 * Reads what the deployment published (clip lengths and track files) once, retrying on the
 * next prepare after a failure. Tracks the deployment joined play from their files, the others
 * from /audio/joined/; a stream with a sentence the deployment did not render is not available
 * (the skill guides instead), which audio/every-stream.ts keeps from happening.
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
          // The cues inside a hold where the compiler placed them, timed by the stream's language.
          rules: streamOptions.texts?.language,
          durations: clips,
          grid: { frameMs: STREAM_FRAME_MS },
        });
        const fileUrl = trackUrls(base);
        return { plan, urlOf: (track) => (tracks.has(track.file) ? fileUrl(track) : joinedTrackUrl(base, track)) };
      } catch (error) {
        if (!(error instanceof MissingClipError)) published = undefined;
        log('audio-unavailable', { timeline: timeline.id, message: (error as Error).message });
        return undefined;
      }
    },
  };
}

