/**
 * The Echo Show screen laid out for real, at the Echo Spot (round 480x480), Echo Show 5
 * (960x480), 8 (1280x800) and 15 (1920x1080) sizes.
 *
 * No APL renderer runs here (Amazon's viewhost builds the APL core library from C++ and is not
 * among our packages), so each device's layout, as the document's own `viewport` conditions
 * pick it, is translated element for element to the same flexbox in headless Chromium (APL
 * lays out with Yoga, a flexbox engine: a column Container centring its items, Text at its
 * font size with APL's default line height of 1.25, items that do not shrink). Text is set in
 * DejaVu Sans, which is wider than the Echo's Amazon Ember, so a line that fits here fits there.
 * Then, with every title and step the skill can show (every segment of every stretch and
 * routine, each version, both paces) and every countdown word:
 * - each text wraps to no more lines than the document allows it (the title 2, the step 3,
 *   the countdown 1): nothing is cut off;
 * - with the longest of them on screen, every box lies inside the screen (inside the circle on
 *   the Echo Spot), no two overlap, and the countdown is there at its full size.
 * Screenshots go to test-results/apl-screens/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aplDatasources, type Screen } from '../../lambda/responses/apl';
import { STRETCHES } from '../../skill/catalog/index';
import { DEFAULT_PREFERENCES, ROUTINE_IDS, STRETCH_IDS, type Preferences, type Variant } from '../../skill/catalog/types';
import { compileRoutine, compileStretch } from '../../skill/narration/index';
import { SCREEN_HOLD_PREFIX, SCREEN_PAUSED, SCREEN_RELEASE, SCREEN_SECONDS_SUFFIX, screenHoldLabel } from '../../skill/text/en/screen';
import { DEVICES, dp, layoutsFor, type Device, type Json } from '../support/apl-viewports';
import { launchChromium } from '../support/chromium';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'apl-screens');
const FONT = "'DejaVu Sans'";
const LINE_HEIGHT = 1.25;

/** Every screen the skill can show: each segment of every stretch and routine, each version, both paces. */
function allScreens(): Screen[] {
  const screens: Screen[] = [];
  for (const pace of ['normal', 'slower'] as const) {
    const preferences: Preferences = { ...DEFAULT_PREFERENCES, pace };
    for (const variant of ['standard', 'easier', 'harder'] as Variant[]) {
      const timelines = [
        ...STRETCH_IDS.map((id) => compileStretch(id, { preferences, variant })),
        ...ROUTINE_IDS.map((id) => compileRoutine(id, { preferences, variant })),
      ];
      for (const timeline of timelines) {
        for (const segment of timeline.segments) {
          screens.push({ stretchId: segment.stretchId, segment, preferences, imageFor: () => 'https://coach.example/drawing.png' });
        }
      }
    }
  }
  return screens;
}

const screens = allScreens();
const shown = screens.map((screen) => (aplDatasources(screen).payload as { screen: { title: string; step: string; holdLabel: string } }).screen);
const titles = [...new Set(shown.map((s) => s.title))];
const steps = [...new Set(shown.map((s) => s.step))];
/** The longest hold there is: the guide's maximum of the longest stretch ("longer holds"). */
const longestHold = Math.max(...STRETCHES.map((stretch) => stretch.hold?.max ?? 0));
const countdownWords = [
  `${SCREEN_HOLD_PREFIX}${longestHold}${SCREEN_SECONDS_SUFFIX}`,
  SCREEN_PAUSED,
  SCREEN_RELEASE,
  ...new Set(shown.map((s) => s.holdLabel).filter(Boolean)),
  screenHoldLabel(longestHold),
];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The layout as HTML: the same boxes, flex rules and sizes, with `texts` in its Text items. */
function htmlFor(layout: Json, device: Device, texts: Record<string, string>): string {
  const px = (value: unknown) => `${dp(value, device)}px`;
  const items = (layout.items as Json[]).map((item) => {
    if (item.type === 'Image') {
      return `<div data-id="image" style="flex-shrink:0;width:${px(item.width)};height:${px(item.height)};background:#445"></div>`;
    }
    const id = String(item.id);
    return (
      `<div data-id="${id}" data-max-lines="${Number(item.maxLines ?? 1)}" data-font="${dp(item.fontSize, device)}" style="flex-shrink:0;max-width:100%;` +
      `font-size:${px(item.fontSize)};line-height:${LINE_HEIGHT};padding-top:${px(item.paddingTop ?? 0)};text-align:center;color:#fafafa">` +
      `${escapeHtml(texts[id] ?? '')}</div>`
    );
  });
  const round = device.shape === 'round' ? 'border-radius:50%;' : '';
  return (
    `<!doctype html><html><head><style>html,body{margin:0;background:#000}*{box-sizing:border-box}</style></head><body>` +
    `<div id="screen" style="${round}overflow:hidden;width:${device.width}px;height:${device.height}px;background:#1b1b24;font-family:${FONT};` +
    `display:flex;flex-direction:column;align-items:center;justify-content:center;` +
    `padding-left:${px(layout.paddingLeft)};padding-right:${px(layout.paddingRight)}">${items.join('')}</div></body></html>`
  );
}

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: number;
  maxLines: number;
  font: number;
}

