/**
 * Skill bundle size and module init time: lambda/index.ts bundled the way infra/bundling.ts
 * bundles the Lambda (esbuild, ESM, node22, minified, the createRequire banner, AWS SDK
 * bundled), beside two peers bundled the same way: a stock ask-sdk skill with
 * ask-sdk-dynamodb-persistence-adapter (aws-sdk v2), and the skill a developer would write
 * today (ask-sdk-core, @aws-sdk/client-dynamodb v3, the default credential chain). Init time: fresh `node` processes importing each bundle.
 */
import { build, type Metafile } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LAMBDA_ALIASES, REQUIRE_SHIM_BANNER } from '../infra/bundling';
import { median, withTimeout } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.local', 'bench');
const STOCK_DIR = join(ROOT, '.local', 'bench-stock');
const STOCK_PACKAGES = ['ask-sdk-core', 'ask-sdk-model', 'ask-sdk-dynamodb-persistence-adapter', 'aws-sdk@2'];
const INIT_RUNNER = join(ROOT, 'bench', 'init-runner.mjs');

export interface BundleResult {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** The largest inputs by bytes in the output, e.g. node_modules/@aws-sdk/client-dynamodb. */
  topPackages: { name: string; bytes: number }[];
}

export interface InitResult {
  runs: number;
  medianImportMs: number;
  medianReadyMs: number;
  minImportMs: number;
}

export type Unavailable = { unavailable: string };

/** The same esbuild settings as infra/bundling.ts LAMBDA_BUNDLING (without the source map). */
async function bundle(
  entry: string,
  outfile: string,
  absWorkingDir: string,
  alias?: Record<string, string>,
): Promise<BundleResult> {
  const result = await build({
    entryPoints: [entry],
    outfile,
    absWorkingDir,
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    mainFields: ['module', 'main'],
    banner: { js: REQUIRE_SHIM_BANNER },
    metafile: true,
    logLevel: 'error',
    ...(alias ? { alias } : {}),
  });
  const code = readFileSync(outfile);
  return { file: outfile, bytes: code.length, gzipBytes: gzipSync(code).length, topPackages: topPackages(result.metafile) };
}

/** Output bytes per package (node_modules/<name> or our own folders), largest first. */
function topPackages(metafile: Metafile): { name: string; bytes: number }[] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const parts = input.split('/');
      const at = parts.lastIndexOf('node_modules');
      let name: string;
      if (at >= 0) {
        const first = parts[at + 1] ?? '?';
        name = first.startsWith('@') ? `${first}/${parts[at + 2] ?? '?'}` : first;
      } else {
        name = `(ours) ${parts.slice(0, 2).join('/')}`;
      }
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, 8);
}

/** lambda/index.ts as infra/bundling.ts bundles it (its stand-ins: infra/lambda-credentials.ts, infra/lambda-ask-model.ts). */
export function bundleOurSkill(): Promise<BundleResult> {
  mkdirSync(join(OUT, 'skill'), { recursive: true });
  return bundle(join(ROOT, 'lambda', 'index.ts'), join(OUT, 'skill', 'index.mjs'), ROOT, { ...LAMBDA_ALIASES });
}

/** For comparison: the same without the credentials stand-in, i.e. with the SDK's full default credential chain. */
export function bundleOurSkillEnvCredentials(): Promise<BundleResult> {
  mkdirSync(join(OUT, 'skill-full-credentials'), { recursive: true });
  const { ['@aws-sdk/credential-provider-node']: _fullChain, ...others } = LAMBDA_ALIASES;
  return bundle(join(ROOT, 'lambda', 'index.ts'), join(OUT, 'skill-full-credentials', 'index.mjs'), ROOT, others);
}

/** The modern peer (bench/modern/index.mjs), from the project's own ask-sdk-core and client-dynamodb. */
export async function bundleModernSkill(): Promise<BundleResult | Unavailable> {
  mkdirSync(join(OUT, 'modern'), { recursive: true });
  try {
    return await bundle(join(ROOT, 'bench', 'modern', 'index.mjs'), join(OUT, 'modern', 'index.mjs'), ROOT);
  } catch (error) {
    return { unavailable: `bundling the modern peer failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Installs the stock skill's packages into .local/bench-stock once (kept out of the project). */
function ensureStockInstalled(): Unavailable | undefined {
  if (existsSync(join(STOCK_DIR, 'node_modules', 'ask-sdk-dynamodb-persistence-adapter', 'package.json'))) return undefined;
  mkdirSync(STOCK_DIR, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(npm, ['install', '--prefix', STOCK_DIR, '--no-audit', '--no-fund', ...STOCK_PACKAGES], {
    encoding: 'utf8',
    timeout: 90_000,
  });
  if (install.status !== 0) {
    const why = install.error?.message ?? (install.stderr || '').trim().split('\n').slice(-2).join(' ');
    return { unavailable: `npm install of the stock skill's packages failed (${why || `exit ${String(install.status)}`})` };
  }
  return undefined;
}

export async function bundleStockSkill(): Promise<BundleResult | Unavailable> {
  const missing = ensureStockInstalled();
  if (missing) return missing;
  // The entry sits next to its own node_modules, so the stock packages resolve from there
  // and never from the project's (whose ask-sdk-core may differ).
  const entry = join(STOCK_DIR, 'index.mjs');
  copyFileSync(join(ROOT, 'bench', 'stock', 'index.mjs'), entry);
  mkdirSync(join(OUT, 'stock'), { recursive: true });
  try {
    return await bundle(entry, join(OUT, 'stock', 'index.mjs'), STOCK_DIR);
  } catch (error) {
    return { unavailable: `bundling the stock skill failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function importOnce(file: string): Promise<{ importMs: number; readyMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [INIT_RUNNER, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', AWS_REGION: 'us-east-1', TABLE_NAME: 'bench-table', AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code !== 0 || !line) reject(new Error(`importing ${file} failed (exit ${String(code)}): ${err.trim().slice(0, 400)}`));
      else resolve(JSON.parse(line) as { importMs: number; readyMs: number });
    });
  });
}

/** Median import time over `runs` fresh processes (one warm-up run first, for the file cache). */
export async function measureInit(file: string, runs: number): Promise<InitResult> {
  await withTimeout(`warm-up import of ${file}`, 25_000, importOnce(file));
  const results: { importMs: number; readyMs: number }[] = [];
  for (let i = 0; i < runs; i++) results.push(await importOnce(file));
  const importMs = results.map((r) => r.importMs);
  return {
    runs,
    medianImportMs: median(importMs),
    medianReadyMs: median(results.map((r) => r.readyMs)),
    minImportMs: Math.min(...importMs),
  };
}
