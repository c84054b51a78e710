#!/usr/bin/env node
/**
 * The house rules of ../shared/DESIGN.md as a check (part of `npm test`):
 * - skill/ is pure: it imports nothing from lambda/, web/, infra/, local/, test/, scripts/ or
 *   bench/, and no package (no AWS, ASK, Hono) and no Node built-in (no I/O; skill/ also runs
 *   in the browser player).
 * - lambda/ and web/ never import each other; neither imports local/, infra/, test/, scripts/
 *   or bench/ (those compose or exercise them, never the other way round).
 * - audio/ (the hands-free audio adapters: espeak-ng, Polly, S3, files) builds on skill/ only.
 * - Words come through the text seam: only skill/text/ itself imports a language's folder
 *   (skill/text/en/...); everything else asks `textsFor(locale)` in skill/text/locale.ts, so
 *   a request's locale decides every sentence.
 * Imports are read with TypeScript's own pre-processor (static, dynamic and type-only
 * imports, and re-exports). Prints each broken rule and exits 1; prints one line when all hold.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Required, not imported: importing the 9 MB CommonJS compiler makes Node scan all of it for
// its export names first, which takes longer than the whole check.
const ts = createRequire(import.meta.url)('typescript');

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;

/** Where each top-level folder may not reach: folders, and whether packages/built-ins are allowed. */
const RULES = {
  skill: { folders: ['lambda', 'web', 'infra', 'local', 'test', 'scripts', 'bench'], packages: false },
  lambda: { folders: ['web', 'infra', 'local', 'test', 'scripts', 'bench'], packages: true },
  web: { folders: ['lambda', 'infra', 'local', 'test', 'scripts', 'bench'], packages: true },
  audio: { folders: ['lambda', 'web', 'infra', 'local', 'test', 'scripts', 'bench'], packages: true },
};

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

function topFolder(root, path) {
  const rel = relative(root, path);
  return rel.startsWith('..') ? undefined : rel.split(sep)[0];
}

function isInside(dir, path) {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..');
}

/** True for a path inside a language's folder of the text seam: skill/text/<lang>/... */
function isLanguageFolder(root, path) {
  const rel = relative(join(root, 'skill', 'text'), path);
  return !rel.startsWith('..') && rel.split(sep).length > 1;
}

/** Every import in `root` that breaks a rule, as readable lines. */
export function brokenRules(root = repoRoot) {
  const broken = [];
  for (const [folder, rule] of Object.entries(RULES)) {
    if (!existsSync(join(root, folder))) continue;
    for (const file of sourceFiles(join(root, folder))) {
      const text = readFileSync(file, 'utf8');
      const { importedFiles } = ts.preProcessFile(text, true, true);
      for (const { fileName: spec } of importedFiles) {
        const where = `${relative(root, file)} imports '${spec}'`;
        if (spec.startsWith('.')) {
          const resolved = resolve(dirname(file), spec);
          const target = topFolder(root, resolved);
          if (target === undefined || rule.folders.includes(target)) broken.push(`${where}: ${folder}/ may not import ${target ?? 'outside the repository'}/`);
          else if (isLanguageFolder(root, resolved) && !isInside(join(root, 'skill', 'text'), file)) {
            broken.push(`${where}: words come through skill/text/locale.ts (textsFor), not from a language's folder`);
          }
        } else if (!rule.packages) {
          broken.push(`${where}: ${folder}/ is pure TypeScript (no packages, no Node built-ins)`);
        }
      }
    }
  }
  return broken;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const broken = brokenRules();
  if (broken.length > 0) {
    console.error(`House rules broken (see ../shared/DESIGN.md):\n${broken.map((line) => `  ${line}`).join('\n')}`);
    process.exit(1);
  }
  console.log('House rules hold: skill/ is pure; lambda/ and web/ do not import each other; words come through the text seam.');
}
