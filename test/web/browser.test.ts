/**
 * The companion site in a real headless Chromium: layouts at phone and desktop widths
 * (screenshots in test-results/), accessibility (axe-core), no console errors, and the
 * guided-session player end to end with the browser's real clock.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, it, onTestFinished } from 'vitest';
import { chromium, type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { ROUTINES, STRETCHES } from '../../skill/catalog';
import { startWebServer, type RunningWebServer } from '../../web/serve';
import type { SessionPlan } from '../../web/plan-types';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const SCREENSHOT_DIR = 'test-results/web';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'stretch', path: '/stretches/knee-to-chest' },
  { name: 'routine', path: '/routines/basic-daily' },
] as const;

let server: RunningWebServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await startWebServer({ port: 0, hostname: '127.0.0.1' });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Collects console errors and failed page errors while a test uses the page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    // axe is injected just above; the page has no types for it.
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Reads the countdown's number, or undefined while no hold is running. */
async function countdownValue(page: Page): Promise<number | undefined> {
  if (!(await page.locator('#player-countdown').isVisible())) return undefined;
  const text = await page.locator('#player-seconds').textContent();
  return text ? Number(text) : undefined;
}

/** Seconds from a segment's start to its first hold, as the player times it without a voice. */
function secondsToFirstHold(steps: SessionPlan['segments'][number]['steps']): number | undefined {
  let seconds = 0;
  for (const step of steps) {
    if (step.kind === 'hold') return seconds;
    seconds += step.kind === 'say' ? Math.max(step.seconds, 1.5) : step.seconds;
  }
  return undefined;
}

/**
 * Of all stretch and routine sessions, the page and part whose first hold comes soonest,
 * so the test waits as little as possible whatever the narration's wording.
 */
async function quickestHold(request: APIRequestContext): Promise<{ path: string; plan: SessionPlan; segment: number; seconds: number }> {
  const candidates = [
    ...STRETCHES.map((stretch) => ({ kind: 'stretch', id: stretch.id })),
    ...ROUTINES.map((routine) => ({ kind: 'routine', id: routine.id })),
  ];
  let best: { path: string; plan: SessionPlan; segment: number; seconds: number } | undefined;
  for (const { kind, id } of candidates) {
    const plan = (await (await request.get(`${server.url}/api/plan/${kind}/${id}`)).json()) as SessionPlan;
    plan.segments.forEach((segment, index) => {
      const seconds = secondsToFirstHold(segment.steps);
      if (seconds === undefined) return;
      // Each Next click costs a little too; prefer earlier parts on a near tie.
      const cost = seconds + index * 0.5;
      if (!best || cost < best.seconds + best.segment * 0.5) best = { path: `/${kind === 'stretch' ? 'stretches' : 'routines'}/${id}`, plan, segment: index, seconds };
    });
  }
  if (!best) throw new Error('no session has a hold');
  return best;
}

// The tests are independent (own browser contexts), so they run side by side to keep the suite short.
describe.concurrent('companion site in a browser', () => {
  for (const viewport of VIEWPORTS) {
    it(`lays out home, a stretch and a routine at ${viewport.width}px without console errors or serious axe findings`, async ({ expect }) => {
      // bypassCSP only so the test can inject axe-core; the pages themselves run under the real CSP.
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, bypassCSP: true });
      try {
        const page = await context.newPage();
        const errors = watchErrors(page);
        for (const target of PAGES) {
          const response = await page.goto(`${server.url}${target.path}`, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);
          // The player script ran: its section is visible with a usable start button.
          if (target.name !== 'home') await expect.poll(() => page.locator('#player-start').isVisible()).toBe(true);
          const widest = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(widest, `${target.path} scrolls sideways at ${viewport.width}px`).toBeLessThanOrEqual(viewport.width);
          await page.screenshot({ path: `${SCREENSHOT_DIR}/${target.name}-${viewport.name}.png`, fullPage: true });
          expect(await seriousViolations(page), `axe on ${target.path}`).toEqual([]);
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('keeps the page readable with JavaScript off and hides the player', async ({ expect }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/stretches/knee-to-chest`);
      await expect(page.locator('h1')).toBeDefined();
      expect(await page.locator('h1').textContent()).toBe('Knee-to-Chest');
      expect(await page.locator('ol.steps > li').count()).toBeGreaterThan(3);
      expect(await page.locator('#player-start').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('starts after the safety notice, shows text and a countdown that pauses, resumes and moves on', async ({ expect }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const errors = watchErrors(page);
    const { path, plan, segment: target, seconds: toHold } = await quickestHold(page.request);

    await page.goto(`${server.url}${path}`);
    await page.getByRole('button', { name: 'Start guided session' }).click();

    // The safety notice comes first; nothing plays until it is confirmed.
    const safety = page.locator('#player-safety');
    await expect.poll(() => safety.isVisible()).toBe(true);
    expect(await safety.textContent()).toContain(plan.safetyLine);
    expect(await page.locator('#player-session').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'I understand, start' }).click();

    // The current sentence shows on screen, with the part being played.
    await expect.poll(() => page.locator('#player-text').textContent()).not.toBe('');
    expect(await page.locator('#player-part').textContent()).toContain(`part 1 of ${plan.segments.length}`);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/player-started.png` });

    // Next moves on by part; go to the part whose hold starts soonest.
    for (let i = 0; i < target; i++) {
      await page.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => page.locator('#player-part').textContent()).toContain(`part ${i + 2} of`);
    }

    // A hold starts: the countdown appears and goes down with the real clock.
    await expect.poll(() => countdownValue(page), { timeout: (toHold + 20) * 1000 }).toBeGreaterThan(0);
    const first = (await countdownValue(page)) ?? 0;
    await expect.poll(async () => (await countdownValue(page)) ?? 0, { timeout: 10_000 }).toBeLessThan(first);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/player-hold.png` });

    // Pause freezes it.
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.getByRole('button', { name: 'Resume' }).getAttribute('aria-pressed')).toBe('true');
    const frozen = await countdownValue(page);
    expect(frozen).toBeGreaterThan(0);
    await page.waitForTimeout(2_500);
    expect(await countdownValue(page)).toBe(frozen);

    // Resume continues from there.
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(async () => (await countdownValue(page)) ?? 0, { timeout: 10_000 }).toBeLessThan(frozen ?? 0);

    // Keyboard: K pauses and resumes too.
    await page.locator('body').press('k');
    await expect.poll(() => page.getByRole('button', { name: 'Resume' }).isVisible()).toBe(true);
    await page.locator('body').press('k');
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);

    // Next moves to the following part (or finishes on the last); Previous comes back.
    const part = (n: number) => `part ${n} of ${plan.segments.length}`;
    if (target + 1 < plan.segments.length) {
      await page.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => page.locator('#player-part').textContent()).toContain(part(target + 2));
      expect(await countdownValue(page)).toBeUndefined();
      await page.getByRole('button', { name: 'Previous' }).click();
      await expect.poll(() => page.locator('#player-part').textContent()).toContain(part(target + 1));
    }

    // Stop ends the session and offers to start again.
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => page.locator('#player-start').isVisible()).toBe(true);
    expect(await page.locator('#player-session').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});
