import { defineConfig } from 'vitest/config';
import { TimingReporter } from './test/support/timing-reporter';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'hono/jsx' },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Suites start their own dynalite servers and browsers on random ports,
    // so files can run in parallel; two workers match the two-core machine.
    maxWorkers: 2,
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line; the timing
    // report (test-results/vitest-timing-full.json) says where the time went: npm run test:timing.
    reporters: ['default', 'json', new TimingReporter('full')],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
