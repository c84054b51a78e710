/**
 * The companion site in a real headless Chromium: every page at phone (360 px) and desktop
 * (1280 px) widths, light and dark, with screenshots in test-results/screenshots/; axe-core
 * with no violations at all; no sideways scrolling; no layout shift once the player script
 * has run; the drawings' descriptions reaching the accessibility tree; and the page still
 * readable with JavaScript off.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { startWebServer, type RunningWebServer } from '../../web/serve';
import { ROUTE_PATHS } from '../../web/site-map';
import { illustrationDescription } from '../../web/illustrations';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const SHOTS = 'test-results/screenshots';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

let server: RunningWebServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startWebServer({ port: 0, hostname: '127.0.0.1' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

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
  nodes: string[];
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // axe is injected just above; the page has no types for it.
    const axe = (window as unknown as {
      axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> };
    }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Layout shift recorded since the page started loading (the Layout Instability API). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

const shotName = (path: string) => (path === '/' ? 'home' : path.slice(1).replace(/\//g, '-'));

describe('every page in a browser', () => {
  for (const viewport of VIEWPORTS) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`lays out every page at ${viewport.width}px (${scheme}) with no axe violations, no sideways scroll and no layout shift`, async () => {
        // bypassCSP only so the test can inject axe-core; the pages themselves run under the real CSP.
        const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: scheme, bypassCSP: true });
        try {
          const page = await context.newPage();
          const errors = watchErrors(page);
          // Light: every page. Dark: one of each kind (the same stylesheet).
          const paths = scheme === 'light' ? ROUTE_PATHS : ['/', '/stretches/thread-the-needle', '/routines/bedtime', '/safety'];
          for (const path of paths) {
            const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
            expect(response?.status(), path).toBe(200);
            if (path.startsWith('/stretches/') || path.startsWith('/routines/')) {
              await expect.poll(() => page.locator('#player-start').isVisible()).toBe(true);
            }
            // Let every lazy drawing load before the full-page picture.
            await page.evaluate(async () => {
              for (const img of document.images) img.loading = 'eager';
              await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
            });
            const widest = await page.evaluate(() => document.documentElement.scrollWidth);
            expect(widest, `${path} scrolls sideways at ${viewport.width}px`).toBeLessThanOrEqual(viewport.width);
            expect(await layoutShift(page), `${path} layout shift`).toBeLessThan(0.01);
            await page.screenshot({ path: `${SHOTS}/${shotName(path)}-${viewport.width}${scheme === 'dark' ? '-dark' : ''}.png`, fullPage: true });
            expect(await axeViolations(page), `axe on ${path} (${scheme}, ${viewport.width}px)`).toEqual([]);
            if (scheme === 'dark') {
              const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
              expect(bg, 'dark background').toBe('rgb(18, 26, 28)');
            }
          }
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('gives each drawing its full description in the accessibility tree, and bigger drawings on a phone home page', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/stretches/piriformis-stretch`);
      const name = await page.locator('.figures img').first().getAttribute('alt');
      expect(name).toBe(illustrationDescription('piriformis-stretch', 'main', 'right'));
      expect(await page.getByRole('img', { name: /figure-four/ }).count()).toBeGreaterThan(0);
      await page.goto(`${server.url}/`);
      const thumb = await page.locator('.card img').first().boundingBox();
      // Across the card, not a 104 px thumbnail.
      expect(thumb?.width).toBeGreaterThan(280);
    } finally {
      await context.close();
    }
  });

  it('uses the right half of a desktop stretch page: the drawings beside the guided session', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/stretches/childs-pose`);
      await expect.poll(() => page.locator('#player-start').isVisible()).toBe(true);
      const figure = await page.locator('.figures').boundingBox();
      const player = await page.locator('#player').boundingBox();
      expect(figure && player).toBeTruthy();
      if (figure && player) {
        expect(player.x).toBeGreaterThan(figure.x + figure.width - 1);
        expect(player.x + player.width).toBeGreaterThan(1000);
        expect(Math.abs(player.y - figure.y)).toBeLessThan(5);
      }
    } finally {
      await context.close();
    }
  });

  it('keeps the page readable with JavaScript off and takes no room for the player', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/stretches/knee-to-chest`);
      expect(await page.locator('h1').textContent()).toBe('Knee-to-Chest');
      expect(await page.locator('ol.steps > li').count()).toBeGreaterThan(3);
      expect(await page.locator('#player').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    } finally {
      await context.close();
    }
  });

  it('shows the focused player on a desktop too (screenshot)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
      await page.clock.install();
      await page.goto(`${server.url}/stretches/cat-cow`);
      await page.getByRole('button', { name: 'Start guided session' }).click();
      await page.clock.runFor(1_000);
      await page.getByRole('button', { name: 'I understand, start' }).click();
      await page.clock.runFor(20_000);
      const box = await page.locator('#player-session').boundingBox();
      expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 800 });
      await page.screenshot({ path: `${SHOTS}/player-1280.png` });
    } finally {
      await context.close();
    }
  });
});
