// Measures how long importing one bundled module takes in a fresh Node process.
// Usage: node bench/init-runner.mjs <absolute path of the bundle>
// Prints one JSON line: importMs (the import alone) and readyMs (process start to imported).
import { pathToFileURL } from 'node:url';

const bundle = process.argv[2];
if (!bundle) throw new Error('usage: node init-runner.mjs <bundle>');
const start = performance.now();
const loaded = await import(pathToFileURL(bundle).href);
const end = performance.now();
if (typeof loaded.handler !== 'function') throw new Error(`${bundle} exports no handler`);
console.log(JSON.stringify({ importMs: end - start, readyMs: end }));
