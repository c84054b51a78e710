/** /api/plan/stretch/:id and /api/plan/routine/:id: the browser player's speech plans as JSON. */
import { Hono } from 'hono';
import { isRoutineId, isStretchId } from '../../skill/catalog';
import { compileRoutine, compileStretch } from '../../skill/narration';
import type { Preferences } from '../../skill/catalog/types';
import type { Timeline } from '../../skill/narration/types';
import type { PlanError } from '../plan-types';
import { preferencesFromQuery } from '../preferences-query';
import { sessionPlan } from '../session-plan';
import { textsOf, type WebEnv } from '../web-env';

export const apiRoutes = new Hono<WebEnv>();

function error(code: string, message: string): PlanError {
  return { error: code, message };
}

apiRoutes.get('/plan/:kind/:id', (c) => {
  const texts = textsOf(c);
  const kind = c.req.param('kind');
  const id = c.req.param('id');
  let timelineFor: ((preferences: Preferences) => Timeline) | undefined;
  if (kind === 'stretch' && isStretchId(id)) timelineFor = (preferences) => compileStretch(id, { preferences, texts });
  else if (kind === 'routine' && isRoutineId(id)) timelineFor = (preferences) => compileRoutine(id, { preferences, texts });
  if (!timelineFor) {
    const { noSuchPlan, noSuchRoutine, noSuchStretch } = texts.web.errors;
    const message = kind === 'routine' ? noSuchRoutine(id) : kind === 'stretch' ? noSuchStretch(id) : noSuchPlan(id);
    return c.json(error('not_found', message), 404);
  }
  const parsed = preferencesFromQuery(c.req.query('hold'), c.req.query('pace'));
  if (!parsed.ok) return c.json(error('bad_request', parsed.message), 400);
  c.header('Cache-Control', 'no-cache');
  return c.json(sessionPlan(timelineFor(parsed.preferences), parsed.preferences, texts));
});

/**
 * Where the site has no hands-free audio (no audio folder locally, no bucket), the stream API
 * (stream-api.ts, mounted in front of this app where there is audio) answers "nothing here"
 * without an error: the page then speaks with the browser's voice.
 */
apiRoutes.get('/stream/:kind/:id', (c) => {
  c.header('Cache-Control', 'no-cache');
  return c.body(null, 204);
});
