/** The benchmark's results as rows with targets, printed as text and written as markdown. */
import type { BundleResult, InitResult, Unavailable } from './bundles';
import { formatBytes, formatMs } from './stats';
import type { TurnResult } from './turns';
import type { LoadResult, PageWeight, PageWithAssets } from './web';

export interface Report {
  date: string;
  node: string;
  machine: string;
  loadAverage: { before: number; after: number };
  durationSeconds: number;
  turnsMemory: TurnResult | Unavailable;
  turnsDynamo: TurnResult | Unavailable;
  ourBundle: BundleResult | Unavailable;
  fixedBundle: BundleResult | Unavailable;
  stockBundle: BundleResult | Unavailable;
  /** ask-sdk-core + @aws-sdk/client-dynamodb v3 with the default credential chain. */
  modernBundle: BundleResult | Unavailable;
  ourInit: InitResult | Unavailable;
  fixedInit: InitResult | Unavailable;
  stockInit: InitResult | Unavailable;
  modernInit: InitResult | Unavailable;
  weights: { pages: PageWeight[]; assets: PageWeight[]; firstVisit: PageWithAssets[] } | Unavailable;
  load: LoadResult[] | Unavailable;
}

type Status = 'PASS' | 'FAIL' | 'n/a' | '';

interface Row {
  measure: string;
  value: string;
  target: string;
  status: Status;
}

export const TARGETS = {
  turnP99Ms: 5,
  bundleBytes: 400 * 1024,
  initShareOfStock: 0.5,
  stretchPageBytes: 30 * 1024,
  requestsPerSecond: 5000,
};

function ok<T extends object>(value: T | Unavailable): value is T {
  return !('unavailable' in value);
}

function why(value: Unavailable): string {
  return `unavailable: ${value.unavailable}`;
}

function check(pass: boolean): Status {
  return pass ? 'PASS' : 'FAIL';
}

function bytesWithGzip(raw: number, gzip: number): string {
  return `${raw.toLocaleString('en-US')} B (${formatBytes(raw)}), gzip ${formatBytes(gzip)}`;
}

function turnRows(label: string, turns: TurnResult | Unavailable, withTarget: boolean): Row[] {
  const target = withTarget ? `p99 < ${TARGETS.turnP99Ms} ms` : '';
  if (!ok(turns)) return [{ measure: label, value: why(turns), target, status: withTarget ? 'n/a' : '' }];
  return [
    {
      measure: `${label}, ${turns.turns} turns`,
      value: `p50 ${formatMs(turns.p50)}, p99 ${formatMs(turns.p99)} (max ${formatMs(turns.max)})`,
      target,
      status: withTarget ? check(turns.p99 < TARGETS.turnP99Ms) : '',
    },
    {
      measure: `${label}, process CPU per turn (all threads, incl. GC)`,
      value: `p50 ${formatMs(turns.cpuP50)}, p99 ${formatMs(turns.cpuP99)}`,
      target: '',
      status: '',
    },
  ];
}

function skillRows(r: Report): Row[] {
  const rows = [
    ...turnRows('Skill turn, no I/O (in-memory store)', r.turnsMemory, true),
    ...turnRows('Skill turn, dynalite (real DynamoDB client)', r.turnsDynamo, false),
  ];
  if (ok(r.turnsDynamo)) {
    const t = r.turnsDynamo;
    rows.push({
      measure: 'DynamoDB calls per turn (mix average)',
      value: `GetItem ${t.getItemPerTurn.toFixed(2)}, PutItem ${t.putItemPerTurn.toFixed(2)}, other ${t.otherCallsPerTurn.toFixed(2)}`,
      target: '',
      status: '',
    });
  }
  return rows;
}

