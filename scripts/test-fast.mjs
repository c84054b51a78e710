#!/usr/bin/env node
/**
 * The fast tier for the inner loop (`npm run test:fast`; `npm test` runs everything): the
 * typecheck and the fast vitest config (vitest.fast.config.ts), the typecheck beside the tests
 * at low priority so it takes what CPU they leave. Its output comes after the tests'; any
 * failure fails the tier.
 * The typecheck is `tsc --build tsconfig/fast.json`: the same tree and options as
 * tsconfig.json (which `npm test` checks as one program), split into projects along the house's
 * import rules (tsconfig/skill.json, app, tests, infra; a house test holds that
 * together they are exactly tsconfig.json's files). Each project is checked again only when one
 * of its own files changed, or the declarations of a project it reads did; so an edit inside
 * skill/ that keeps its exported types parses skill/ alone, not the 670,000 lines of package
 * declarations (aws-cdk-lib, the AWS SDK) the rest reads. Every project is incremental
 * (test-results/tsc-fast/), and an unchanged tree costs a look at the files' times.
 * The house import rules are one of the tests (test/house/import-rules.test.ts checks the
 * tree with scripts/check-imports.mjs); when only some tests run, the script runs too.
 * Extra arguments go to vitest: `npm run test:fast -- test/narration`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
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

// tsc --build notices changed sources by their times, not changed packages: after an install
// (another lock file) every project is checked afresh.
const lockStamp = join(root, 'test-results', 'tsc-fast', 'packages.sha256');
const packages = createHash('sha256');
for (const path of ['package-lock.json', 'node_modules/.package-lock.json']) {
  const file = join(root, path);
  packages.update(`${path}\0${existsSync(file) ? readFileSync(file) : ''}\0`);
}
const packagesHash = packages.digest('hex');
const samePackages = existsSync(lockStamp) && readFileSync(lockStamp, 'utf8') === packagesHash;
const tscArgs = [bin('typescript/bin/tsc'), '--build', 'tsconfig/fast.json', ...(samePackages ? [] : ['--force'])];
const typecheck = run('typecheck', tscArgs, true, true).then((result) => {
  if (result.code === 0 && !samePackages) {
    mkdirSync(dirname(lockStamp), { recursive: true });
    writeFileSync(lockStamp, packagesHash);
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
