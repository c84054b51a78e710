/**
 * The AudioLibrary that renders what a stream needs on demand (espeak-ng into .local/audio for
 * `npm start`, the simulator and the tests), then points at it under `baseUrl`. The cloud's
 * counterpart, which renders nothing, is publishedLibrary.ts.
 */
import type { AudioLibrary, PreparedStream } from '../skill/audio/library';
import type { SpeechEngine } from './engine';
import { trackUrls } from './published-library';
import { renderStream, type RenderStats } from './render';
import type { AudioStore } from './store';
import { jsonLog, type Log } from '../skill/log';

const defaultLog: Log = jsonLog('audio');

const queues = new WeakMap<AudioStore, Promise<unknown>>();

export function createRenderingLibrary(options: {
  engine: SpeechEngine;
  store: AudioStore;
  baseUrl: string;
  stats?: RenderStats;
  log?: Log;
}): AudioLibrary {
  const log = options.log ?? defaultLog;
  return {
    rendersOnDemand: true,
    prepare(timeline, pace, streamOptions) {
      // One render at a time per store: two requests (or two libraries on one folder) must not race on the clip index.
      const queue = queues.get(options.store) ?? Promise.resolve();
      const job = queue.then(async (): Promise<PreparedStream | undefined> => {
        try {
          const plan = await renderStream(timeline, pace, streamOptions, {
            engine: options.engine,
            store: options.store,
            ...(options.stats ? { stats: options.stats } : {}),
          });
          return { plan, urlOf: trackUrls(options.baseUrl) };
        } catch (error) {
          log('audio-render-failed', { timeline: timeline.id, message: (error as Error).message });
          return undefined;
        }
      });
      queues.set(options.store, job);
      return job;
    },
  };
}