function bundleRows(r: Report): Row[] {
  const rows: Row[] = [];
  const bundleRow = (measure: string, bundle: BundleResult | Unavailable, withTarget: boolean): Row => {
    const target = withTarget ? `≤ ${formatBytes(TARGETS.bundleBytes)}` : '';
    if (!ok(bundle)) return { measure, value: why(bundle), target, status: withTarget ? 'n/a' : '' };
    return {
      measure,
      value: bytesWithGzip(bundle.bytes, bundle.gzipBytes),
      target,
      status: withTarget ? check(bundle.bytes <= TARGETS.bundleBytes) : '',
    };
  };
  rows.push(bundleRow('Skill bundle (lambda/index.ts, as infra bundles it)', r.ourBundle, true));
  rows.push(bundleRow('Skill bundle without the env-only credentials alias (for comparison)', r.fixedBundle, false));
  rows.push(bundleRow('Stock skill bundle (ask-sdk + dynamodb-persistence-adapter, aws-sdk v2)', r.stockBundle, false));
  rows.push(bundleRow('Modern peer bundle (ask-sdk-core + client-dynamodb v3, default credentials)', r.modernBundle, false));

  const stockMs = ok(r.stockInit) ? r.stockInit.medianImportMs : Number.NaN;
  const initTarget = Number.isFinite(stockMs)
    ? `≤ ½ stock (≤ ${formatMs(stockMs * TARGETS.initShareOfStock)})`
    : '≤ ½ stock';
  const initRow = (measure: string, init: InitResult | Unavailable, withTarget: boolean): Row => {
    if (!ok(init)) return { measure, value: why(init), target: withTarget ? initTarget : '', status: withTarget ? 'n/a' : '' };
    const value = `median ${formatMs(init.medianImportMs)} (min ${formatMs(init.minImportMs)}; process start to ready ${formatMs(init.medianReadyMs)})`;
    if (!withTarget) return { measure, value, target: '', status: '' };
    return {
      measure,
      value,
      target: initTarget,
      status: Number.isFinite(stockMs) ? check(init.medianImportMs <= stockMs * TARGETS.initShareOfStock) : 'n/a',
    };
  };
  const runs = ok(r.ourInit) ? r.ourInit.runs : 0;
  rows.push(initRow(`Module init, our bundle (import, ${runs} fresh processes)`, r.ourInit, true));
  rows.push(initRow('Module init without the env-only credentials alias (for comparison)', r.fixedInit, false));
  rows.push(initRow('Module init, stock skill bundle', r.stockInit, false));
  rows.push(initRow('Module init, modern peer bundle', r.modernInit, false));
  const ratio = (ours: InitResult | Unavailable, peer: InitResult | Unavailable): string =>
    ok(ours) && ok(peer) ? `${(ours.medianImportMs / peer.medianImportMs).toFixed(2)}×` : 'n/a';
  const sizeRatio = (ours: BundleResult | Unavailable, peer: BundleResult | Unavailable): string =>
    ok(ours) && ok(peer) ? `${(ours.bytes / peer.bytes).toFixed(2)}×` : 'n/a';
  rows.push({
    measure: 'Ours as a share of each peer (bundle bytes; init), from this run',
    value: `stock ${sizeRatio(r.ourBundle, r.stockBundle)}; ${ratio(r.ourInit, r.stockInit)} · modern ${sizeRatio(r.ourBundle, r.modernBundle)}; ${ratio(r.ourInit, r.modernInit)}`,
    target: '',
    status: '',
  });
  return rows;
}

function webRows(r: Report): Row[] {
  const rows: Row[] = [];
  if (!ok(r.weights)) {
    rows.push({ measure: 'Companion page weight', value: why(r.weights), target: '', status: 'n/a' });
  } else {
    for (const page of r.weights.pages) {
      const isStretch = page.path.startsWith('/stretches/');
      rows.push({
        measure: `Page ${page.path} (HTML)`,
        value: bytesWithGzip(page.rawBytes, page.gzipBytes),
        target: isStretch ? `≤ ${formatBytes(TARGETS.stretchPageBytes)}` : '',
        status: isStretch ? check(page.status === 200 && page.rawBytes <= TARGETS.stretchPageBytes) : '',
      });
    }
    for (const asset of r.weights.assets) {
      rows.push({ measure: `Asset ${asset.path}`, value: bytesWithGzip(asset.rawBytes, asset.gzipBytes), target: '', status: '' });
    }
    for (const visit of r.weights.firstVisit) {
      rows.push({
        measure: `First visit to ${visit.path} (HTML + ${visit.files.length} files)`,
        value: bytesWithGzip(visit.totalRawBytes, visit.totalGzipBytes),
        target: '',
        status: '',
      });
    }
  }
  if (!ok(r.load)) {
    rows.push({ measure: 'Requests per second', value: why(r.load), target: `≥ ${TARGETS.requestsPerSecond}`, status: 'n/a' });
  } else {
    for (const run of r.load) {
      const encoding = run.acceptEncoding === 'identity' ? 'no compression' : 'gzip (browser)';
      const perCore = 1000 / run.serverCpuMsPerRequest;
      const isPage = run.path !== '/healthz';
      rows.push({
        measure: isPage
          ? `Requests/s ${run.path}, ${encoding}, 10 connections, ${run.durationSeconds.toFixed(0)} s`
          : `Requests/s ${run.path} (2-byte answer through the same middleware, not page-cached), ${run.durationSeconds.toFixed(0)} s`,
        value:
          `${Math.round(run.requestsPerSecond).toLocaleString('en-US')} req/s (latency p50 ${run.latencyP50Ms} ms, p99 ${run.latencyP99Ms} ms; ` +
          `${run.errors} errors, ${run.non2xx} non-2xx; server CPU ${formatMs(run.serverCpuMsPerRequest)}/request ≈ ${Math.round(perCore).toLocaleString('en-US')} req/s per free core)`,
        target: isPage ? `≥ ${TARGETS.requestsPerSecond.toLocaleString('en-US')} req/s` : '',
        status: isPage ? check(run.requestsPerSecond >= TARGETS.requestsPerSecond && run.errors === 0 && run.non2xx === 0) : '',
      });
    }
  }
  return rows;
}

