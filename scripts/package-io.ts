/** File I/O for the skill package: skill/deployment.json in, skill/package/* out. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDeployment, type Deployment } from '../skill/package/deployment';
import { buildPackageFiles, packageProblems, toFileText } from '../skill/package/package-files';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PACKAGE_DIR = join(repo, 'skill', 'package');
export const DEPLOYMENT_FILE = join(repo, 'skill', 'deployment.json');

export function readDeployment(path = DEPLOYMENT_FILE): Deployment {
  return parseDeployment(JSON.parse(readFileSync(path, 'utf8')));
}

export function writeDeployment(deployment: Deployment, path = DEPLOYMENT_FILE): void {
  writeFileSync(path, toFileText(deployment));
}

/** Validates and writes every package file for the deployment; exits with the problems when invalid. */
export function writePackage(deployment: Deployment, packageDir = PACKAGE_DIR): void {
  const problems = packageProblems(deployment);
  if (problems.length > 0) {
    console.error(`The generated skill package is invalid (${problems.length} problems):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  for (const file of buildPackageFiles(deployment)) {
    const path = join(packageDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    console.log(`wrote skill/package/${file.path}`);
  }
}
