/**
 * Companion page weight (raw and gzip, as served) and requests per second with autocannon
 * against startWebServer on 127.0.0.1 (in a child process), for / and a stretch page.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { app } from '../web/app';
import { withTimeout } from './stats';

export const STRETCH_PAGE = '/stretches/cat-cow';
export const ROUTINE_PAGE = '/routines/basic-daily';

export interface PageWeight {
  path: string;
  status: number;
  rawBytes: number;
  /** Bytes on the wire when the browser accepts gzip (the app's compress middleware). */
  gzipBytes: number;
  /** True when the app itself compressed the response; otherwise gzipBytes is zlib's figure. */
  servedCompressed: boolean;
}

export interface PageWithAssets {
  path: string;
  htmlRawBytes: number;
  /** HTML plus every /assets and /illustrations file it references, as a first visit fetches them. */
  totalRawBytes: number;
  totalGzipBytes: number;
  files: string[];
}

export interface LoadResult {
  path: string;
  /** The Accept-Encoding the load generator sent ('gzip, deflate, br' like a browser, or 'identity'). */
  acceptEncoding: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  total: number;
  errors: number;
  non2xx: number;
  durationSeconds: number;
  /** The server process's CPU time (user + system) per request: independent of other load on the machine. */
  serverCpuMsPerRequest: number;
}

async function weigh(path: string): Promise<PageWeight> {
  const raw = await app.request(path);
  const rawBody = new Uint8Array(await raw.arrayBuffer());
  const zipped = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
  const zippedBody = new Uint8Array(await zipped.arrayBuffer());
  const servedCompressed = zipped.headers.get('Content-Encoding') === 'gzip';
  return {
    path,
    status: raw.status,
    rawBytes: rawBody.length,
    gzipBytes: servedCompressed ? zippedBody.length : gzipSync(rawBody).length,
    servedCompressed,
  };
}

/** Local URLs a page loads on a first visit: stylesheets, scripts, images, icons. */
function referencedFiles(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="(\/(?:assets|illustrations)\/[^"]+)"/g)) {
    found.add((match[1] as string).replace(/&amp;/g, '&'));
  }
  return [...found];
}

export async function pageWeights(): Promise<{ pages: PageWeight[]; assets: PageWeight[]; firstVisit: PageWithAssets[] }> {
  const pagePaths = ['/', STRETCH_PAGE, ROUTINE_PAGE];
  const pages = await Promise.all(pagePaths.map(weigh));
  const firstVisit: PageWithAssets[] = [];
  const assetPaths = new Set<string>();
  for (const path of pagePaths) {
    const html = await (await app.request(path)).text();
    const files = referencedFiles(html);
    for (const file of files) if (file.startsWith('/assets/')) assetPaths.add(file);
    const weights = await Promise.all(files.map(weigh));
    const own = pages.find((p) => p.path === path) as PageWeight;
    firstVisit.push({
      path,
      htmlRawBytes: own.rawBytes,
      totalRawBytes: own.rawBytes + weights.reduce((sum, w) => sum + w.rawBytes, 0),
      totalGzipBytes: own.gzipBytes + weights.reduce((sum, w) => sum + w.gzipBytes, 0),
      files,
    });
  }
  const assets = await Promise.all([...assetPaths].sort().map(weigh));
  return { pages, assets, firstVisit };
}

interface RunningChild {
  url: string;
  /** The server process's CPU time so far, in ms. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

async function startServerProcess(): Promise<RunningChild> {
  const script = fileURLToPath(new URL('./web-server.ts', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };
  const url = await withTimeout(
    'starting the web server',
    30_000,
    new Promise<string>((resolve, reject) => {
      let buffered = '';
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`web server exited early (code ${String(code)})`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        const line = buffered.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve((JSON.parse(line) as { url: string }).url);
      });
    }),
  ).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  child.removeAllListeners('exit');
  const cpuMs = () =>
    withTimeout(
      'reading the server CPU time',
      5000,
      new Promise<number>((resolve) => {
        child.once('message', (message: { cpu: NodeJS.CpuUsage }) => resolve((message.cpu.user + message.cpu.system) / 1000));
        child.send('cpu');
      }),
    );
  return { url, cpuMs, stop };
}

async function load(server: RunningChild, path: string, seconds: number, acceptEncoding: string): Promise<LoadResult> {
  const cpuBefore = await server.cpuMs();
  const result = await autocannon({
    url: `${server.url}${path}`,
    connections: 10,
    duration: seconds,
    headers: { 'accept-encoding': acceptEncoding },
  });
  const cpuAfter = await server.cpuMs();
  return {
    path,
    acceptEncoding,
    serverCpuMsPerRequest: result.requests.total > 0 ? (cpuAfter - cpuBefore) / result.requests.total : Number.NaN,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    durationSeconds: result.duration,
  };
}

/** A browser's Accept-Encoding (the server gzips) and none (raw HTML, as behind a compressing CDN). */
export const BROWSER_ENCODING = 'gzip, deflate, br';
export const NO_ENCODING = 'identity';

/**
 * Requests per second for each path and encoding, one run after the other, against one
 * server process.
 */
export async function loadTest(
  runs: readonly { path: string; acceptEncoding: string }[],
  seconds: number,
): Promise<LoadResult[]> {
  const server = await startServerProcess();
  try {
    // A short warm-up so the first rendering and JIT do not count.
    await load(server, runs[0]?.path ?? '/', 1, BROWSER_ENCODING);
    const results: LoadResult[] = [];
    for (const run of runs) {
      results.push(
        await withTimeout(`load test of ${run.path}`, (seconds + 10) * 1000, load(server, run.path, seconds, run.acceptEncoding)),
      );
    }
    return results;
  } finally {
    await server.stop();
  }
}
