/**
 * `npm start` end to end: the real script in its own process, with the embedded DynamoDB
 * in a temporary data folder, the companion page and the skill endpoint on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBody } from './signing';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(REPO, 'node_modules/.bin/tsx');

interface StartedRun {
  child: ChildProcess;
  port: number;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];

function runStart(dataDir: string, extraEnv: Record<string, string> = {}): {
  child: ChildProcess;
  output: () => string;
  exit: StartedRun['exit'];
} {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DYNAMODB_PORT: '0', LOCAL_DATA_DIR: dataDir, ...extraEnv };
  for (const key of ['DYNAMODB_ENDPOINT', 'TABLE_NAME', 'SKILL_ID', 'ALEXA_VERIFY', 'COMPANION_URL']) {
    if (!(key in extraEnv)) delete env[key];
  }
  const child = spawn(TSX, ['scripts/start.ts'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exit };
}

/** Starts `npm start`'s script and waits for its Ready line. */
async function startRun(dataDir: string): Promise<StartedRun> {
  const run = runStart(dataDir);
  const port = await new Promise<number>((resolve, reject) => {
    const check = () => {
      const text = run.output();
      const match = /Companion page\s+http:\/\/localhost:(\d+)\//.exec(text);
      if (match && /^Ready\./m.test(text)) resolve(Number(match[1]));
    };
    run.child.stdout?.on('data', check);
    void run.exit.then(({ code }) => reject(new Error(`npm start exited (${String(code)}) before it was ready:\n${run.output()}`)));
  });
  return { ...run, port };
}

async function launch(port: number, body: string): Promise<{ status: number; ssml: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/alexa`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { response?: { outputSpeech?: { ssml?: string } } };
  return { status: response.status, ssml: json.response?.outputSpeech?.ssml ?? '' };
}

async function stop(run: { child: ChildProcess; exit: StartedRun['exit'] }) {
  run.child.kill('SIGTERM');
  return run.exit;
}

describe('npm start', () => {
  let workDir: string;
  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'bsc-start-'));
  });
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('serves the page and the skill, keeps progress across a restart, and stops cleanly', { timeout: 240_000 }, async () => {
    const dataDir = join(workDir, 'dynamodb');
    const first = await startRun(dataDir);
    expect(first.output()).toContain(`Data folder      ${dataDir}`);
    expect(first.output()).toContain('table BackStretchCoachUsers');
    expect(first.output()).toContain('npm run talk');

    const page = await fetch(`http://127.0.0.1:${first.port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('Back Stretch Coach');

    const body = launchBody(new Date());
    const welcome = await launch(first.port, body);
    expect(welcome.status).toBe(200);
    expect(welcome.ssml).toMatch(/Welcome to Back Stretch Coach/);

    const firstExit = await stop(first);
    expect(firstExit).toEqual({ code: 0, signal: null });
    expect(first.output()).toContain('Stopped.');
    expect(existsSync(`${dataDir}.pid`)).toBe(false);

    // Same person, new process, same data folder: the skill remembers them.
    const second = await startRun(dataDir);
    const again = await launch(second.port, body);
    expect(again.status).toBe(200);
    expect(again.ssml).not.toMatch(/Welcome to Back Stretch Coach/);
    expect(again.ssml).not.toEqual(welcome.ssml);
    expect(await stop(second)).toEqual({ code: 0, signal: null });
  });

  it('refuses to share a data folder with a run already using it, and says why', { timeout: 240_000 }, async () => {
    const dataDir = join(workDir, 'shared');
    const first = await startRun(dataDir);
    const second = runStart(dataDir);
    const { code } = await second.exit;
    expect(code).toBe(1);
    expect(second.output()).toMatch(/data folder .*shared is in use by another "npm start"/);
    // The first one is unaffected.
    expect((await launch(first.port, launchBody(new Date()))).status).toBe(200);
    expect(await stop(first)).toEqual({ code: 0, signal: null });
  });

  it('explains a bad setting instead of starting', { timeout: 120_000 }, async () => {
    const run = runStart(join(workDir, 'unused'), { PORT: 'eighty' });
    expect((await run.exit).code).toBe(2);
    expect(run.output()).toContain('PORT must be a port number');
  });
});
