/**
 * /audio/joined/<recipe>.mp3: a hands-free track joined at request time from clips that are
 * already rendered (skill/audio/recipe.ts). This is what makes every stream playable without
 * rendering it first: a routine with a stretch left out, an easier version, any preference
 * set. The answer depends only on the recipe (clip names are content hashes), so it is cached
 * for a year, at the edge too. Clips come from the audio store: the folder locally, the S3
 * bucket in the cloud.
 */
import { Hono } from 'hono';
import { joinRecipe } from '../../audio/render';
import type { AudioStore } from '../../audio/store';
import { parseRecipe } from '../../skill/audio/recipe';
import { audioBytes } from './audio-bytes';
import { LONG_CACHE } from './cached-response';

export const JOINED_PATH = '/audio/joined';

export function createJoinedTrackRoutes(store: AudioStore): Hono {
  const routes = new Hono();
  routes.get('/:name', async (c) => {
    const name = c.req.param('name');
    const pieces = name.endsWith('.mp3') ? parseRecipe(name.slice(0, -'.mp3'.length)) : undefined;
    if (!pieces) return c.notFound();
    const bytes = await joinRecipe(pieces, store);
    if (!bytes) return c.notFound();
    return audioBytes(c, bytes, 'audio/mpeg', LONG_CACHE);
  });
  return routes;
}
