#!/usr/bin/env node
/**
 * The fast tier for the inner loop (`npm run test:fast`; `npm test` runs everything): the
 * typecheck and the fast vitest config (vitest.fast.config.ts), the typecheck beside the tests
 * at low priority so it takes what CPU they leave. The typecheck is incremental
 * (test-results/tsc-fast.tsbuildinfo), so a rerun checks only what changed (and the files that
 * import a file whose exported types changed), and it does not run at all when not one file it
 * reads changed since it last passed. Its output comes after
 * the tests'; any failure fails the tier.
 * The house import rules are one of the tests (test/house/import-rules.test.ts checks the
 * tree with scripts/check-imports.mjs); when only some tests run, the script runs too.
 * Extra arguments go to vitest: `npm run test:fast -- test/narration`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (path) => join(root, 'node_modules', path);
const started = performance.now();

/** Runs node with `args` in the repo; `buffered` keeps the output for later. */
function run(label, args, buffered, background = false) {
  const begun = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    // The typecheck yields the cores to the tests: it takes what they leave, so the tests'
    // answer comes first and the typecheck's a moment later.
    if (background && child.pid) {
      try {
        setPriority(child.pid, 10);
      } catch {
        // Not allowed here: it simply shares the cores.
      }
    }
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ label, code: 1, output: String(error), seconds: 0 }));
    child.on('close', (code, signal) => resolve({ label, code: code ?? (signal ? 1 : 0), output, seconds: (performance.now() - begun) / 1000 }));
  });
}

/**
 * A hash of everything the typecheck reads: the files tsconfig.json includes (sources, JSON),
 * tsconfig.json itself and the installed packages (their lock files).
 */
function typecheckInputs() {
  const config = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
  const skipped = new Set(['node_modules', ...(config.exclude ?? [])]);
  const files = [];
  const walk = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) if (!skipped.has(name) && !name.startsWith('.')) walk(join(path, name));
    } else if (/\.(ts|tsx|mts|cts|json)$/.test(path)) files.push(path);
  };
  for (const entry of config.include ?? []) walk(join(root, entry));
  files.sort();
  const hash = createHash('sha256');
  for (const path of [...files, ...['tsconfig.json', 'package-lock.json', 'node_modules/.package-lock.json'].map((p) => join(root, p))]) {
    hash.update(`${relative(root, path)}\0${existsSync(path) ? readFileSync(path) : ''}\0`);
  }
  return hash.digest('hex');
}

// Declarations are written (to test-results/, nothing reads them) so that the incremental
// check knows each file's exported shape: an edit that keeps it rechecks only that file, not
// every file that imports it. Only a change to the shape rechecks the importers.
const tscArgs = [
  bin('typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit', 'false', '--declaration', '--emitDeclarationOnly',
  '--outDir', 'test-results/tsc-fast-declarations', '--incremental', '--tsBuildInfoFile', 'test-results/tsc-fast.tsbuildinfo',
];

// A typecheck that passed for exactly these files (and this command) need not run again
// (test-results/tsc-fast.passed).
const passedStamp = join(root, 'test-results', 'tsc-fast.passed');
const inputs = createHash('sha256').update(`${tscArgs.slice(1).join(' ')}\n${typecheckInputs()}`).digest('hex');
const unchanged = existsSync(passedStamp) && readFileSync(passedStamp, 'utf8') === inputs;
const typecheck = unchanged
  ? Promise.resolve({ label: 'typecheck', code: 0, output: '', seconds: 0, note: 'no file changed since it last passed' })
  : run('typecheck', tscArgs, true, true).then((result) => {
      if (result.code === 0) {
        mkdirSync(dirname(passedStamp), { recursive: true });
        writeFileSync(passedStamp, inputs);
      }
      return result;
    });
const filtered = process.argv.length > 2;
const imports = filtered ? [run('import rules', ['scripts/check-imports.mjs'], true)] : [];
const tests = await run('vitest', [bin('vitest/vitest.mjs'), 'run', '-c', 'vitest.fast.config.ts', ...process.argv.slice(2)], false);
const results = [tests, ...(await Promise.all([...imports, typecheck]))];

for (const { label, code, output } of results.slice(1)) {
  if (code !== 0 || output.trim() !== '') console.log(`\n${label}:\n${output.trimEnd()}`);
}
const status = (r) => `${r.label} ${r.code === 0 ? 'ok' : 'FAILED'} (${r.note ?? `${r.seconds.toFixed(1)} s`})`;
console.log(`\ntest:fast: ${results.map(status).join(', ')}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
