/**
 * The text seam, proven on the companion page: the web app built with the pseudo-locale's
 * texts, served on loopback and read in headless Chromium. Every page (home, each stretch and
 * routine, safety, privacy, terms, a 404) and the player as it runs (started, a hold counted
 * down, stepped through parts, paused, "This hurts", stopped, offered again after a reload)
 * must show no plain English: what a person reads (innerText), what a screen reader reads
 * (alt, aria-label, title, placeholder), the <title> and the meta description. A plain word
 * is one that did not come through skill/text/ (see skill/text/pseudo.ts).
 * A phone-size screenshot of a pseudo page goes to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROUTINE_IDS, STRETCH_IDS } from '../../skill/catalog/types';
import { createWebApp } from '../../web/app';
import { getPlayerScript } from '../../web/assets/player-bundle';
import { ErrorPage } from '../../web/pages/error-page';
import { launchChromium } from '../support/chromium';
import { expectNoPlainEnglish, pageTextsFor, PSEUDO_LOCALE } from '../support/pseudo-locale';

const SHOTS = 'test-results/screenshots';
const PHONE = { width: 390, height: 844 } as const;
const texts = pageTextsFor(PSEUDO_LOCALE);
const app = createWebApp(texts);

let server: ServerType;
let base: string;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await getPlayerScript();
  base = await new Promise<string>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`));
    server.once('error', reject);
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

/**
 * Everything on the page a person or a screen reader can read, one line each: the <title>,
 * the visible text, the meta description, and every alt, aria-label, title and placeholder.
 */
async function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.title, document.body.innerText];
    parts.push(document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
    for (const element of document.querySelectorAll('[alt], [aria-label], [title], [placeholder]')) {
      for (const name of ['alt', 'aria-label', 'title', 'placeholder']) parts.push(element.getAttribute(name) ?? '');
    }
    return parts.join('\n');
  });
}

async function phone(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // No voice: the player shows and times its words on screen.
  await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
  await page.clock.install();
  return { context, page, errors };
}

const PAGES = [
  '/',
  ...STRETCH_IDS.map((id) => `/stretches/${id}`),
  ...ROUTINE_IDS.map((id) => `/routines/${id}`),
  '/safety',
  '/privacy',
  '/terms',
  '/no-such-page',
];

describe('the companion page in the pseudo-locale', () => {
  it.each(PAGES)('%s shows no plain English', async (path) => {
    const { context, page } = await phone();
    try {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status()).toBe(path === '/no-such-page' ? 404 : 200);
      expect(await page.getAttribute('html', 'lang')).toBe(texts.language.code);
      expectNoPlainEnglish(path, await readable(page));
    } finally {
      await context.close();
    }
  });

  it('the player shows no plain English as it runs', async () => {
    const { context, page, errors } = await phone();
    const seen: { moment: string; text: string }[] = [];
    const look = async (moment: string) => seen.push({ moment, text: await readable(page) });
    try {
      await page.goto(`${base}/routines/desk-break`);
      await look('before start');
      await page.locator('#player-start').click();
      await page.clock.runFor(1_000);
      await expect.poll(() => page.locator('#player-safety').isVisible()).toBe(true);
      await look('safety notice');
      await page.locator('#player-confirm').click();
      await page.clock.runFor(500);
      await expect.poll(() => page.locator('#player-session').isVisible()).toBe(true);
      await look('first part');
      // Into a hold, so the countdown and its label show.
      for (let i = 0; i < 60 && (await page.locator('#player-countdown').evaluate((e) => e.classList.contains('is-idle'))); i++) {
        await page.clock.runFor(1_000);
      }
      await look('a hold');
      await page.screenshot({ path: `${SHOTS}/pseudo-player-phone.png` });
      for (let part = 0; part < 2; part++) {
        await page.locator('#player-next').click();
        await page.clock.runFor(3_000);
        await look(`next part ${part + 2}`);
      }
      await page.locator('#player-pause').click();
      await look('paused');
      await page.locator('#player-pause').click();
      await page.locator('#player-hurt').click();
      await look('this hurts');
      await page.locator('#player-hurts-back').click();
      // The last part: "Last part" instead of up next.
      await page.locator('#player-next').click();
      await page.clock.runFor(3_000);
      await look('last part');
      await page.locator('#player-stop').click();
      await look('stopped');
      await page.reload();
      await page.clock.runFor(500);
      await expect.poll(() => page.locator('#player-resume').isVisible()).toBe(true);
      await look('resume offer');
      await page.locator('#player-restart').click();
      await page.clock.runFor(1_000);
      await page.locator('#player-cancel').click();
      await look('not now');
      expect(errors).toEqual([]);
      for (const { moment, text } of seen) expectNoPlainEnglish(`player, ${moment}`, text);
    } finally {
      await context.close();
    }
  });

  it('a pseudo page still lays out on a phone (screenshot)', async () => {
    const { context, page } = await phone();
    try {
      await page.goto(`${base}/stretches/seated-spinal-twist`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'longer pseudo words push nothing off the side').toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/pseudo-stretch-phone.png` });
    } finally {
      await context.close();
    }
  });
});

describe('the rest of what the pseudo site says', () => {
  it('the error page, the manifest and the refusal of a POST show no plain English', async () => {
    expectNoPlainEnglish('500 page', (await ErrorPage({ texts }).toString()).toString());
    const manifest = (await (await app.request('/manifest.webmanifest')).json()) as Record<string, unknown>;
    expectNoPlainEnglish('manifest', [manifest.name, manifest.short_name, manifest.description].join('\n'));
    expectNoPlainEnglish('POST refused', await (await app.request('/', { method: 'POST' })).text());
  });
});
