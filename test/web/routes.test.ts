/**
 * The companion app through app.request(): every page and id, the numbers the guide gives,
 * 404s, security and cache headers, illustrations, the disclaimer everywhere, the plan API.
 */
import { describe, expect, it } from 'vitest';
import { app } from '../../web/app';
import { ROUTINES, SAFETY, STRETCHES, fullDisclaimerForEveryCountry, getStretch } from '../../skill/catalog';
import { DEFAULT_PREFERENCES, type StretchId } from '../../skill/catalog/types';
import { routineDuration } from '../../skill/narration';
import { illustrationPoses } from '../../web/illustrations';
import type { PlanError, SessionPlan } from '../../web/plan-types';
import { decodeEntities, textOf, textOfElement } from './html-text';

async function get(path: string, init?: RequestInit) {
  const response = await app.request(path, init);
  return { response, body: await response.text() };
}

function titleOf(html: string): string | undefined {
  return textOfElement(html, 'title', '');
}

function h1Of(html: string): string | undefined {
  return textOfElement(html, 'h1', '');
}

const PAGE_PATHS = [
  '/',
  '/safety',
  '/privacy',
  '/terms',
  ...STRETCHES.map((stretch) => `/stretches/${stretch.id}`),
  ...ROUTINES.map((routine) => `/routines/${routine.id}`),
];

