/**
 * The browser player script, bundled from web/client/player.ts with esbuild once per
 * process (on first request, or when the local server starts) and kept in memory.
 *
 * In a deployment without esbuild at runtime (the web Lambda), a pre-built copy is read from
 * the file named by the PLAYER_SCRIPT_PATH environment variable (written at bundling time
 * with `buildPlayerScript()`).
 */
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { contentHash } from './hash';

export interface PlayerScript {
  code: string;
  etag: string;
}

let cached: Promise<PlayerScript> | undefined;

/** Bundles and minifies the player with esbuild; returns the code. */
export async function buildPlayerScript(): Promise<string> {
  // A variable module name keeps bundlers of the Lambda from pulling esbuild in.
  const esbuildModule = 'esbuild';
  const esbuild = (await import(/* @vite-ignore */ esbuildModule)) as typeof import('esbuild');
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('../client/player.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'none',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for the player');
  return output.text;
}

async function loadPlayerScript(): Promise<PlayerScript> {
  const prebuiltPath = process.env.PLAYER_SCRIPT_PATH;
  const code = prebuiltPath ? await readFile(prebuiltPath, 'utf8') : await buildPlayerScript();
  return { code, etag: `"${contentHash(code)}"` };
}

/** The player script, built at most once per process. A failed build is retried on the next call. */
export function getPlayerScript(): Promise<PlayerScript> {
  if (!cached) {
    cached = loadPlayerScript().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  }
  return cached;
}
