/** Absolute paths inside the repository, independent of the directory cdk runs from. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export function repoPath(relative: string): string {
  return resolve(REPO_ROOT, relative);
}
