import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPackageFiles, builtPackageProblems, committedDeployment } from '../support/built-model';

const packageDir = join(import.meta.dirname, '..', '..', 'skill', 'package');
const deployment = committedDeployment();

describe('committed skill package', () => {
  it('is exactly what the generator produces from the current catalog (run npm run generate:model)', () => {
    const files = builtPackageFiles(deployment);
    expect(files.map((f) => f.path)).toEqual([
      'skill.json',
      'interactionModels/custom/en-US.json',
      'interactionModels/custom/en-GB.json',
      'interactionModels/custom/en-CA.json',
      'interactionModels/custom/en-AU.json',
      'interactionModels/custom/en-IN.json',
    ]);
    for (const file of files) {
      const committed = readFileSync(join(packageDir, file.path), 'utf8');
      expect(JSON.parse(committed), file.path).toEqual(JSON.parse(file.text));
      expect(committed, `${file.path} formatting`).toBe(file.text);
    }
  });

  it('passes the model build rules for every locale and the manifest limits', () => {
    expect(builtPackageProblems(deployment)).toEqual([]);
  });
});