function allRows(r: Report): { section: string; rows: Row[] }[] {
  return [
    { section: 'Skill turns', rows: skillRows(r) },
    { section: 'Skill bundle and cold start', rows: bundleRows(r) },
    { section: 'Companion page', rows: webRows(r) },
  ];
}

function topInputs(r: Report): string[] {
  const lines: string[] = [];
  const list = (title: string, bundle: BundleResult | Unavailable) => {
    if (!ok(bundle)) return;
    lines.push(`${title}: ${bundle.topPackages.map((p) => `${p.name} ${formatBytes(p.bytes)}`).join(', ')}`);
  };
  list('Largest inputs, our bundle', r.ourBundle);
  list('Largest inputs, full credential chain', r.fixedBundle);
  list('Largest inputs, stock bundle', r.stockBundle);
  list('Largest inputs, modern peer bundle', r.modernBundle);
  return lines;
}

function turnBreakdown(r: Report): string[] {
  const lines: string[] = [];
  const add = (title: string, turns: TurnResult | Unavailable) => {
    if (!ok(turns)) return;
    lines.push(
      `${title}: ` +
        turns.byLabel
          .map((b) => `${b.label} ×${b.count} p50 ${formatMs(b.p50)} p99 ${formatMs(b.p99)} (Get ${b.getItem.toFixed(1)}, Put ${b.putItem.toFixed(1)})`)
          .join('; ') +
        `; first turn ${formatMs(turns.firstTurnMs)}, ${turns.warmupTurns} warm-up turns not counted, ${turns.errors} errors` +
        (Object.keys(turns.stateLogEvents).length ? `, state log: ${JSON.stringify(turns.stateLogEvents)}` : ''),
    );
  };
  add('By request, no I/O', r.turnsMemory);
  add('By request, dynalite', r.turnsDynamo);
  return lines;
}

/** Where to look when a target is missed (shown only while it is missed). */
function missedTargetCauses(r: Report): string[] {
  const lines: string[] = [];
  const busy = r.loadAverage.before > 1 || r.loadAverage.after > 1;
  const load = busy
    ? ` The machine was busy during this run (load average ${r.loadAverage.before.toFixed(1)} / ${r.loadAverage.after.toFixed(1)}), which lowers every wall-clock row: run again on a quiet machine and compare the CPU-time rows.`
    : '';
  if (ok(r.turnsMemory) && !(r.turnsMemory.p99 < TARGETS.turnP99Ms)) {
    lines.push(
      'Turn p99: compiled timelines are remembered per process (skill/conversation/timelines.ts), so a turn should not ' +
        'compile narration; if the per-request rows show one request type slow, profile that handler ' +
        '(`node --cpu-prof` on bench/run.ts).' + load,
    );
  }
  if (ok(r.ourBundle) && r.ourBundle.bytes > TARGETS.bundleBytes) {
    lines.push(
      'Bundle size: see "Largest inputs, our bundle" above. The Lambdas already bundle an environment-only credential ' +
        'provider (infra/lambda-credentials.ts, aliased in infra/bundling.ts); a new large input is the likely cause.',
    );
  }
  if (ok(r.load) && r.load.some((run) => run.path !== '/healthz' && run.requestsPerSecond < TARGETS.requestsPerSecond)) {
    lines.push(
      'Requests/s: pages are rendered and gzipped once per process (web/routes/page-cache.ts), so each request is a ' +
        'memory copy; autocannon shares the same two cores as the server.' + load,
    );
  }
  return lines;
}

