/**
 * The fast tier for the inner loop (`npm run test:fast`): everything but the suites that
 * start a browser, a child process or a whole deployment. `npm test` still runs them all.
 * A slow suite either is listed here or is named *.slow.test.ts.
 */
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config';
import { LongestFirst } from './test/support/longest-first';
import { TimingReporter } from './test/support/timing-reporter';

export const SLOW_SUITES = [
  'test/**/*.slow.test.ts',
  'test/**/*.browser.test.ts', // headless Chromium
  'test/web/browser.test.ts',
  'test/web/stream-browser.test.ts',
  'test/simulator/audio-player.test.ts', // renders a whole stream with espeak-ng
  'test/audio/stream.test.ts',
  'test/lambda/fuzz.test.ts', // thousands of envelopes against a dynalite process
  'test/lambda/faults.test.ts', // DynamoDB behind a fault proxy: stalls and bursts
  'test/lambda/coaching.weeks.test.ts', // months of simulated days against dynalite
  'test/local/start.test.ts', // `npm start` as a child process
  'test/simulator/talk-cli.test.ts', // `npm run talk` as child processes
  'test/infra/stack.test.ts', // cdk synth and the real bundles
  'test/infra/audio.test.ts', // cdk synth of the audio bucket, distribution and render function
  'test/audio/cloud.test.ts', // deploy-time speech synthesis: a Polly stand-in speaking with espeak-ng
  'test/web/lighthouse.test.ts', // Lighthouse runs in Chromium
  'test/package/publishing.test.ts', // runs the stamp script as a child process
  'test/package/utterance-conflicts.test.ts', // expands the whole model (about 600k phrasings)
];

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    exclude: [...configDefaults.exclude, ...SLOW_SUITES],
    // A browser block inside an otherwise fast file (test/web/illustrations.test.ts) is left out
    // too (reported as skipped, and Chromium is not started); `npm test` runs it.
    testNamePattern: /^(?!.*\bin a real browser\b)/,
    // Slow pure builds (the interaction model, every timeline) are kept here under a hash of
    // their sources and reused until a source changes (test/support/built-once.ts).
    env: { BUILT_ONCE_DIR: 'test-results/built-once' },
    // ...and made once before the workers start, so two workers never build the same thing.
    globalSetup: ['test/support/prebuild-fast.ts'],
    // The JSON report belongs to the full run that CI reads; the timing report is the fast
    // tier's own (test-results/vitest-timing-fast.json, read by npm run test:timing).
    reporters: ['default', new TimingReporter('fast')],
    // The longest files (by this checkout's last run) start first, so both workers end together.
    sequence: { ...base.test?.sequence, sequencer: LongestFirst },
    // Files share a worker's module cache (the interaction model and timelines are built once
    // per worker, not once per file); no suite depends on a fresh module state.
    isolate: false,
    // Threads start and talk to the main process more cheaply than forked processes, and the
    // work per file is the same; two of them match the two cores.
    pool: 'threads',
    outputFile: undefined,
    // Transformed modules are kept on disk between runs (keyed by each file's content), so a
    // rerun transforms only the files that changed. Per checkout: node_modules may be shared.
    experimental: { fsModuleCache: true, fsModuleCachePath: 'test-results/vitest-module-cache' },
  },
});
