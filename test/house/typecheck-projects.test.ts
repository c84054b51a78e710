/**
 * The fast tier's typecheck (`tsc --build tsconfig/fast.json`, scripts/test-fast.mjs) checks the
 * same tree with the same options as tsconfig.json (`npm test`'s one-program check): its
 * projects together hold every file of tsconfig.json, each file in one project, and they change
 * only how the check is split and where it keeps its results.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SOURCE = /\.(ts|tsx|mts|cts)$/;
/** What a project may set beyond tsconfig.json's options: how it is built, and where to. */
const BUILD_OPTIONS = ['composite', 'noEmit', 'emitDeclarationOnly', 'rootDir', 'outDir', 'tsBuildInfoFile'];

interface Config {
  extends?: string;
  compilerOptions?: Record<string, unknown>;
  include?: string[];
  exclude?: string[];
  files?: string[];
  references?: { path: string }[];
}

function readConfig(path: string): Config {
  return JSON.parse(readFileSync(path, 'utf8')) as Config;
}

/** The source files a config's include and exclude (paths from its own folder) select, repo-relative. */
function filesOf(configPath: string): string[] {
  const config = readConfig(configPath);
  const at = dirname(configPath);
  // An exclude that is not set is tsconfig.json's (its paths are from the repo root).
  const inherited = config.exclude === undefined && config.extends ? readConfig(resolve(at, config.extends)).exclude ?? [] : [];
  const excluded = new Set([...(config.exclude ?? []).map((p) => resolve(at, p)), ...inherited.map((p) => resolve(ROOT, p))]);
  const found: string[] = [];
  const walk = (path: string) => {
    if (excluded.has(path) || !existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) if (!name.startsWith('.')) walk(join(path, name));
    } else if (SOURCE.test(path)) found.push(relative(ROOT, path));
  };
  for (const entry of config.include ?? []) walk(resolve(at, entry));
  return found.sort();
}

const solution = join(ROOT, 'tsconfig', 'fast.json');
const projects = (readConfig(solution).references ?? []).map((r) => resolve(dirname(solution), r.path));

describe("the fast tier's typecheck projects", () => {
  it('hold every file tsconfig.json checks, each in one project, and no other', () => {
    const whole = filesOf(join(ROOT, 'tsconfig.json'));
    expect(whole.length).toBeGreaterThan(100);
    const owners = new Map<string, string[]>();
    for (const project of projects) {
      for (const file of filesOf(project)) owners.set(file, [...(owners.get(file) ?? []), relative(ROOT, project)]);
    }
    expect(whole.filter((file) => !owners.has(file)), 'in no project').toEqual([]);
    expect([...owners.keys()].filter((file) => !whole.includes(file)), 'not in tsconfig.json').toEqual([]);
    expect([...owners].filter(([, by]) => by.length > 1).map(([file, by]) => `${file}: ${by.join(', ')}`), 'in two projects').toEqual([]);
  });

  it("use tsconfig.json's options, changing only how they are built", () => {
    expect(projects.length).toBeGreaterThan(1);
    for (const project of projects) {
      const config = readConfig(project);
      expect(resolve(dirname(project), config.extends ?? ''), project).toBe(join(ROOT, 'tsconfig.json'));
      expect(Object.keys(config.compilerOptions ?? {}).filter((option) => !BUILD_OPTIONS.includes(option)), project).toEqual([]);
    }
  });
});
