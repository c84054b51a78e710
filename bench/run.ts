/**
 * `npm run bench`: the performance figures for the README, in one bounded run (about two
 * minutes): skill turn latency (in memory and against dynalite) with DynamoDB calls per
 * turn, skill bundle size and module init time beside a stock ask-sdk skill, companion page
 * weight and requests per second. Prints a table with targets and writes docs/BENCHMARKS.md.
 * Not part of the tests: figures depend on the machine and on what else runs on it.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startDynaliteProcess } from '../test/support/dynalite';
import {
  bundleOurSkill,
  bundleOurSkillEnvCredentials,
  bundleModernSkill,
  bundleStockSkill,
  measureInit,
  type BundleResult,
  type InitResult,
  type Unavailable,
} from './bundles';
import { renderMarkdown, renderText, type Report } from './report';
import { runTiming, writeTimingSection } from './timing';
import { withTimeout } from './stats';
import { benchAudio, renderAudioMarkdown, renderAudioText } from './audio';
import { benchTurnsDynamo, benchTurnsInMemory, type TurnResult } from './turns';
import { BROWSER_ENCODING, loadTest, NO_ENCODING, pageWeights, STRETCH_PAGE, type LoadResult } from './web';

const TURNS = 2000;
/** Fewer against dynalite: each turn waits on loopback round trips, and the run must stay near 3 minutes. */
const DYNAMO_TURNS = 1000;
const INIT_RUNS = 15;
const LOAD_SECONDS = 5;
/** The hands-free audio stage renders every clip with espeak-ng and decodes four routines. */
const AUDIO_LIMIT_MS = 240_000;
/** The narration timing against espeak-ng audio (bench/timing.ts) runs last, in about half a minute. */
const TIMING_LIMIT_MS = 120_000;
const WHOLE_RUN_LIMIT_MS = 200_000 + AUDIO_LIMIT_MS + TIMING_LIMIT_MS;

// dynalite's aws-sdk v2 (and the stock skill) print a maintenance notice on load: not a result.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';

function unavailable(error: unknown): Unavailable {
  return { unavailable: error instanceof Error ? error.message : String(error) };
}

async function stage<T>(label: string, limitMs: number, work: () => Promise<T>): Promise<T | Unavailable> {
  const started = performance.now();
  process.stderr.write(`bench: ${label}...`);
  try {
    const result = await withTimeout(label, limitMs, work());
    process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return result;
  } catch (error) {
    process.stderr.write(` failed: ${unavailable(error).unavailable}\n`);
    return unavailable(error);
  }
}

async function dynamoTurns(): Promise<TurnResult> {
  const dynamo = await startDynaliteProcess();
  try {
    return await benchTurnsDynamo(dynamo.endpoint, dynamo.tableName, DYNAMO_TURNS);
  } finally {
    await dynamo.stop();
  }
}

async function initOf(bundle: BundleResult | Unavailable): Promise<InitResult | Unavailable> {
  if ('unavailable' in bundle) return { unavailable: `no bundle (${bundle.unavailable})` };
  return measureInit(bundle.file, INIT_RUNS);
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench: stopped after ${WHOLE_RUN_LIMIT_MS / 1000} s\n`);
    process.exit(1);
  }, WHOLE_RUN_LIMIT_MS);
  watchdog.unref();
  const started = Date.now();
  const loadBefore = loadavg()[0] ?? Number.NaN;

  const turnsMemory = await stage(`skill turns in memory (${TURNS})`, 60_000, () => benchTurnsInMemory(TURNS));
  const turnsDynamo = await stage(`skill turns against dynalite (${DYNAMO_TURNS})`, 70_000, dynamoTurns);
  const ourBundle = await stage('bundling lambda/index.ts', 30_000, bundleOurSkill);
  const fixedBundle = await stage('bundling lambda/index.ts, env-only credentials', 30_000, bundleOurSkillEnvCredentials);
  const stockBundle = await stage('installing and bundling the stock skill', 120_000, async () => {
    const result = await bundleStockSkill();
    if ('unavailable' in result) throw new Error(result.unavailable);
    return result;
  });
  const modernBundle = await stage('bundling the modern peer (ask-sdk-core + client-dynamodb v3)', 30_000, async () => {
    const result = await bundleModernSkill();
    if ('unavailable' in result) throw new Error(result.unavailable);
    return result;
  });
  const ourInit = await stage(`init time of our bundle (${INIT_RUNS} processes)`, 40_000, () => initOf(ourBundle));
  const fixedInit = await stage(`init time, env-only credentials (${INIT_RUNS} processes)`, 40_000, () => initOf(fixedBundle));
  const stockInit = await stage(`init time of the stock bundle (${INIT_RUNS} processes)`, 90_000, () => initOf(stockBundle));
  const modernInit = await stage(`init time of the modern peer (${INIT_RUNS} processes)`, 60_000, () => initOf(modernBundle));
  const weights = await stage('page weights', 30_000, pageWeights);
  const load = await stage(`autocannon (${LOAD_SECONDS} s per run)`, 90_000, () =>
    loadTest(
      [
        { path: '/', acceptEncoding: BROWSER_ENCODING },
        { path: STRETCH_PAGE, acceptEncoding: BROWSER_ENCODING },
        { path: '/', acceptEncoding: NO_ENCODING },
        { path: STRETCH_PAGE, acceptEncoding: NO_ENCODING },
        // For comparison: a 2-byte answer through the same middleware, without the page cache.
        { path: '/healthz', acceptEncoding: NO_ENCODING },
      ],
      LOAD_SECONDS,
    ),
  );

  const audio = await stage('hands-free audio (render, decode, measure holds)', AUDIO_LIMIT_MS, benchAudio);

  const report: Report = {
    date: new Date().toISOString(),
    node: process.version,
    machine: `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})`,
    loadAverage: { before: loadBefore, after: loadavg()[0] ?? Number.NaN },
    durationSeconds: (Date.now() - started) / 1000,
    turnsMemory,
    turnsDynamo,
    ourBundle,
    fixedBundle,
    stockBundle,
    modernBundle,
    ourInit,
    fixedInit,
    stockInit,
    modernInit,
    weights,
    load: load as LoadResult[] | Unavailable,
  };
  process.stdout.write(renderText(report));
  process.stdout.write(renderAudioText(audio));
  const docs = fileURLToPath(new URL('../docs/BENCHMARKS.md', import.meta.url));
  writeFileSync(docs, renderMarkdown(report) + renderAudioMarkdown(audio));
  const timing = await stage('narration timing against espeak-ng audio', TIMING_LIMIT_MS, () => runTiming(() => undefined));
  if ('markdown' in timing) {
    process.stdout.write(`${timing.markdown}\n`);
    writeTimingSection(timing.markdown);
  }
  process.stderr.write(`bench: wrote ${docs}\n`);
  clearTimeout(watchdog);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
