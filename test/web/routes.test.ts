/**
 * The companion app through app.request(): every page and id, the numbers the guide gives,
 * 404s, security and cache headers, illustrations, the disclaimer everywhere, the plan API.
 */
import { describe, expect, it } from 'vitest';
import { app } from '../../web/app';
import { ROUTINES, SAFETY, STRETCHES, fullDisclaimerForEveryCountry, getStretch } from '../../skill/catalog';
import { DEFAULT_PREFERENCES, type StretchId } from '../../skill/catalog/types';
import { routineDuration } from '../../skill/narration';
import { allIllustrations, illustrationDescription, illustrationPoses } from '../../web/illustrations';
import { illustrationPath } from '../../web/asset-paths';
import { HURT_CHOICE_LABELS } from '../../skill/text/en/hurts';

/** How hono/jsx escapes an attribute value. */
const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
      expect(body).toContain(`src="${illustrationPath(stretch.id)}"`);
      expect(body).toContain(`alt="${escapeAttr(illustrationDescription(stretch.id))}"`);
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

/** The guide's numbers, as the page must show them (see shared/guide/README.md), for the guide's ten stretches. */
const GUIDE_NUMBERS: Partial<Record<StretchId, { hold?: string; reps?: string; sided: boolean }>> = {
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
  it.each(STRETCHES.map((stretch) => stretch.id).filter((id) => GUIDE_NUMBERS[id]))('%s shows the guide numbers, our default, and the sides', async (id) => {
    const stretch = getStretch(id);
    const expected = GUIDE_NUMBERS[id]!;
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
    poses.forEach((pose) => {
      expect(body).toContain(`src="${illustrationPath(id, pose)}"`);
      // The drawing's full description reaches screen readers, not just "Drawing of X".
      expect(body).toContain(`alt="${escapeAttr(illustrationDescription(id, pose, stretch.sided ? 'right' : undefined))}"`);
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

describe('one URL per page, and what browsers and search engines ask for', () => {
  it.each([
    ['/stretches/cat-cow/', '/stretches/cat-cow'],
    ['/routines/bedtime/', '/routines/bedtime'],
    ['/safety/?x=1', '/safety?x=1'],
  ])('%s redirects permanently to %s', async (from, to) => {
    const response = await app.request(from);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(to);
  });

  it('every page names its canonical URL and has Open Graph tags with absolute URLs', async () => {
    for (const path of ['/', '/stretches/cat-cow', '/routines/desk-break', '/safety']) {
      const { body } = await get(path);
      expect(body).toContain(`<link rel="canonical" href="http://localhost${path}"/>`);
      expect(body).toContain(`<meta property="og:url" content="http://localhost${path}"/>`);
      expect(body).toMatch(/<meta property="og:title" content="[^"]+"\/>/);
      expect(body).toMatch(/<meta property="og:description" content="[^"]+"\/>/);
      const image = body.match(/<meta property="og:image" content="([^"]+)"/)?.[1] ?? '';
      expect(image).toMatch(/^http:\/\/localhost\/illustrations\/[a-z-]+-large\.png$/);
      expect((await app.request(image.replace('http://localhost', ''))).status).toBe(200);
      expect(body).toContain('rel="manifest"');
      expect(body).toContain('rel="apple-touch-icon"');
    }
    expect((await get('/stretches/cat-cow')).body).toContain('content="http://localhost/illustrations/cat-cow-large.png"');
  });

  it('serves favicon.ico, the apple-touch-icon, the web manifest and its icons', async () => {
    const ico = await app.request('/favicon.ico');
    expect(ico.status).toBe(200);
    expect(ico.headers.get('content-type')).toBe('image/x-icon');
    const bytes = new Uint8Array(await ico.arrayBuffer());
    expect([...bytes.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect([...bytes.subarray(22, 26)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const touch = await app.request('/apple-touch-icon.png');
    expect(touch.headers.get('content-type')).toBe('image/png');
    const manifest = (await (await app.request('/manifest.webmanifest')).json()) as { name: string; start_url: string; icons: { src: string; sizes: string }[] };
    expect(manifest).toMatchObject({ name: 'Back Stretch Coach', start_url: '/' });
    for (const icon of manifest.icons) expect((await app.request(icon.src)).status, icon.src).toBe(200);
    expect(manifest.icons.map((i) => i.sizes)).toContain('512x512');
  });

  it('serves robots.txt and a sitemap of every page', async () => {
    const robots = await (await app.request('/robots.txt')).text();
    expect(robots).toContain('Sitemap: http://localhost/sitemap.xml');
    const sitemap = await (await app.request('/sitemap.xml')).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs).toContain('http://localhost/stretches/cat-cow');
    // Home, every stretch and routine, safety, privacy and terms.
    expect(locs).toHaveLength(1 + STRETCHES.length + ROUTINES.length + 3);
    expect(locs).toEqual(expect.arrayContaining(['http://localhost/safety', 'http://localhost/privacy', 'http://localhost/terms']));
    for (const loc of locs) expect((await app.request(loc.replace('http://localhost', ''))).status, loc).toBe(200);
  });

  it('gives the gzip body and the plain body different ETags, and 304 for either', async () => {
    for (const path of ['/stretches/cat-cow', illustrationPath('cat-cow', 'cat')]) {
      const plain = await app.request(path, { headers: { 'Accept-Encoding': 'identity' } });
      const gzip = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(gzip.headers.get('content-encoding'), path).toBe('gzip');
      expect(plain.headers.get('content-encoding'), path).toBeNull();
      const plainTag = plain.headers.get('etag') ?? '';
      const gzipTag = gzip.headers.get('etag') ?? '';
      expect(plainTag).not.toBe('');
      expect(gzipTag, path).not.toBe(plainTag);
      for (const tag of [plainTag, gzipTag]) {
        expect((await app.request(path, { headers: { 'If-None-Match': tag, 'Accept-Encoding': 'gzip' } })).status, `${path} ${tag}`).toBe(304);
      }
    }
  });

  it('offers every red-flag group of the voice\'s triage under "This hurts", each with its catalog advice', async () => {
    const { body } = await get('/stretches/cat-cow');
    for (const group of SAFETY.redFlags) {
      // A label written for it, not a fallback: a new group needs its words in skill/text/en/hurts.ts.
      expect(HURT_CHOICE_LABELS[group.id], group.id).toBeDefined();
      expect(body).toContain(`data-flag="${group.id}" data-urgency="${group.urgency}"`);
      expect(decodeEntities(body)).toContain(group.advice);
    }
  });

  it('links to enabling the skill from the home page', async () => {
    const { body } = await get('/');
    expect(body).toMatch(/<a class="button enable-skill" href="https:\/\/www\.amazon\.com\/[^"]+"/);
  });

  it('never sends an img without a src', async () => {
    for (const path of ['/', '/stretches/cat-cow', '/routines/basic-daily', '/safety']) {
      const { body } = await get(path);
      const imgs = body.match(/<img\b[^>]*>/g) ?? [];
      for (const img of imgs) expect(img, path).toMatch(/\ssrc="[^"]+"/);
    }
  });
});

describe('not found and wrong methods', () => {
  it.each(['/stretches/toe-touch', '/routines/marathon', '/nothing/here', '/stretches/toe-touch/', '/illustrations/toe-touch.svg'])(
    '%s is a real 404 page with the way back',
    async (path) => {
      let { response, body } = await get(path);
      // A trailing slash first goes to the one canonical URL.
      if (response.status === 301) ({ response, body } = await get(response.headers.get('location') ?? ''));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(h1Of(body)).toBe("We couldn't find that page");
      expect(body).toContain('<meta name="robots" content="noindex"');
      expect(body).not.toContain('rel="canonical"');
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
    // Framing is refused by CSP frame-ancestors 'none'; no contradicting X-Frame-Options.
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
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
  const urls = allIllustrations().map((d) => illustrationPath(d.id, d.pose, d.side));

  it('links versioned URLs: the name, then ?v= and the drawing\'s content hash', () => {
    expect(illustrationPath('cat-cow', 'cat')).toMatch(/^\/illustrations\/cat-cow-cat\.svg\?v=[\w-]{16}$/);
    expect(illustrationPath('knee-to-chest', undefined, 'left')).toMatch(/^\/illustrations\/knee-to-chest-left\.svg\?v=/);
    expect(illustrationPath('knee-to-chest', undefined, 'left')).not.toBe(illustrationPath('knee-to-chest', undefined, 'right'));
  });

  it('revalidates an unversioned or outdated URL instead of caching it for a year', async () => {
    for (const url of ['/illustrations/cat-cow.svg', '/illustrations/cat-cow.svg?v=old']) {
      const { response } = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    }
  });

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

  it('the first pose is the plain URL (and still answers to its pose name)', async () => {
    const poses = illustrationPoses('cat-cow');
    const plain = await get('/illustrations/cat-cow.svg');
    const first = await get(`/illustrations/cat-cow-${poses[0]}.svg`);
    expect(plain.body).toBe(first.body);
  });

  it('draws the left side of a sided stretch as the mirror image', async () => {
    const { response, body } = await get('/illustrations/thread-the-needle-left.svg');
    expect(response.status).toBe(200);
    expect(body).toContain('class="mirrored"');
    expect(body).toContain('left side');
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
      expect(segment.illustration).toBe(illustrationPath('knee-to-chest', undefined, segment.side));
      expect(segment.illustrationAlt).toBe(illustrationDescription('knee-to-chest', undefined, segment.side));
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
    expect(images(first?.cue ?? '?')).toEqual([illustrationPath('cat-cow', poses.find((p) => p === first?.name.toLowerCase()))]);
    expect(images(second?.cue ?? '?')).toEqual([illustrationPath('cat-cow', poses.find((p) => p === second?.name.toLowerCase()))]);
    // The setup shows the main drawing (no override).
    const setupStep = steps.find((s) => s.kind === 'say' && s.text === getStretch('cat-cow').setup[0]);
    expect(setupStep && 'image' in setupStep ? setupStep.image : undefined).toBeUndefined();
  });

  it('shows the chair twist drawing in the desk break, which narrates the chair twist', async () => {
    const { json } = await plan('/api/plan/routine/desk-break');
    const twist = json.segments.filter((segment) => segment.stretchId === 'seated-spinal-twist');
    expect(twist.length).toBeGreaterThan(0);
    for (const segment of twist) expect(segment.illustration).toBe(illustrationPath('seated-spinal-twist', 'chair', segment.side));
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
