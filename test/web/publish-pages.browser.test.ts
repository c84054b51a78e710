/**
 * /safety, /privacy and /terms in headless Chromium at phone and desktop widths: no sideways
 * scrolling, no console errors, no serious axe findings; screenshots in test-results/web/.
 * On /safety the urgent signs and the emergency numbers are visible without opening anything.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { startWebServer, type RunningWebServer } from '../../web/serve';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const SCREENSHOT_DIR = 'test-results/web';
const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const PATHS = ['/safety', '/privacy', '/terms'] as const;

let server: RunningWebServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await startWebServer({ port: 0, hostname: '127.0.0.1' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function seriousViolations(page: Page): Promise<{ id: string; impact: string | null }[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
    return (await axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('safety, privacy and terms pages in a browser', () => {
  for (const viewport of VIEWPORTS) {
    it(`read well at ${viewport.width}px`, async () => {
      // bypassCSP only so the test can inject axe-core.
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, bypassCSP: true });
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(e.message));
        for (const path of PATHS) {
          const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);
          const widest = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(widest, `${path} scrolls sideways`).toBeLessThanOrEqual(viewport.width);
          await expect.poll(() => page.locator('footer a[href="/privacy"]').isVisible()).toBe(true);
          await page.screenshot({ path: `${SCREENSHOT_DIR}${path}-${viewport.name}.png`, fullPage: true });
          expect(await seriousViolations(page), `axe on ${path}`).toEqual([]);
        }
        await page.goto(`${server.url}/safety`);
        const urgent = page.locator('[data-urgency="urgent"]');
        expect(await urgent.locator('h2').textContent()).toBe('Get urgent help now');
        expect(await urgent.locator('[data-red-flag="bladder-bowel"]').isVisible()).toBe(true);
        expect(await urgent.locator('[data-locale="en-GB"]').textContent()).toContain('999');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
