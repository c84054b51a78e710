/**
 * Lighthouse (12.2.3) in headless Chromium on one page of each kind, on the mobile and the
 * desktop presets: accessibility, best practices and SEO at 100, and in performance nothing
 * but the CPU-timing metrics may fall short (they depend on how busy the machine is; the
 * scores themselves, on every page, come from `npx tsx scripts/audit-pages.ts`). Layout
 * shift must be nil.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type RunningWebServer } from '../../web/serve';
import { startLighthouse, type FormFactor, type LighthouseRunner } from '../../web/audit/lighthouse-run';

/** Metrics measured in milliseconds of CPU on this machine, not properties of the page. */
const TIMING = ['total-blocking-time', 'max-potential-fid', 'interactive', 'first-contentful-paint', 'largest-contentful-paint', 'speed-index'];

let server: RunningWebServer;
let runner: LighthouseRunner;

beforeAll(async () => {
  server = await startWebServer({ port: 0, hostname: '127.0.0.1' });
  runner = await startLighthouse();
}, 60_000);

afterAll(async () => {
  await runner?.close();
  await server?.close();
});

describe('Lighthouse', () => {
  for (const path of ['/', '/stretches/cat-cow', '/routines/basic-daily', '/safety']) {
    for (const formFactor of ['mobile', 'desktop'] as FormFactor[]) {
      it(`${path} on ${formFactor}: 100 in accessibility, best practices and SEO; no layout shift`, async () => {
        const result = await runner.score(`${server.url}${path}`, formFactor);
        expect(result.runtimeError).toBeUndefined();
        expect(result.scores.accessibility, result.failing.join('; ')).toBe(100);
        expect(result.scores['best-practices'], result.failing.join('; ')).toBe(100);
        expect(result.scores.seo, result.failing.join('; ')).toBe(100);
        const notTiming = result.failing.filter((f) => f.startsWith('performance:') && !TIMING.some((t) => f.includes(` ${t} `)));
        expect(notTiming).toEqual([]);
        expect(result.failing.some((f) => f.includes('cumulative-layout-shift'))).toBe(false);
      }, 120_000);
    }
  }
});
