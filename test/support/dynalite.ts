/**
 * An embedded DynamoDB-compatible server (dynalite) for tests: in-process, in memory (or
 * on disk with `path`), on a random 127.0.0.1 port, with a freshly created table.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createTableIfMissing } from '../../lambda/state';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../local/embedded-dynamo';

export interface RunningDynalite {
  /** e.g. http://127.0.0.1:41234 */
  endpoint: string;
  /** A uniquely named, ACTIVE table with partition key `userId`. */
  tableName: string;
  stop(): Promise<void>;
}

const running = new Map<string, EmbeddedDynamo>();

export async function startDynalite(opts: { path?: string } = {}): Promise<RunningDynalite> {
  const dynamo = await startEmbeddedDynamo(opts.path ? { dataDir: opts.path } : {});
  const endpoint = dynamo.endpoint;
  running.set(endpoint, dynamo);
  const tableName = `user-state-${randomUUID()}`;
  try {
    await createTableIfMissing(endpoint, tableName);
  } catch (error) {
    await stopDynalite(endpoint);
    throw error;
  }
  return { endpoint, tableName, stop: () => stopDynalite(endpoint) };
}

/** Stops the server started at `endpoint` (idempotent). */
export async function stopDynalite(endpoint: string): Promise<void> {
  const dynamo = running.get(endpoint);
  if (!dynamo) return;
  running.delete(endpoint);
  await dynamo.close();
}

/** An endpoint where nothing listens: a server is started, its port noted, and it is closed. */
export async function closedEndpoint(): Promise<string> {
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/**
 * The same embedded server in its own Node process, for heavy suites (the fuzz test): its
 * work then runs on another core instead of competing with the code under test.
 */
export async function startDynaliteProcess(): Promise<RunningDynalite> {
  const { spawn } = await import('node:child_process');
  const main = new URL('./dynalite-process-main.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', main], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`dynalite process exited early (code ${String(code)})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const line = buffered.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { port: number }).port);
    });
  });
  child.removeAllListeners('exit');
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  };
  const tableName = `user-state-${randomUUID()}`;
  try {
    await createTableIfMissing(endpoint, tableName);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, tableName, stop };
}
