/**
 * npm run render:audio [-- --all]: renders the hands-free streams locally with espeak-ng into
 * .local/audio (what `npm start` serves at /audio), so the first "play my back routine" does
 * not wait for rendering. Default preferences only; --all renders every preference set, as a
 * deploy does with Polly. Clips already rendered are reused.
 */
import { fileURLToPath } from 'node:url';
import { allPreferences, deployTargets, renderDeployment } from '../audio/deploy';
import { createEspeakEngine } from '../audio/espeak-engine';
import { createFileStore } from '../audio/file-store';
import { DEFAULT_PREFERENCES } from '../skill/catalog/types';

const dir = fileURLToPath(new URL('../.local/audio', import.meta.url));
const all = process.argv.includes('--all');
const started = performance.now();
const result = await renderDeployment(
  { engine: createEspeakEngine(), store: createFileStore(dir), concurrency: 2 },
  deployTargets(all ? allPreferences() : [DEFAULT_PREFERENCES]),
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Rendered ${result.streams} streams into ${dir} in ${seconds} s: ${result.stats.clipsRendered} new clips ` +
    `(${result.stats.clipsReused} reused), ${result.stats.tracksWritten} new tracks of ${result.tracks}.`,
);
