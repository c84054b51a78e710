/**
 * Bundling step for the web Lambda: writes the browser player script next to the bundled
 * handler, because the Lambda has no esbuild at runtime. The function reads it from
 * PLAYER_SCRIPT_PATH (see web/assets/player-bundle.ts).
 *
 *   tsx infra/write-player-script.ts <output file>
 */
import { writeFile } from 'node:fs/promises';
import { buildPlayerScript } from '../web/assets/player-bundle';

const target = process.argv[2];
if (!target) {
  console.error('usage: tsx infra/write-player-script.ts <output file>');
  process.exit(2);
}
await writeFile(target, await buildPlayerScript(), 'utf8');
