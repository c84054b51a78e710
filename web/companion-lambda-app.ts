/**
 * The companion app as the web Lambda serves it: the pages (app.tsx), and where the stack gave
 * it the hands-free audio bucket, the browser's streams (/api/stream, as the local server
 * mounts it) and the tracks joined at request time from the published clips (/audio/joined/,
 * which CloudFront sends here; the rest of /audio/* it serves from the bucket itself).
 */
import { Hono } from 'hono';
import { createPublishedLibrary } from '../audio/published-library';
import type { AudioStore } from '../audio/store';
import { app } from './app';
import { createJoinedTrackRoutes, JOINED_PATH } from './routes/joined-tracks';
import { createStreamRoutes } from './routes/stream-api';

/** Where the page finds the audio: the same origin (CloudFront serves /audio/*). */
export const BROWSER_AUDIO_BASE = '/audio';

export interface CompanionAudio {
  store: AudioStore;
  /** The Polly voice the deployment rendered with. */
  voice: string;
}

export function createCompanionApp(audio?: CompanionAudio): Hono {
  const root = new Hono();
  if (audio) {
    const { store } = audio;
    const library = createPublishedLibrary({
      voice: { engine: 'polly-neural', voice: audio.voice },
      baseUrl: BROWSER_AUDIO_BASE,
      // The published index is read from the bucket: the Lambda has no URL of its own distribution.
      fetchText: async (url) => {
        const bytes = await store.get(url.split('/').pop() ?? '');
        if (!bytes) throw new Error(`${url} is not in the audio bucket`);
        return new TextDecoder().decode(bytes);
      },
    });
    root.route(JOINED_PATH, createJoinedTrackRoutes(store));
    root.route('/api/stream', createStreamRoutes(library));
  }
  root.all('*', (c) => app.fetch(c.req.raw, c.env));
  return root;
}
