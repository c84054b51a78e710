/**
 * The AudioLibrary that renders what a stream needs on demand (espeak-ng into .local/audio for
 * `npm start`, the simulator and the tests), then points at it under `baseUrl`. The cloud's
 * counterpart, which renders nothing, is publishedLibrary.ts.
 */
import type { AudioLibrary, PreparedStream } from '../skill/audio/library';
import type { SpeechEngine } from './engine';
import { trackUrls } from './publishedLibrary';
import { renderStream, type RenderStats } from './render';
import type { AudioStore } from './store';

type Log = (event: string, details?: Record<string, unknown>) => void;
const defaultLog: Log = (event, details) => console.warn(JSON.stringify({ component: 'audio', event, ...details }));

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
          return { plan, urlOf: trackUrls(options.baseUrl) };
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

