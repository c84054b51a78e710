/**
 * `npm run reliability`: the figures in docs/RELIABILITY.md, from one run.
 *
 * - fuzzed envelopes through the real handler (the fuzz test, FUZZ_COUNT of them);
 * - an ordinary session under each DynamoDB fault (the fault proxy around dynalite), with the
 *   Lambda's own storage budget: faults injected, acknowledged changes lost, slowest turn;
 * - bursts of 2-50 overlapping turns of one person, and disable races;
 * - the local endpoint's memory while a 100 MB chunked body arrives, with and without --verify.
 *
 * Not part of the tests (it takes a few minutes and measures time); RELIABILITY_FUZZ=0 skips
 * the fuzz part.
 */
import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { buildSkill } from '../lambda/skill';
import { createDynamoClient, createDynamoStore, TURN_BUDGET_MS } from '../lambda/state/index';
import { AlexaRequestVerifier } from '../local/alexa-verification';
import { createLocalApp } from '../local/local-server';
import { startDynalite } from '../test/support/dynalite';
import { startFaultProxy, type Fault } from '../test/support/fault-proxy';
import { burst, disableRace, ordinarySession, type ScenarioResult } from '../test/support/reliability-scenarios';

const FUZZ_COUNT = Number(process.env.RELIABILITY_FUZZ ?? 10_000);
const SESSIONS_PER_FAULT = Number(process.env.RELIABILITY_SESSIONS ?? 4);

const FAULTS: [string, Fault | undefined][] = [
  ['none', undefined],
  ['every PutItem throttled', { kind: 'throttle', operations: ['PutItem'] }],
  ['every GetItem throttled', { kind: 'throttle', operations: ['GetItem'] }],
  ['half the PutItems reset before DynamoDB', { kind: 'reset', operations: ['PutItem'], rate: 0.5 }],
  ['half the PutItems reset after the write', { kind: 'reset-after', operations: ['PutItem'], rate: 0.5 }],
  ['half the GetItems reset', { kind: 'reset', operations: ['GetItem'], rate: 0.5 }],
  ['every PutItem stalls', { kind: 'stall', operations: ['PutItem'] }],
  ['every GetItem stalls', { kind: 'stall', operations: ['GetItem'] }],
  ['everything stalls', { kind: 'stall' }],
  ['every call 1.1 s late', { kind: 'delay', delayMs: 1100 }],
];

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

function fuzz(): string {
  if (FUZZ_COUNT <= 0) return '| fuzzed envelopes | skipped |';
  const started = Date.now();
  const run = spawnSync('npx', ['vitest', 'run', 'test/lambda/fuzz.test.ts'], {
    env: { ...process.env, FUZZ_COUNT: String(FUZZ_COUNT) },
    encoding: 'utf8',
    timeout: 30 * 60_000,
  });
  const passed = run.status === 0;
  return `| fuzzed envelopes (valid SSML, well-formed XML, never a throw) | ${FUZZ_COUNT.toLocaleString('en')} in ${ms(Date.now() - started)}: ${passed ? 'all passed' : 'FAILED'} |`;
}

async function faults(): Promise<string[]> {
  const db = await startDynalite();
  const proxy = await startFaultProxy(db.endpoint, 2026);
  const client = createDynamoClient(proxy.endpoint);
  const directClient = createDynamoClient(db.endpoint);
  const store = createDynamoStore({ tableName: db.tableName, client });
  const direct = createDynamoStore({ tableName: db.tableName, client: directClient });
  const skill = buildSkill({ store, companionUrl: 'https://coach.example', log: () => {} });
  const rows: string[] = [];
  const quiet = console.error;
  console.error = () => {};
  try {
    for (const [name, fault] of FAULTS) {
      proxy.setFault(fault);
      const before = proxy.injected;
      const total: ScenarioResult = { turns: 0, slowestMs: 0, acknowledged: 0, lost: [], failures: [] };
      for (let i = 0; i < SESSIONS_PER_FAULT; i++) {
        const result = await ordinarySession(skill, direct);
        total.turns += result.turns;
        total.slowestMs = Math.max(total.slowestMs, result.slowestMs);
        total.acknowledged += result.acknowledged;
        total.lost.push(...result.lost);
        total.failures.push(...result.failures);
      }
      proxy.setFault(undefined);
      rows.push(
        `| ${name} | ${total.turns} | ${proxy.injected - before} | ${total.acknowledged} of ${SESSIONS_PER_FAULT * 3} | ${total.lost.length} | ${total.failures.length} | ${ms(total.slowestMs)} |`,
      );
    }
    for (const size of [2, 5, 10, 25, 50]) {
      const result = await burst(skill, direct, size);
      rows.push(`| ${size} overlapping turns of one person | ${result.turns} | 0 | ${result.acknowledged} | ${result.lost.length} | ${result.failures.length} | ${ms(result.slowestMs)} |`);
    }
    proxy.setFault({ kind: 'reset-after', operations: ['PutItem'], rate: 0.5 });
    const before = proxy.injected;
    const late = await burst(skill, direct, 50);
    rows.push(`| 50 overlapping, half the PutItems reset after the write | ${late.turns} | ${proxy.injected - before} | ${late.acknowledged} | ${late.lost.length} | ${late.failures.length} | ${ms(late.slowestMs)} |`);
    proxy.setFault(undefined);
    let recreated = 0;
    let slowest = 0;
    for (let race = 0; race < 40; race++) {
      const outcome = await disableRace(skill, direct, 4, race < 30 ? 5 : 200);
      if (outcome.recreated) recreated += 1;
      slowest = Math.max(slowest, outcome.result.slowestMs);
    }
    rows.push(`| disable while 4 turns are in flight (30 tight, 10 loose races) | 200 | 0 | data recreated in ${recreated} of 40 | ${recreated} | 0 | ${ms(slowest)} |`);
  } finally {
    console.error = quiet;
    client.destroy();
    directClient.destroy();
    await proxy.close();
    await db.stop();
  }
  return rows;
}

/** Peak extra RSS while a 100 MB chunked body (no Content-Length) is sent to /alexa. */
async function memoryUnderHugeBody(verify: boolean): Promise<string> {
  const app = createLocalApp({
    skillHandler: async () => {
      throw new Error('the body should never reach the skill');
    },
    ...(verify ? { verifier: new AlexaRequestVerifier({ fetchCertChain: async () => '' }) } : {}),
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const total = 100 * 1024 * 1024;
  const chunk = Buffer.alloc(256 * 1024, 0x20);
  let sent = 0;
  const status = await new Promise<string>((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/alexa', method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      res.resume();
      resolve(String(res.statusCode));
    });
    req.on('error', () => resolve('connection closed'));
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `| 100 MB chunked body${verify ? ', --verify' : ''} | answered ${status} after ${mb(sent)} sent | +${mb(peak - baseline)} RSS at most |`;
}

async function main(): Promise<void> {
  const started = new Date();
  console.log(`Reliability run, ${started.toISOString()}, Node ${process.version}, turn storage budget ${TURN_BUDGET_MS} ms\n`);
  console.log('| what | result |\n|---|---|');
  console.log(fuzz());
  console.log(await memoryUnderHugeBody(false));
  console.log(await memoryUnderHugeBody(true));
  console.log('\n| DynamoDB fault (ordinary sessions of 6 turns) | turns | faults injected | changes acknowledged | acknowledged changes lost | turns failed | slowest turn |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of await faults()) console.log(row);
}

await main();
