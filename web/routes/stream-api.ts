/**
 * /api/stream/:kind/:id?hold=&pace=: the hands-free stream of a routine or stretch for the
 * browser, the same audio Alexa plays: each track's URL, length and holds (so a countdown can
 * follow the audio's own clock). Mounted where an AudioLibrary exists (the local server);
 * 503 when the audio is not available.
 */
import { Hono } from 'hono';
import { isRoutineId, isStretchId } from '../../skill/catalog';
import type { AudioLibrary } from '../../skill/audio/library';
import { compileRoutine, compileStretch } from '../../skill/narration';
import type { Timeline } from '../../skill/narration/types';
import { preferencesFromQuery } from '../preferences-query';

export interface StreamTrackJson {
  url: string;
  /** The timeline segment the track plays (the plan's segment id), or "opening" / "closing". */
  segmentId: string;
  title: string;
  durationMs: number;
  holds: { label: string; targetSeconds: number; startMs: number; endMs: number }[];
  /** Each sentence and where it starts, so the page can show what is being said. */
  cues: { startMs: number; text: string }[];
}

export interface StreamPlanJson {
  title: string;
  tracks: StreamTrackJson[];
}

export function createStreamRoutes(library: AudioLibrary): Hono {
  const routes = new Hono();
  routes.get('/:kind/:id', async (c) => {
    const kind = c.req.param('kind');
    const id = c.req.param('id');
    const parsed = preferencesFromQuery(c.req.query('hold'), c.req.query('pace'));
    if (!parsed.ok) return c.json({ error: 'bad_request', message: parsed.message }, 400);
    const preferences = parsed.preferences;
    let timeline: Timeline | undefined;
    if (kind === 'routine' && isRoutineId(id)) timeline = compileRoutine(id, { preferences, variant: 'standard', excluded: [] });
    else if (kind === 'stretch' && isStretchId(id)) timeline = compileStretch(id, { preferences, variant: 'standard' });
    if (!timeline) return c.json({ error: 'not_found', message: `No ${kind === 'routine' ? 'routine' : 'stretch'} is called "${id}".` }, 404);
    const stream = await library.prepare(timeline, preferences.pace, { withSafety: true });
    if (!stream) return c.json({ error: 'unavailable', message: 'The audio for this is not available right now.' }, 503);
    const body: StreamPlanJson = {
      title: timeline.title,
      tracks: stream.plan.tracks.map((track) => ({
        url: stream.urlOf(track),
        segmentId: track.segmentId,
        title: track.title,
        durationMs: track.durationMs,
        holds: track.holds.map((h) => ({ ...h })),
        cues: track.parts.flatMap((p) => (p.kind === 'clip' && p.text ? [{ startMs: p.startMs, text: p.text }] : [])),
      })),
    };
    c.header('Cache-Control', 'no-cache');
    return c.json(body);
  });
  return routes;
}
