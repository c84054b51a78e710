/** The HTML pages: home, stretches, routines, safety. */
import { Hono, type Context } from 'hono';
import { html, raw } from 'hono/html';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { getRoutine, getStretch, isRoutineId, isStretchId, stretchesIn } from '../../skill/catalog';
import { ROUTINE_IDS, DEFAULT_PREFERENCES, type RoutineId, type StretchId } from '../../skill/catalog/types';
import { compileRoutine, routineDuration, stretchDuration } from '../../skill/narration';
import { HomePage } from '../pages/home-page';
import { StretchPage } from '../pages/stretch-page';
import { RoutinePage, type RoutinePageItem } from '../pages/routine-page';
import { SafetyPage } from '../pages/safety-page';
import { NotFoundPage } from '../pages/not-found-page';
import { LegalPage } from '../pages/legal-page';
import { renderedPage, sendPage } from './page-cache';
import { fillSiteUrls } from '../site-url';
import { textsOf, type WebEnv } from '../web-env';

async function toHtml(page: JSX.Element): Promise<string> {
  return (await html`${raw('<!DOCTYPE html>')}${page}`).toString();
}

/**
 * Sends a page with its doctype. Pages are short-cached by browsers and CDNs and rendered
 * once per process (page-cache.ts): they change only with a deploy. Error pages are not kept.
 */
export async function renderPage(c: Context<WebEnv>, page: JSX.Element, status: 200 | 404 | 500 = 200, cacheKey = c.req.path) {
  const origin = new URL(c.req.url).origin;
  const language = textsOf(c).language.code;
  const render = async () => fillSiteUrls(await toHtml(page), origin, c.req.path);
  if (status === 500) {
    c.header('Cache-Control', 'no-store');
    return c.html(await render(), status);
  }
  const rendered = await renderedPage(`${status}:${language}:${origin}:${cacheKey}`, render);
  return sendPage(c, rendered, status, status === 200 ? 'public, max-age=300' : 'no-store');
}

export function renderNotFound(c: Context<WebEnv>) {
  // One 404 page serves every unknown path.
  const texts = textsOf(c);
  return renderPage(c, <NotFoundPage texts={texts} stretches={stretchesIn(texts)} />, 404, 'not-found');
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

export const pageRoutes = new Hono<WebEnv>();

pageRoutes.get('/', (c) => {
  const texts = textsOf(c);
  return renderPage(
    c,
    <HomePage
      texts={texts}
      stretches={stretchesIn(texts).map((stretch) => ({ stretch, durationSeconds: stretchSeconds(stretch.id) }))}
      routines={ROUTINE_IDS.flatMap((id) => {
        const routine = getRoutine(id, texts);
        return routine ? [{ routine, durationSeconds: routineSeconds(id) }] : [];
      })}
    />,
  );
});

pageRoutes.get('/stretches/:id', (c) => {
  const texts = textsOf(c);
  const id = c.req.param('id');
  const stretch = isStretchId(id) ? getStretch(id, texts) : undefined;
  if (!stretch) return renderNotFound(c);
  return renderPage(c, <StretchPage texts={texts} stretch={stretch} durationSeconds={stretchSeconds(stretch.id)} />);
});

pageRoutes.get('/routines/:id', (c) => {
  const texts = textsOf(c);
  const id = c.req.param('id');
  const routine = isRoutineId(id) ? getRoutine(id, texts) : undefined;
  if (!routine) return renderNotFound(c);
  const seconds = itemSeconds(routine.id, routine.items.length);
  const items: RoutinePageItem[] = routine.items.flatMap((item, index) => {
    const stretch = getStretch(item.stretchId, texts);
    if (!stretch) return [];
    const durationSeconds = seconds[index];
    return [durationSeconds === undefined ? { item, stretch } : { item, stretch, durationSeconds }];
  });
  return renderPage(c, <RoutinePage texts={texts} routine={routine} items={items} durationSeconds={routineSeconds(routine.id)} />);
});

pageRoutes.get('/safety', (c) => renderPage(c, <SafetyPage texts={textsOf(c)} />));
pageRoutes.get('/privacy', (c) => {
  const texts = textsOf(c);
  const { PRIVACY_LEAD, PRIVACY_SECTIONS, PRIVACY_TITLE } = texts.legal;
  return renderPage(
    c,
    <LegalPage texts={texts} title={PRIVACY_TITLE} description={texts.web.legalPages.PRIVACY_DESCRIPTION} lead={PRIVACY_LEAD} sections={PRIVACY_SECTIONS} />,
  );
});
pageRoutes.get('/terms', (c) => {
  const texts = textsOf(c);
  const { TERMS_LEAD, TERMS_SECTIONS, TERMS_TITLE } = texts.legal;
  return renderPage(
    c,
    <LegalPage texts={texts} title={TERMS_TITLE} description={texts.web.legalPages.TERMS_DESCRIPTION} lead={TERMS_LEAD} sections={TERMS_SECTIONS} />,
  );
});
pageRoutes.get('/disclaimer', (c) => c.redirect('/safety#disclaimer', 301));
pageRoutes.get('/stretches', (c) => c.redirect('/#stretches', 302));
pageRoutes.get('/routines', (c) => c.redirect('/#routines', 302));
