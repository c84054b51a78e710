/**
 * The guided-session player on a phone, in a real headless Chromium, with Playwright's fake
 * clock (so a whole routine plays in seconds, never minutes of real waiting): the focused
 * full-screen view, controls that never move, time left and up next, "This hurts" with the
 * voice's triage, Stop that keeps the place and a resume after a reload, shortcuts only while
 * the player has focus, the no-voice notice in view, and a countdown that follows the voice.
 * Screenshots go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { SAFETY } from '../../skill/catalog';
import { startWebServer, type RunningWebServer } from '../../web/serve';
import type { SessionPlan } from '../../web/plan-types';

const SHOTS = 'test-results/screenshots';
const PHONE = { width: 360, height: 740 } as const;

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

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // axe is injected just above; the page has no types for it.
    const axe = (window as unknown as {
      axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** A browser with no speech at all: the player times the words on screen. */
const NO_VOICE = () => {
  Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
};

/**
 * A stand-in for the browser's speech engine (not our code): one English voice that "speaks"
 * each utterance in `factor` times the time our estimate gives, firing start and end events
 * like the real one. A factor below 1 is a fast voice, above 1 a slow one.
 */
function fakeVoice(factor: number): (arg: number) => void {
  return (f: number) => {
    const voice = { name: 'Test voice', lang: 'en-US', default: true, localService: true, voiceURI: 'test' };
    let queue: { u: SpeechSynthesisUtterance; timer?: ReturnType<typeof setTimeout> }[] = [];
    const log: { text: string; startedAt: number }[] = [];
    (window as unknown as { __spoken: typeof log }).__spoken = log;
    const synth = {
      getVoices: () => [voice],
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      cancel: () => {
        for (const item of queue) clearTimeout(item.timer);
        queue = [];
      },
      speak: (u: SpeechSynthesisUtterance) => {
        const words = u.text.split(/\s+/).length;
        // About 2.6 words a second, like the narration's estimate, scaled.
        const ms = (words / 2.6 + 0.3) * 1000 * f;
        const item: (typeof queue)[number] = { u };
        queue.push(item);
        // The voice starts a moment after being asked.
        setTimeout(() => {
          if (!queue.includes(item)) return;
          log.push({ text: u.text, startedAt: performance.now() });
          u.onstart?.(new Event('start') as SpeechSynthesisEvent);
          item.timer = setTimeout(() => {
            queue = queue.filter((q) => q !== item);
            u.onend?.(new Event('end') as SpeechSynthesisEvent);
          }, ms);
        }, 120);
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      voice: unknown;
      lang = '';
      rate = 1;
      onstart: ((e: Event) => void) | null = null;
      onend: ((e: Event) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    };
  };
  void factor;
}

async function phone(init: { voice?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // bypassCSP only so the test can inject axe-core; the pages themselves run under the real CSP.
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, colorScheme: init.colorScheme ?? 'light', bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  if (init.voice === undefined) await page.addInitScript(NO_VOICE);
  else await page.addInitScript(fakeVoice(init.voice), init.voice);
  await page.clock.install();
  return { context, page, errors };
}

async function startSession(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.getByRole('button', { name: 'Start guided session' }).click();
  await page.clock.runFor(1_000);
  await page.getByRole('button', { name: 'I understand, start' }).click();
  await page.clock.runFor(500);
  await expect.poll(() => page.locator('#player-session').isVisible()).toBe(true);
}

const partText = (page: Page) => page.locator('#player-part').textContent();

/** The countdown's value at `startedAt`, from a reading `left` taken at `at` (ms, page clock). */
function el0(left: number, at: number, startedAt: number): number {
  return left === 0 ? 0 : left + (at - startedAt) / 1000;
}

async function plan(path: string): Promise<SessionPlan> {
  return (await (await fetch(`${server.url}${path}`)).json()) as SessionPlan;
}

describe('the player on a phone', () => {
  it('plays a whole routine in a focused full-screen view whose controls never move', async () => {
    const { context, page, errors } = await phone();
    try {
      const desk = await plan('/api/plan/routine/desk-break');
      await startSession(page, '/routines/desk-break');

      // Focused mode: the session covers the screen.
      const box = await page.locator('#player-session').boundingBox();
      expect(box).toMatchObject({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
      // No voice: the notice is at the top of the view, not below the fold.
      const note = await page.locator('#player-voice-note').boundingBox();
      expect(note && note.y + note.height).toBeLessThan(PHONE.height / 3);
      // Big tap targets, all in view.
      const names = ['Previous', 'Pause', 'Next', 'Stop', 'This hurts'];
      const places = new Map<string, string>();
      for (const name of names) {
        const b = await page.getByRole('button', { name, exact: true }).boundingBox();
        expect(b, name).not.toBeNull();
        if (!b) continue;
        expect(b.height, `${name} height`).toBeGreaterThanOrEqual(44);
        expect(b.width, `${name} width`).toBeGreaterThanOrEqual(44);
        expect(b.y + b.height, `${name} on screen`).toBeLessThanOrEqual(PHONE.height);
        places.set(name, JSON.stringify(b));
      }
      expect(await page.locator('#player-time').textContent()).toMatch(/min left|s left/);
      // The page behind the session is out of reach while it fills the screen.
      expect(await page.locator('.site-header').evaluate((el) => (el as HTMLElement).inert)).toBe(true);
      expect(await page.locator('h1').evaluate((el) => el.closest('[inert]') !== null)).toBe(true);
      expect(await axeViolations(page), 'axe on the focused session').toEqual([]);
      expect(await page.locator('#player-next-up').textContent()).toContain(`Up next: ${desk.segments[1]?.title}`);
      await page.screenshot({ path: `${SHOTS}/player-phone-start.png` });

      // Play it through on the fake clock, a few seconds at a time, watching the controls.
      const seen = new Set<string>();
      let shotHold = false;
      for (let i = 0; i < 400; i++) {
        if ((await page.locator('#player-status').textContent())?.includes('All done')) break;
        await page.clock.runFor(5_000);
        const part = await partText(page);
        if (part) seen.add(part.replace(/ · .*/, ''));
        if (!(await page.locator('#player-session').isVisible())) continue;
        for (const name of ['Pause', 'Stop']) {
          const b = await page.getByRole('button', { name: name === 'Pause' ? /^(Pause|Resume)$/ : name }).boundingBox();
          expect(JSON.stringify(b), `${name} moved at step ${i}`).toBe(places.get(name));
        }
        if (!shotHold && !(await page.locator('#player-countdown').evaluate((e) => e.classList.contains('is-idle')))) {
          shotHold = true;
          await page.screenshot({ path: `${SHOTS}/player-phone-hold.png` });
        }
      }
      expect(await page.locator('#player-status').textContent()).toContain('All done');
      expect([...seen]).toEqual(desk.segments.map((s) => s.title));
      expect(shotHold, 'a hold was counted down').toBe(true);
      // Finished: nothing to resume.
      expect(await page.locator('#player-resume').isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the drawing of the side being done, and the chair twist in the desk break', async () => {
    const { context, page } = await phone();
    try {
      await startSession(page, '/stretches/knee-to-chest');
      expect(await page.locator('#player-image').getAttribute('src')).toMatch(/\/illustrations\/knee-to-chest\.svg\?v=/);
      expect((await page.locator('#player-image').getAttribute('alt'))?.length).toBeGreaterThan(80);
      await page.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => partText(page)).toContain('left side');
      await page.clock.runFor(500);
      expect(await page.locator('#player-image').getAttribute('src')).toMatch(/\/illustrations\/knee-to-chest-left\.svg\?v=/);
      expect(await page.locator('#player-image').getAttribute('alt')).toContain('left side');
    } finally {
      await context.close();
    }
  });

  it('keeps the place on Stop, offers to resume after a reload, and picks up at that part', async () => {
    const { context, page } = await phone();
    try {
      await startSession(page, '/routines/basic-daily');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => partText(page)).toContain('part 3 of');
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      expect(await page.locator('#player-status').textContent()).toContain('Stopped at part 3');
      expect(await page.locator('#player-session').isVisible()).toBe(false);
      // The page is back in reach.
      expect(await page.locator('.site-header').evaluate((el) => (el as HTMLElement).inert)).toBe(false);

      await page.reload();
      await expect.poll(() => page.locator('#player-resume').isVisible()).toBe(true);
      expect(await page.locator('#player-resume-text').textContent()).toContain('part 3 of');
      await page.screenshot({ path: `${SHOTS}/player-phone-resume-offer.png` });
      await page.getByRole('button', { name: 'Resume where I stopped' }).click();
      await page.clock.runFor(1_000);
      await page.getByRole('button', { name: 'I understand, start' }).click();
      await page.clock.runFor(500);
      await expect.poll(() => partText(page)).toContain('part 3 of');
    } finally {
      await context.close();
    }
  });

  it('runs the voice\'s triage from "This hurts": ease out, or stop for urgent signs with the catalog\'s advice', async () => {
    const { context, page } = await phone();
    try {
      await startSession(page, '/stretches/cat-cow');
      await page.getByRole('button', { name: 'This hurts' }).click();
      expect(await page.locator('#player-pause').textContent()).toBe('Resume');
      // Every red-flag group the voice knows is offered, with its own advice.
      const choices = page.locator('#player-hurts .hurt-choice');
      expect(await choices.count()).toBe(SAFETY.redFlags.length);
      await page.screenshot({ path: `${SHOTS}/player-phone-hurts.png` });
      expect(await axeViolations(page), 'axe on "This hurts"').toEqual([]);

      // Sharp pain: ease out; the session stays paused, then carries on gently.
      const sharp = SAFETY.redFlags.find((g) => g.urgency === 'stop-stretch');
      await page.locator(`[data-flag="${sharp?.id}"]`).click();
      const advice = page.locator(`[data-advice-for="${sharp?.id}"]`);
      expect(await advice.isVisible()).toBe(true);
      expect(await advice.textContent()).toContain(sharp?.advice);
      const frozen = await page.locator('#player-text').textContent();
      await page.clock.runFor(10_000);
      expect(await page.locator('#player-text').textContent()).toBe(frozen);
      await page.getByRole('button', { name: 'Carry on gently' }).click();
      expect(await page.locator('#player-pause').textContent()).toBe('Pause');

      // Urgent: the session ends and the advice stays in view.
      const urgent = SAFETY.redFlags.find((g) => g.urgency === 'urgent');
      await page.getByRole('button', { name: 'This hurts' }).click();
      await page.locator(`[data-flag="${urgent?.id}"]`).click();
      const urgentAdvice = page.locator(`[data-advice-for="${urgent?.id}"]`);
      expect(await urgentAdvice.textContent()).toContain('urgent');
      expect(await urgentAdvice.textContent()).toContain(urgent?.advice);
      await page.screenshot({ path: `${SHOTS}/player-phone-urgent.png` });
      await page.getByRole('button', { name: 'End the session' }).click();
      expect(await page.locator('#player-session').isVisible()).toBe(false);
      expect(await page.locator('#player-resume').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('takes shortcut keys only while the player has focus', async () => {
    const { context, page } = await phone();
    try {
      await startSession(page, '/stretches/childs-pose');
      await page.locator('#player-session').focus();
      await page.keyboard.press('k');
      expect(await page.locator('#player-pause').textContent()).toBe('Resume');
      await page.keyboard.press('k');
      expect(await page.locator('#player-pause').textContent()).toBe('Pause');
      // Focus elsewhere on the page: the key is just a key.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('k');
      expect(await page.locator('#player-pause').textContent()).toBe('Pause');
      // On a touch phone the keyboard note is not shown.
      expect(await page.locator('.keys-note').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('offers only the hold lengths that change something', async () => {
    const { context, page } = await phone();
    try {
      const options = async (path: string) => {
        await page.goto(`${server.url}${path}`);
        return page.locator('#player-hold option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
      };
      expect(await options('/stretches/side-stretch')).toEqual(['shorter', 'standard']);
      expect(await options('/stretches/standing-back-extension')).toEqual(['standard', 'longer']);
      expect(await options('/stretches/knee-to-chest')).toEqual(['shorter', 'standard', 'longer']);
    } finally {
      await context.close();
    }
  });

  it.each([
    { name: 'fast', factor: 0.4 },
    { name: 'slow', factor: 1.6 },
  ])('ties the countdown to the spoken cues with a $name voice (within half a second)', async ({ factor, name }) => {
    const { context, page } = await phone({ voice: factor });
    try {
      const side = await plan('/api/plan/stretch/side-stretch');
      const steps = side.segments[0]?.steps ?? [];
      const holdAt = steps.findIndex((s) => s.kind === 'hold');
      const hold = steps[holdAt];
      // Each cue inside the first hold, with what the plan has left at it.
      const cues: { text: string; left: number }[] = [];
      let offset = 0;
      for (const step of steps.slice(holdAt + 1)) {
        if (step.kind === 'hold' || offset > (hold?.seconds ?? 0) + 0.05) break;
        if (step.kind === 'say') cues.push({ text: step.text, left: (hold?.seconds ?? 0) - offset });
        offset += step.seconds;
      }
      expect(cues.length).toBeGreaterThan(1);
      await startSession(page, '/stretches/side-stretch');
      // Watch each cue start (the fake voice's start event) and read the countdown right then.
      const readings: { text: string; left: number }[] = [];
      let heard = 0;
      for (let i = 0; i < 1_000 && readings.length < cues.length; i++) {
        await page.clock.runFor(200);
        const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; startedAt: number }[] }).__spoken);
        const fresh = spoken.length > heard;
        heard = spoken.length;
        const next = cues[readings.length];
        // Only cues after the hold began count (the same words may come earlier).
        const inHold = readings.length > 0 || !(await page.locator('#player-countdown').evaluate((el) => el.classList.contains('is-idle')));
        const latest = spoken[spoken.length - 1];
        if (next && fresh && inHold && latest?.text === next.text) {
          // What the countdown held at the moment the voice started the cue.
          const { left, at } = await page.locator('#player-countdown').evaluate((el) => ({
            left: el.classList.contains('is-idle') ? 0 : Number((el as HTMLElement).dataset.left),
            at: Number((el as HTMLElement).dataset.at),
          }));
          readings.push({ text: next.text, left: el0(left, at, latest.startedAt) });
        }
      }
      expect(readings.map((r) => r.text), name).toEqual(cues.map((c) => c.text));
      readings.forEach((r, i) => {
        const planned = Math.max(0, cues[i]?.left ?? 0);
        expect(Math.abs(r.left - planned), `${r.text}: countdown ${r.left.toFixed(2)} s, plan ${planned.toFixed(2)} s`).toBeLessThanOrEqual(0.5);
      });
      // And the whole hold still takes its planned time: "And release" comes at the end.
      const last = cues[cues.length - 1];
      expect(last?.left).toBeLessThan(0.5);
    } finally {
      await context.close();
    }
  });

  it('reads in dark mode too', async () => {
    const { context, page } = await phone({ colorScheme: 'dark' });
    try {
      await startSession(page, '/stretches/pelvic-tilts');
      const bg = await page.locator('#player-session').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).toBe('rgb(18, 26, 28)');
      await page.screenshot({ path: `${SHOTS}/player-phone-dark.png` });
    } finally {
      await context.close();
    }
  });
});
