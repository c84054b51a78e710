// Experiment behind the "turn p99" note in docs/BENCHMARKS.md (not part of `npm run bench`):
// the in-memory turn benchmark with skill/conversation/timelines.ts patched at bundling time
// so compileRoutine/compileStretch results are memoized per (id, options). Nothing in the
// source tree changes. Usage: node bench/experiment-memo-timelines.mjs [memo|base]
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const memo = process.argv[2] !== 'base';
const memoPlugin = {
  name: 'memo-timelines',
  setup(b) {
    b.onLoad({ filter: /skill\/conversation\/timelines\.ts$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      if (memo) {
        const original = "import { compileRoutine, compileStretch } from '../narration/index';";
        if (!text.includes(original)) throw new Error('timelines.ts changed: update the experiment');
        text = text.replace(
          original,
          `import { compileRoutine as rawRoutine, compileStretch as rawStretch } from '../narration/index';
const memo = new Map<string, any>();
const remember = (key: string, make: () => any) => { let v = memo.get(key); if (!v) { v = make(); memo.set(key, v); } return v; };
const compileRoutine = (id: any, o: any) => remember('r|' + id + JSON.stringify(o), () => rawRoutine(id, o));
const compileStretch = (id: any, o: any) => remember('s|' + id + JSON.stringify(o), () => rawStretch(id, o));`,
        );
      }
      return { contents: text, loader: 'ts' };
    });
  },
};
// One folder below the root, so bench/turns.ts finds ../skill/package from the bundle.
const outfile = `.local/memo-experiment-${memo ? 'memo' : 'base'}.mjs`;
const report = `const r = await benchTurnsInMemory(2000);
console.log(${JSON.stringify(memo ? 'memoized' : 'as is')}, 'p50', r.p50.toFixed(2), 'p99', r.p99.toFixed(2), 'cpu p99', r.cpuP99.toFixed(2));
console.log(r.byLabel.map((b) => b.label + ' p50 ' + b.p50.toFixed(2) + ' p99 ' + b.p99.toFixed(2)).join('\\n'));`;
await build({
  stdin: { contents: `import { benchTurnsInMemory } from './bench/turns';\n${report}`, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  plugins: [memoPlugin],
  logLevel: 'error',
});
await import(pathToFileURL(`${process.cwd()}/${outfile}`).href);
