/**
 * The fast tier's global setup: the slow pure builds its workers share (every timeline, the
 * interaction model of every locale, the package files and their problems for the committed
 * deployment) are made here once, before the workers start, and every worker reads the stored
 * result (test/support/built-once.ts). On a miss (a fresh clone, or an edit to a file they are
 * built from) both workers would otherwise build the same thing at the same time (the model
 * builds once per process, and every locale's model, the package files and their problems are
 * separate results).
 * The two builds share no work, so they use both cores: the models in a second process
 * (test/support/prebuild-model.ts), started only when one of them is missing, while this one
 * compiles the timelines. The typecheck beside them is small after an edit (only the projects
 * whose files changed).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs test/support/prebuild-model.ts with tsx; resolves with what went wrong, if anything. */
function buildModelsApart(dir: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/prebuild-model.ts'], {
      cwd: ROOT,
      env: { ...process.env, BUILT_ONCE_DIR: dir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', (error) => resolve(String(error)));
    child.on('close', (code) => resolve(code === 0 ? undefined : errors || `exit ${code}`));
  });
}

export default async function prebuild(): Promise<void> {
  const dir = (process.env.BUILT_ONCE_DIR ??= 'test-results/built-once');
  const { everyTimeline } = await import('../narration/helpers');
  const { buildEveryModel, everyModelBuilt } = await import('./built-model');
  const apart = everyModelBuilt() ? undefined : buildModelsApart(dir);
  everyTimeline();
  const problem = await apart;
  // A build that failed apart is made here, where its error shows (and the tests that read it report it).
  if (problem !== undefined) buildEveryModel();
}
