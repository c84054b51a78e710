/**
 * A vitest reporter that writes where the time went, per test file, to
 * test-results/vitest-timing-<tier>.json: the import of the file (module-level fixtures included,
 * which the JSON report leaves out), its hooks and tests, and each test. Read it with
 * `npm run test:timing` (scripts/test-timing.mjs).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export interface TimedTest {
  name: string;
  ms: number;
  state: string;
}

export interface TimedFile {
  file: string;
  /** Importing the file: everything it imports for the first time in its worker, and module-level fixtures. */
  importMs: number;
  /** beforeAll/afterAll hooks and tests. */
  testsMs: number;
  /** The sum of the tests' own durations (hooks excluded). */
  ownTestsMs: number;
  tests: TimedTest[];
}

export interface TimingReport {
  tier: string;
  startedAt: string;
  /** From the start of the run to its end, as the person waiting sees it (without tsc). */
  wallMs: number;
  files: TimedFile[];
}

export class TimingReporter implements Reporter {
  private started = performance.now();
  private startedAt = new Date();

  private readonly outputFile: string;

  constructor(private readonly tier: string) {
    this.outputFile = `test-results/vitest-timing-${tier}.json`;
  }

  onTestRunStart(): void {
    this.started = performance.now();
    this.startedAt = new Date();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const files = testModules.map((module): TimedFile => {
      const diagnostic = module.diagnostic();
      const tests = [...module.children.allTests()].map((test) => ({
        name: test.fullName,
        ms: test.diagnostic()?.duration ?? 0,
        state: test.result().state,
      }));
      return {
        file: module.relativeModuleId,
        importMs: diagnostic.collectDuration + diagnostic.setupDuration,
        testsMs: diagnostic.duration,
        ownTestsMs: tests.reduce((sum, test) => sum + test.ms, 0),
        tests,
      };
    });
    const report: TimingReport = {
      tier: this.tier,
      startedAt: this.startedAt.toISOString(),
      wallMs: performance.now() - this.started,
      files,
    };
    const path = resolve(this.outputFile);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(report, null, 1)}\n`);
    // Each file's latest time, kept across runs of some files only, for the next run's order.
    const times = readFileTimes(this.tier);
    for (const file of files) times[file.file] = Math.round(file.importMs + file.testsMs);
    writeFileSync(fileTimesPath(this.tier), `${JSON.stringify(times, null, 1)}\n`);
  }
}

/** test-results/file-times-<tier>.json: each test file's last time in ms (import included). */
export function fileTimesPath(tier: string): string {
  return resolve(`test-results/file-times-${tier}.json`);
}

export function readFileTimes(tier: string): Record<string, number> {
  const path = fileTimesPath(tier);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}
