/** The HTML pages: home, stretches, routines, safety. */
import { Hono, type Context } from 'hono';
import { html, raw } from 'hono/html';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { STRETCHES, getRoutine, getStretch, isRoutineId, isStretchId } from '../../skill/catalog';
import { ROUTINE_IDS, DEFAULT_PREFERENCES, type RoutineId, type StretchId } from '../../skill/catalog/types';
import { compileRoutine, routineDuration, stretchDuration } from '../../skill/narration';
import { HomePage } from '../pages/home-page';
import { StretchPage } from '../pages/stretch-page';
import { RoutinePage, type RoutinePageItem } from '../pages/routine-page';
import { SafetyPage } from '../pages/safety-page';
import { NotFoundPage } from '../pages/not-found-page';
import { LegalPage } from '../pages/legal-page';
import { PRIVACY_LEAD, PRIVACY_SECTIONS, PRIVACY_TITLE, TERMS_LEAD, TERMS_SECTIONS, TERMS_TITLE } from '../../skill/text/en/legal';
import { renderedPage, sendPage } from './page-cache';
import { fillSiteUrls } from '../site-url';

async function toHtml(page: JSX.Element): Promise<string> {
  return (await html`${raw('<!DOCTYPE html>')}${page}`).toString();
}

/**
 * Sends a page with its doctype. Pages are short-cached by browsers and CDNs and rendered
 * once per process (page-cache.ts): they change only with a deploy. Error pages are not kept.
 */
export async function renderPage(c: Context, page: JSX.Element, status: 200 | 404 | 500 = 200, cacheKey = c.req.path) {
  const origin = new URL(c.req.url).origin;
  const render = async () => fillSiteUrls(await toHtml(page), origin, c.req.path);
  if (status === 500) {
    c.header('Cache-Control', 'no-store');
    return c.html(await render(), status);
  }
  const rendered = await renderedPage(`${status}:${origin}:${cacheKey}`, render);
  return sendPage(c, rendered, status, status === 200 ? 'public, max-age=300' : 'no-store');
}

export function renderNotFound(c: Context) {
  // One 404 page serves every unknown path.
  return renderPage(c, <NotFoundPage stretches={[...STRETCHES]} />, 404, 'not-found');
}

const memo = new Map<string, number>();
function remember(key: string, compute: () => number): number {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute();
    memo.set(key, value);
  }
  return value;
}
const stretchSeconds = (id: StretchId) => remember(`s:${id}`, () => stretchDuration(id, DEFAULT_PREFERENCES));
const routineSeconds = (id: RoutineId) => remember(`r:${id}`, () => routineDuration(id, DEFAULT_PREFERENCES));

/**
 * Each routine item's share of the routine's time: the narration's segments, grouped in
 * order by stretch. Left out when the grouping does not line up with the items.
 */
function itemSeconds(id: RoutineId, itemCount: number): (number | undefined)[] {
  const timeline = compileRoutine(id, { preferences: DEFAULT_PREFERENCES });
  const groups: { stretchId: string; seconds: number }[] = [];
  for (const segment of timeline.segments) {
    const last = groups[groups.length - 1];
    if (last && last.stretchId === segment.stretchId) last.seconds += segment.durationSeconds;
    else groups.push({ stretchId: segment.stretchId, seconds: segment.durationSeconds });
  }
  if (groups.length !== itemCount) return Array.from({ length: itemCount }, () => undefined);
  return groups.map((group) => group.seconds);
}

export const pageRoutes = new Hono();

pageRoutes.get('/', (c) =>
  renderPage(
    c,
    <HomePage
      stretches={STRETCHES.map((stretch) => ({ stretch, durationSeconds: stretchSeconds(stretch.id) }))}
      routines={ROUTINE_IDS.flatMap((id) => {
        const routine = getRoutine(id);
        return routine ? [{ routine, durationSeconds: routineSeconds(id) }] : [];
      })}
    />,
  ),
);

pageRoutes.get('/stretches/:id', (c) => {
  const id = c.req.param('id');
  const stretch = isStretchId(id) ? getStretch(id) : undefined;
  if (!stretch) return renderNotFound(c);
  return renderPage(c, <StretchPage stretch={stretch} durationSeconds={stretchSeconds(stretch.id)} />);
});

pageRoutes.get('/routines/:id', (c) => {
  const id = c.req.param('id');
  const routine = isRoutineId(id) ? getRoutine(id) : undefined;
  if (!routine) return renderNotFound(c);
  const seconds = itemSeconds(routine.id, routine.items.length);
  const items: RoutinePageItem[] = routine.items.flatMap((item, index) => {
    const stretch = getStretch(item.stretchId);
    if (!stretch) return [];
    const durationSeconds = seconds[index];
    return [durationSeconds === undefined ? { item, stretch } : { item, stretch, durationSeconds }];
  });
  return renderPage(c, <RoutinePage routine={routine} items={items} durationSeconds={routineSeconds(routine.id)} />);
});

pageRoutes.get('/safety', (c) => renderPage(c, <SafetyPage />));
pageRoutes.get('/privacy', (c) =>
  renderPage(
    c,
    <LegalPage title={PRIVACY_TITLE} description="What Back Stretch Coach stores, what it never stores, how long, and how to delete it." lead={PRIVACY_LEAD} sections={PRIVACY_SECTIONS} />,
  ),
);
pageRoutes.get('/terms', (c) =>
  renderPage(c, <LegalPage title={TERMS_TITLE} description="The terms of use of Back Stretch Coach." lead={TERMS_LEAD} sections={TERMS_SECTIONS} />),
);
pageRoutes.get('/disclaimer', (c) => c.redirect('/safety#disclaimer', 301));
pageRoutes.get('/stretches', (c) => c.redirect('/#stretches', 302));
pageRoutes.get('/routines', (c) => c.redirect('/#routines', 302));
