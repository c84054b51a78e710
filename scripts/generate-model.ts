/**
 * Writes the ASK skill package generated from the catalog:
 *   skill/package/skill.json
 *   skill/package/interactionModels/custom/<locale>.json
 * Refuses to write a package that fails validation. Run: npm run generate:model
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPackageFiles, packageProblems } from '../skill/package/packageFiles';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'skill', 'package');

const problems = packageProblems();
if (problems.length > 0) {
  console.error(`The generated skill package is invalid (${problems.length} problems):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}

for (const file of buildPackageFiles()) {
  const path = join(packageDir, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
  console.log(`wrote skill/package/${file.path}`);
}
