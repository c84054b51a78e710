#!/usr/bin/env node
/**
 * Where the test time goes: the slowest test files and tests of the last run.
 *
 *   npm run test:timing [-- report.json] [-- --top N]
 *
 * Reads the newer of test-results/vitest-timing-fast.json and -full.json (written by
 * `npm run test:fast` and `npm test` through test/support/timing-reporter.ts: per file its
 * import, module-level fixtures included, and its hooks and tests), or a vitest JSON report (test-results/vitest.json,
 * written by `npm test`; it has only the tests' own durations, no imports or hooks).
 *
 * Files run two at a time (two workers), so the summed file time is about twice the wall time
 * on an idle machine. On a shared machine compare shares of one run, not seconds across runs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
const given = args.find((arg, index) => !arg.startsWith('--') && index !== topAt + 1);
// The newest timing report (fast or full tier), else the JSON report.
const newest = ['test-results/vitest-timing-fast.json', 'test-results/vitest-timing-full.json']
  .filter((p) => existsSync(p))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
const path = given ?? newest ?? 'test-results/vitest.json';
if (!path || !existsSync(path)) {
  console.error('No timing report: run `npm run test:fast` or `npm test` first, or name a report.');
  process.exit(1);
}

/** Both formats as { file, importMs?, ms, tests: { name, ms }[] }. */
function load(report) {
  if (Array.isArray(report.files)) {
    return {
      title: `${report.tier} tier, ${report.startedAt}, wall ${(report.wallMs / 1000).toFixed(1)} s (vitest only)`,
      files: report.files.map((f) => ({ file: f.file, importMs: f.importMs, ms: f.importMs + f.testsMs, tests: f.tests })),
    };
  }
  // A vitest JSON report: a file's time is its tests' own durations.
  const files = report.testResults.map((r) => {
    const tests = (r.assertionResults ?? []).map((t) => ({ name: t.fullName ?? t.title, ms: t.duration ?? 0 }));
    return { file: relative(process.cwd(), r.name), ms: tests.reduce((sum, t) => sum + t.ms, 0), tests };
  });
  const starts = report.testResults.map((r) => r.startTime).filter(Boolean);
  const ends = report.testResults.map((r) => r.endTime).filter(Boolean);
  const wall = starts.length ? (Math.max(...ends) - Math.min(...starts)) / 1000 : 0;
  return { title: `vitest JSON report, first test to last ${wall.toFixed(1)} s (tests only: no imports or hooks)`, files };
}

const { title, files } = load(JSON.parse(readFileSync(path, 'utf8')));
const total = files.reduce((sum, f) => sum + f.ms, 0);
const seconds = (ms) => `${(ms / 1000).toFixed(2).padStart(6)} s`;
const share = (ms) => `${((100 * ms) / (total || 1)).toFixed(1).padStart(5)} %`;
const hasImports = files.some((f) => f.importMs !== undefined);

console.log(`${path}: ${title}`);
console.log(`${files.length} files, ${files.reduce((n, f) => n + f.tests.length, 0)} tests, file time summed ${seconds(total)}\n`);
console.log(`slowest ${Math.min(top, files.length)} files: time, share${hasImports ? ', of which import' : ''}`);
for (const f of [...files].sort((a, b) => b.ms - a.ms).slice(0, top)) {
  console.log(`${seconds(f.ms)} ${share(f.ms)}${hasImports ? ` ${seconds(f.importMs)}` : ''}  ${f.file} (${f.tests.length} tests)`);
}
const tests = files.flatMap((f) => f.tests.map((t) => ({ ...t, file: f.file })));
console.log(`\nslowest ${Math.min(top, tests.length)} tests:`);
for (const t of tests.sort((a, b) => b.ms - a.ms).slice(0, top)) console.log(`${seconds(t.ms)}  ${t.file} > ${t.name}`);