async function boxes(page: Page): Promise<Box[]> {
  return page.$$eval('[data-id]', (elements, lineHeight) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const font = Number(element.getAttribute('data-font') ?? 0);
      const textHeight = rect.height - Number.parseFloat(style.paddingTop);
      return {
        id: element.getAttribute('data-id') ?? '',
        x: rect.x,
        y: rect.y,
        width: rect.width,
        height: rect.height,
        lines: font > 0 ? Math.round(textHeight / (font * lineHeight)) : 0,
        maxLines: Number(element.getAttribute('data-max-lines') ?? 0),
        font,
      };
    }), LINE_HEIGHT);
}

/** Lines each text takes in the item `id` of the layout, measured one after another in place. */
async function linesOf(page: Page, id: string, texts: readonly string[]): Promise<{ text: string; lines: number }[]> {
  return page.$eval(
    `[data-id="${id}"]`,
    (element, { texts, lineHeight }) => {
      const font = Number(element.getAttribute('data-font'));
      const padding = Number.parseFloat(getComputedStyle(element).paddingTop);
      return texts.map((text) => {
        element.textContent = text;
        return { text, lines: Math.round((element.getBoundingClientRect().height - padding) / (font * lineHeight)) };
      });
    },
    { texts: [...texts], lineHeight: LINE_HEIGHT },
  );
}

function overlap(a: Box, b: Box): boolean {
  const e = 0.5;
  return a.x + e < b.x + b.width && b.x + e < a.x + a.width && a.y + e < b.y + b.height && b.y + e < a.y + a.height;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(DEVICES)('on $name ($width x $height, $shape)', (device) => {
  it('wraps every title, step and countdown word the skill shows within its lines, and fits the longest on the screen without overlaps', async () => {
    const sample = screens.find((s) => s.segment?.events.some((e) => e.type === 'holdStart'))!;
    const [layout] = layoutsFor(sample, device);
    expect(layout, device.name).toBeDefined();
    const page = await browser.newPage({ viewport: { width: device.width, height: device.height } });
    try {
      await page.setContent(htmlFor(layout!, device, { title: titles[0]!, step: steps[0]!, countdown: countdownWords[0]! }));
      const max = Object.fromEntries((await boxes(page)).map((box) => [box.id, box.maxLines]));
      expect(max.countdown, 'a countdown on every screen that has a hold').toBe(1);
      const measured = {
        title: await linesOf(page, 'title', titles),
        step: await linesOf(page, 'step', steps),
        countdown: await linesOf(page, 'countdown', countdownWords),
      };
      for (const [id, results] of Object.entries(measured)) {
        const tooLong = results.filter((r) => r.lines > max[id]!);
        expect(tooLong, `${id} on ${device.name} (at most ${max[id]} lines)`).toEqual([]);
      }
      // The most lines of each, together: the fullest screen there is.
      const fullest = (results: { text: string; lines: number }[]) => results.reduce((a, b) => (b.lines > a.lines || (b.lines === a.lines && b.text.length > a.text.length) ? b : a));
      await page.setContent(
        htmlFor(layout!, device, { title: fullest(measured.title).text, step: fullest(measured.step).text, countdown: fullest(measured.countdown).text }),
      );
      const placed = await boxes(page);
      await page.screenshot({ path: join(SHOTS, `${device.name.replace(/\s+/g, '-').toLowerCase()}.png`) });
      for (const box of placed) {
        const corners = [
          [box.x, box.y],
          [box.x + box.width, box.y],
          [box.x, box.y + box.height],
          [box.x + box.width, box.y + box.height],
        ] as const;
        for (const [x, y] of corners) {
          expect(x, `${box.id} on ${device.name}`).toBeGreaterThanOrEqual(-0.5);
          expect(x, `${box.id} on ${device.name}`).toBeLessThanOrEqual(device.width + 0.5);
          expect(y, `${box.id} on ${device.name}`).toBeGreaterThanOrEqual(-0.5);
          expect(y, `${box.id} on ${device.name}`).toBeLessThanOrEqual(device.height + 0.5);
        }
        if (device.shape === 'round' && box.id !== 'image') {
          // The words themselves (not the padding above them) stay inside the circle.
          const r = device.width / 2;
          const top = box.y + (box.height - box.lines * box.font * LINE_HEIGHT);
          for (const [x, y] of [[box.x, top], [box.x + box.width, top], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]] as const) {
            expect(Math.hypot(x - r, y - r), `${box.id} corner on ${device.name}`).toBeLessThanOrEqual(r);
          }
        }
      }
      for (let i = 0; i < placed.length; i++) {
        for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!), `${placed[i]!.id} and ${placed[j]!.id} on ${device.name}`).toBe(false);
      }
      const countdown = placed.find((box) => box.id === 'countdown');
      expect(countdown, device.name).toBeDefined();
      expect(countdown!.height).toBeGreaterThanOrEqual(countdown!.font * LINE_HEIGHT);
      expect(countdown!.width).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

describe('what the layouts are checked with', () => {
  it('includes long titles and steps from every kind of screen', () => {
    expect(titles.length).toBeGreaterThan(20);
    expect(steps.length).toBeGreaterThan(10);
    expect(Math.max(...titles.map((t) => t.length))).toBeGreaterThan(25);
  });
});