function header(r: Report): string[] {
  return [
    `Date: ${r.date}`,
    `Node: ${r.node}`,
    `Machine: ${r.machine}`,
    `Load average (1 min) before/after: ${r.loadAverage.before.toFixed(1)} / ${r.loadAverage.after.toFixed(1)}`,
    `Bench duration: ${r.durationSeconds.toFixed(0)} s`,
  ];
}

export function renderText(r: Report): string {
  const sections = allRows(r);
  const rows = sections.flatMap((s) => s.rows);
  const w = {
    measure: Math.max(...rows.map((x) => x.measure.length)),
    target: Math.max(6, ...rows.map((x) => x.target.length)),
  };
  const out: string[] = ['', ...header(r), ''];
  for (const section of sections) {
    out.push(`== ${section.section}`);
    for (const row of section.rows) {
      out.push(`${(row.status || '').padEnd(4)}  ${row.measure.padEnd(w.measure)}  ${row.target.padEnd(w.target)}  ${row.value}`);
    }
    out.push('');
  }
  out.push(...topInputs(r), ...turnBreakdown(r), '');
  return out.join('\n');
}

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function renderMarkdown(r: Report): string {
  const mark = (status: Status) => (status === 'PASS' ? '✅ pass' : status === 'FAIL' ? '❌ fail' : status === 'n/a' ? '— n/a' : '');
  const out: string[] = [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (bench/run.ts); not part of the tests. Figures depend on the machine',
    'and on what else runs on it: compare rows from the same run, and read the CPU-time rows, which',
    'other load on the machine disturbs less than wall-clock latency.',
    '',
    ...header(r).map((line) => `- ${line}`),
    '',
  ];
  for (const section of allRows(r)) {
    out.push(`## ${section.section}`, '', '| Measure | Result | Target | |', '|---|---|---|---|');
    for (const row of section.rows) out.push(`| ${mdCell(row.measure)} | ${mdCell(row.value)} | ${mdCell(row.target)} | ${mark(row.status)} |`);
    out.push('');
  }
  const causes = missedTargetCauses(r);
  if (causes.length > 0) out.push('## Missed targets: causes and fixes', '', ...causes.map((line) => `- ${line}`), '');
  out.push('## Details', '', ...[...topInputs(r), ...turnBreakdown(r)].map((line) => `- ${line}`), '');
  out.push(
    '## How it is measured',
    '',
    '- Units: 1 KB = 1,024 bytes (bundle target 400 KB = 409,600 B; stretch page target 30 KB = 30,720 B of HTML).',
    '- Skill turns: the terminal simulator (local/simulator) plays sessions of launch, start my back routine, next, repeat, next,',
    '  a stretch by name, help, another stretch by name, next, stop, for 25 returning users; only `skill.invoke` is timed',
    '  (phrase matching is outside). "No I/O" builds the skill (lambda/skill.ts `buildSkill`) with bench/memory-store.ts, which',
    '  stores the same JSON document as the DynamoDB store; "dynalite" uses `createDynamoStore` with a real `DynamoDBClient`',
    '  against dynalite in its own process, and counts commands with a client middleware.',
    '- Bundles: esbuild with infra/bundling.ts settings (ESM, node22, minified, createRequire banner, AWS SDK bundled;',
    '  the source map is left out). The stock skill (bench/stock/index.mjs) is installed into .local/bench-stock, outside',
    '  the project\'s dependencies. The modern peer (bench/modern/index.mjs) is ask-sdk-core with @aws-sdk/client-dynamodb v3 and\n  the default credential chain, bundled from the project\'s own packages. Init: a fresh `node` process per run imports the bundle (bench/init-runner.mjs).',
    '- Companion page: sizes via `app.request` (gzip as the app serves it); load with autocannon against `startWebServer`',
    '  on 127.0.0.1 in its own process, 10 connections, 5 s per run.',
    '',
  );
  return out.join('\n');
}