describe('pages', () => {
  it('home says what the product is, how to talk to it, and lists every routine and stretch', async () => {
    const { response, body } = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(body.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(titleOf(body)).toContain('Back Stretch Coach');
    const text = textOf(body);
    for (const phrase of [
      'Alexa, open back stretch coach',
      'Alexa, ask back stretch coach to start my back routine',
      'Alexa, ask back stretch coach how do I do cat cow',
      'Alexa, start my back routine',
      'ask back stretch coach to start my back routine',
      'Alexa, pause',
      'Alexa, next',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).toMatch(/Routines.*\+.*When this happens.*Voice.*start my back routine.*Skills.*Back Stretch Coach/);
    // Pause closes the session, so "Alexa, resume" could not reach the skill: the page says what works.
    expect(text).not.toContain('Alexa, resume');
    expect(text).toMatch(/Alexa, pause.*say "Alexa, open back stretch coach" when you are ready/);
    for (const stretch of STRETCHES) {
      expect(body).toContain(`href="/stretches/${stretch.id}"`);
      expect(body).toContain(`src="/illustrations/${stretch.id}.svg"`);
      expect(text).toContain(stretch.name);
    }
    for (const routine of ROUTINES) {
      expect(body).toContain(`href="/routines/${routine.id}"`);
      const minutes = Math.round(routineDuration(routine.id, DEFAULT_PREFERENCES) / 60);
      expect(text).toContain(`${routine.name} ${routine.summary} About ${minutes} minutes`);
    }
  });

  it.each(PAGE_PATHS)('%s answers 200 with one h1 and the page name in the title', async (path) => {
    const { response, body } = await get(path);
    expect(response.status).toBe(200);
    expect(body.match(/<h1[\s>]/g)).toHaveLength(1);
    const h1 = h1Of(body) ?? '';
    expect(h1.length).toBeGreaterThan(0);
    expect(titleOf(body)).toContain(path === '/' ? 'Back Stretch Coach' : h1 === 'Stretch safely' ? 'Safety' : h1);
    expect(body).toMatch(/<header[\s>]/);
    expect(body).toMatch(/<nav[\s>]/);
    expect(body).toContain('<main id="main"');
    expect(body).toMatch(/<footer[\s>]/);
    expect(body).toContain('href="#main"');
  });

  it.each([...PAGE_PATHS, '/no/such/page'])('%s carries the short disclaimer with a link to the full one', async (path) => {
    const { body } = await get(path);
    const footer = body.slice(body.indexOf('<footer'));
    expect(textOf(footer)).toContain(SAFETY.shortDisclaimer);
    expect(footer).toContain('href="/safety#disclaimer"');
  });

  it('safety page has the guidelines, mistakes, when to get help and the full disclaimer', async () => {
    const { body } = await get('/safety');
    const text = textOf(body);
    expect(body).toContain('id="disclaimer"');
    for (const paragraph of fullDisclaimerForEveryCountry()) expect(text).toContain(paragraph);
    for (const item of SAFETY.whenToSeekHelp) expect(text).toContain(item);
    for (const rule of SAFETY.generalRules) expect(text).toContain(rule);
    for (const { mistake, instead } of SAFETY.commonMistakes) {
      expect(text).toContain(mistake);
      expect(text).toContain(instead);
    }
  });

  it('/disclaimer leads to the full disclaimer on the safety page', async () => {
    const { response } = await get('/disclaimer');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/safety#disclaimer');
  });
});

/** The guide's numbers, as the page must show them (see shared/guide/README.md). */
const GUIDE_NUMBERS: Record<StretchId, { hold?: string; reps?: string; sided: boolean }> = {
  'childs-pose': { hold: '30 seconds to 2 minutes', sided: false },
  'cat-cow': { reps: '10–20', sided: false },
  'knee-to-chest': { hold: '20–30 seconds', reps: '2–3 on each side', sided: true },
  'seated-spinal-twist': { hold: '20–30 seconds', sided: true },
  'thread-the-needle': { hold: '20–30 seconds', reps: '2–3 on each side', sided: true },
  'sphinx-pose': { hold: '30 seconds to 1 minute', sided: false },
  'piriformis-stretch': { hold: '20–30 seconds', reps: '2–3 on each side', sided: true },
  'standing-back-extension': { hold: '5–10 seconds', reps: '5–10 times', sided: false },
  'side-stretch': { hold: '15–20 seconds', reps: '2–3 on each side', sided: true },
  'pelvic-tilts': { hold: '5 seconds', reps: '10–15 times', sided: false },
};

describe('stretch pages', () => {
  it.each(STRETCHES.map((stretch) => stretch.id))('%s shows the guide numbers, our default, and the sides', async (id) => {
    const stretch = getStretch(id);
    const expected = GUIDE_NUMBERS[id];
    const { body } = await get(`/stretches/${id}`);
    const hold = textOfElement(body, 'dd', 'data-fact="hold"');
    const reps = textOfElement(body, 'dd', 'data-fact="reps"');
    const sides = textOfElement(body, 'dd', 'data-fact="sides"') ?? '';
    if (expected.hold) {
      expect(hold).toContain(expected.hold);
      expect(hold).toMatch(new RegExp(`We guide ${stretch.hold?.default} seconds|We guide \\d+ minutes?`));
    }
    if (expected.reps) {
      expect(reps).toContain(expected.reps);
      expect(reps).toContain(`We guide ${stretch.reps?.default}`);
    }
    if (expected.sided) expect(sides).toContain('right side first, then left');
    else expect(sides).toContain('No sides');
  });

  it.each(STRETCHES.map((stretch) => stretch.id))('%s shows every drawing, ordered steps, cues, options, caution and benefits', async (id) => {
    const stretch = getStretch(id);
    const { body } = await get(`/stretches/${id}`);
    const text = textOf(body);
    const poses = illustrationPoses(id);
    poses.forEach((pose, index) => {
      expect(body).toContain(index === 0 ? `src="/illustrations/${id}.svg"` : `src="/illustrations/${id}-${pose}.svg"`);
    });
    expect(body.match(/<img [^>]*src="\/illustrations\/[^"]+"[^>]*>/g)?.every((img) => /alt="[^"]+"/.test(img))).toBe(true);
    expect(body).toContain('<ol class="steps">');
    const right = (line: string) => line.replace(/\{side\}/g, 'right').replace(/\{other\}/g, 'left');
    for (const step of stretch.setup) expect(text).toContain(right(step));
    for (const step of stretch.release) expect(text).toContain(right(step));
    for (const cue of stretch.holdCues) expect(text).toContain(right(cue));
    for (const variation of stretch.modifications) expect(text).toContain(variation.name);
    if (stretch.advanced) expect(text).toContain(stretch.advanced.name);
    if (stretch.caution) expect(text).toContain(right(stretch.caution));
    for (const benefit of stretch.benefits) expect(text).toContain(benefit);
    expect(text).not.toMatch(/\{side\}|\{other\}/);
    // The guided-session player is there for scripts and hidden without them.
    expect(body).toMatch(/<section[^>]*id="player"[^>]*hidden/);
    expect(body).toContain('<script type="module" src="/assets/player.js"></script>');
  });
});

describe('routine pages', () => {
  it.each(ROUTINES.map((routine) => routine.id))('%s lists each item with its timing, in order, and the total', async (id) => {
    const routine = ROUTINES.find((r) => r.id === id);
    if (!routine) throw new Error(id);
    const { body } = await get(`/routines/${id}`);
    const items = [...body.matchAll(/<li data-stretch="([^"]+)">([\s\S]*?)<\/li>/g)];
    expect(items.map((match) => match[1])).toEqual(routine.items.map((item) => item.stretchId));
    routine.items.forEach((item, index) => {
      const itemText = textOf(items[index]?.[2] ?? '');
      const stretch = getStretch(item.stretchId);
      expect(itemText).toContain(stretch.name);
      const hold = item.holdSeconds ?? stretch.hold?.default;
      const reps = item.reps ?? stretch.reps?.default;
      if (stretch.kind === 'breath-flow') expect(itemText).toContain(`${reps} slow breath cycles`);
      else if (hold !== undefined && hold % 60 === 0) expect(itemText).toContain(`${hold / 60} minute`);
      else if (hold !== undefined) expect(itemText).toMatch(new RegExp(`${hold}[ -]second`));
      if (reps !== undefined && reps > 1 && stretch.kind !== 'breath-flow') expect(itemText).toContain(`${reps} `);
      if (stretch.sided) expect(itemText).toContain('each side');
      if ((item.sets ?? 1) > 1) expect(itemText).toContain(`${item.sets} sets`);
    });
    const minutes = Math.round(routineDuration(routine.id, DEFAULT_PREFERENCES) / 60);
    expect(textOfElement(body, 'p', 'data-total')).toBe(`Total: about ${minutes} minutes with standard holds`);
    if (routine.guideMinutes) expect(textOf(body)).toContain(`${routine.guideMinutes.min}–${routine.guideMinutes.max} minutes`);
  });
});

describe('not found and wrong methods', () => {
  it.each(['/stretches/toe-touch', '/routines/marathon', '/nothing/here', '/stretches/', '/illustrations/toe-touch.svg'])(
    '%s is a real 404 page with the way back',
    async (path) => {
      const { response, body } = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(h1Of(body)).toBe("We couldn't find that page");
      expect(body).toContain('href="/"');
      expect(body).toContain('href="/#stretches"');
      expect(body).toContain('href="/stretches/childs-pose"');
    },
  );

  it('an unknown pose of a real stretch is not found', async () => {
    expect((await get('/illustrations/childs-pose-upside-down.svg')).response.status).toBe(404);
    expect((await get('/illustrations/childs-pose-upside-down.png')).response.status).toBe(404);
  });

  it('changing methods get 405 with the allowed ones; HEAD works', async () => {
    const post = await get('/', { method: 'POST' });
    expect(post.response.status).toBe(405);
    expect(post.response.headers.get('allow')).toBe('GET, HEAD');
    const del = await get('/api/plan/stretch/cat-cow', { method: 'DELETE' });
    expect(del.response.status).toBe(405);
    expect(JSON.parse(del.body)).toMatchObject({ error: 'method_not_allowed' });
    const head = await app.request('/stretches/cat-cow', { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('/healthz says ok', async () => {
    const { response, body } = await get('/healthz');
    expect(response.status).toBe(200);
    expect(body).toBe('ok');
  });
});

describe('headers', () => {
  it.each(['/', '/stretches/cat-cow', '/safety', '/nope'])('%s has security headers and a self-only CSP', async (path) => {
    const { response, body } = await get(path);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBeTruthy();
    // The CSP is honest: no inline scripts, styles or handlers in the markup.
    expect(body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(body).not.toMatch(/<style[\s>]/);
    expect(body).not.toMatch(/\sstyle="/);
    expect(body).not.toMatch(/\son[a-z]+="/);
  });

  it('compresses pages for clients that accept gzip', async () => {
    const response = await app.request('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('serves the stylesheet at its hashed URL for a year, and the player script with an ETag', async () => {
    const { body: home } = await get('/');
    const cssHref = /<link rel="stylesheet" href="([^"]+)"/.exec(home)?.[1] ?? '';
    expect(cssHref).toMatch(/^\/assets\/site\.css\?v=[\w-]+$/);
    const css = await get(cssHref);
    expect(css.response.status).toBe(200);
    expect(css.response.headers.get('content-type')).toContain('text/css');
    expect(css.response.headers.get('cache-control')).toContain('immutable');
    expect(css.body).toContain('prefers-reduced-motion');
    expect(css.body).toContain('@media print');

    const script = await get('/assets/player.js');
    expect(script.response.status).toBe(200);
    expect(script.response.headers.get('content-type')).toContain('javascript');
    const etag = script.response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(script.body).toContain('speechSynthesis');
    const again = await app.request('/assets/player.js', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });
});

describe('illustrations', () => {
  const urls = STRETCHES.flatMap((stretch) => [
    `/illustrations/${stretch.id}.svg`,
    ...illustrationPoses(stretch.id).map((pose) => `/illustrations/${stretch.id}-${pose}.svg`),
  ]);

  it.each(urls)('%s is an SVG, cached for a year with an ETag', async (url) => {
    const { response, body } = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('image/svg+xml');
    const cache = response.headers.get('cache-control') ?? '';
    expect(cache).toContain('public');
    expect(cache).toContain('max-age=31536000');
    expect(cache).toContain('immutable');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(body).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(body).toContain('<title');
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await app.request(url, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(cache);
  });

  it('the first pose is the plain URL', async () => {
    const poses = illustrationPoses('cat-cow');
    const plain = await get('/illustrations/cat-cow.svg');
    const first = await get(`/illustrations/cat-cow-${poses[0]}.svg`);
    expect(plain.body).toBe(first.body);
  });
});

describe('plan API', () => {
  async function plan(path: string): Promise<{ status: number; json: SessionPlan & PlanError }> {
    const response = await app.request(path);
    expect(response.headers.get('content-type')).toContain('application/json');
    return { status: response.status, json: (await response.json()) as SessionPlan & PlanError };
  }

  it('a stretch plan has parts with steps the player can play, holds at our default', async () => {
    const { status, json } = await plan('/api/plan/stretch/knee-to-chest');
    expect(status).toBe(200);
    expect(json).toMatchObject({ kind: 'stretch', id: 'knee-to-chest', holdLength: 'standard', pace: 'normal', speechRate: 1 });
    expect(json.safetyLine).toBe(SAFETY.shortSpokenLine);
    expect(json.segments.length).toBeGreaterThan(0);
    for (const segment of json.segments) {
      expect(segment.illustration).toBe('/illustrations/knee-to-chest.svg');
      expect(segment.steps.length).toBeGreaterThan(0);
      for (const step of segment.steps) {
        expect(['say', 'pause', 'chime', 'hold']).toContain(step.kind);
        expect(step.seconds).toBeGreaterThanOrEqual(0);
        if (step.kind === 'say') expect(step.text.length).toBeGreaterThan(0);
      }
    }
    const holds = json.segments.flatMap((segment) => segment.steps.filter((step) => step.kind === 'hold'));
    const stretch = getStretch('knee-to-chest');
    expect(holds.length).toBe(2 * (stretch.reps?.default ?? 1));
    for (const hold of holds) expect(hold.seconds).toBe(stretch.hold?.default);
    expect(json.segments.map((segment) => segment.side)).toEqual(['right', 'left']);
  });

  it('honours hold length and pace from the query', async () => {
    const stretch = getStretch('knee-to-chest');
    const longer = await plan('/api/plan/stretch/knee-to-chest?hold=longer&pace=slower');
    expect(longer.json).toMatchObject({ holdLength: 'longer', pace: 'slower' });
    expect(longer.json.speechRate).toBeLessThan(1);
    const holds = longer.json.segments.flatMap((segment) => segment.steps.filter((step) => step.kind === 'hold'));
    for (const hold of holds) expect(hold.seconds).toBe(stretch.hold?.max);
    const shorter = await plan('/api/plan/stretch/knee-to-chest?hold=shorter');
    for (const hold of shorter.json.segments.flatMap((s) => s.steps.filter((step) => step.kind === 'hold'))) {
      expect(hold.seconds).toBe(stretch.hold?.min);
    }
  });

  it('a routine plan covers each of its stretches in order', async () => {
    const routine = ROUTINES.find((r) => r.id === 'basic-daily');
    const { status, json } = await plan('/api/plan/routine/basic-daily');
    expect(status).toBe(200);
    expect(json.kind).toBe('routine');
    const order = json.segments.map((segment) => segment.stretchId).filter((id, i, all) => all[i - 1] !== id);
    expect(order).toEqual(routine?.items.map((item) => item.stretchId));
  });

  it('switches drawings with the movement in stretches drawn in several positions', async () => {
    const { json } = await plan('/api/plan/stretch/cat-cow');
    const steps = json.segments.flatMap((segment) => segment.steps);
    const images = (text: string) => [...new Set(steps.filter((s) => s.kind === 'say' && s.text.includes(text)).map((s) => ('image' in s ? s.image : undefined)))];
    const [first, second] = getStretch('cat-cow').phases ?? [];
    const poses = illustrationPoses('cat-cow');
    // Each phase's cue shows that phase's drawing.
    expect(images(first?.cue ?? '?')).toEqual([`/illustrations/cat-cow-${poses.find((p) => p === first?.name.toLowerCase())}.svg`]);
    expect(images(second?.cue ?? '?')).toEqual([`/illustrations/cat-cow-${poses.find((p) => p === second?.name.toLowerCase())}.svg`]);
    // The setup shows the main drawing (no override).
    const setupStep = steps.find((s) => s.kind === 'say' && s.text === getStretch('cat-cow').setup[0]);
    expect(setupStep && 'image' in setupStep ? setupStep.image : undefined).toBeUndefined();
  });

  it.each(['/api/plan/stretch/toe-touch', '/api/plan/routine/marathon', '/api/plan/routine/cat-cow', '/api/plan/workout/cat-cow', '/api/nothing'])(
    '%s is a 404 in JSON',
    async (path) => {
      const { status, json } = await plan(path);
      expect(status).toBe(404);
      expect(json.error).toBe('not_found');
      expect(json.message.length).toBeGreaterThan(0);
    },
  );

  it('a bad preference is a 400 that says what is allowed', async () => {
    const { status, json } = await plan('/api/plan/stretch/cat-cow?hold=forever');
    expect(status).toBe(400);
    expect(json.message).toContain('shorter, standard, longer');
  });
});

describe('html helpers used by these tests', () => {
  it('decode what hono escapes', () => {
    expect(decodeEntities('Child&#39;s &amp; &quot;cat&quot;')).toBe('Child\'s & "cat"');
  });
});
