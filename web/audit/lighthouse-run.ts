/**
 * Lighthouse on companion pages, for the audit test and `npx tsx scripts/audit-pages.ts`:
 * one headless Chromium (chrome-launcher), each URL scored in the four categories on the
 * mobile (default) and desktop presets, with the audits that kept a category below 100.
 * Not part of the served app: nothing under web/ imports this file.
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

export type FormFactor = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseScore {
  url: string;
  formFactor: FormFactor;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits scoring below 1 that count towards a category, with their titles. */
  failing: string[];
  /** Set when Lighthouse could not measure the page (then scores are 0). */
  runtimeError?: string;
}

export interface LighthouseRunner {
  score(url: string, formFactor: FormFactor): Promise<LighthouseScore>;
  close(): Promise<void>;
}

export async function startLighthouse(): Promise<LighthouseRunner> {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const runner: LighthouseRunner = {
    async score(url, formFactor) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as LighthouseScore['scores'];
      const failing = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
          .map((audit) => `${c}: ${audit?.id} (${audit?.displayValue ?? audit?.score})`),
      );
      const runtimeError = lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined;
      return { url, formFactor, scores, failing, ...(runtimeError ? { runtimeError } : {}) };
    },
    async close() {
      chrome.kill();
    },
  };
  return {
    // A run Lighthouse itself could not finish (a trace lost on a busy machine) is tried once more.
    async score(url, formFactor) {
      const first = await runner.score(url, formFactor);
      return first.runtimeError ? runner.score(url, formFactor) : first;
    },
    close: () => runner.close(),
  };
}
