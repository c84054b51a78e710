/**
 * Slow pure builds (the interaction model, every timeline) built once and reused by the fast
 * tier's workers and by its next runs, instead of once per worker and run.
 *
 * A result is kept in test-results/built-once/<name>-<key>.json, where the key is a hash of
 * every source file the build reads: the entry files and, followed through their relative
 * imports, everything they import (skill/ imports nothing else: the house rules hold it to
 * that). Any change to one of them gives a new key, so the build runs again and its result is
 * checked as before; an unchanged build gives the same result, because it is pure. Only the
 * fast tier (vitest.fast.config.ts sets BUILT_ONCE_DIR) keeps results; `npm test` builds
 * every time. Results are JSON data (what the builds return is plain data).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Relative imports and re-exports, static and dynamic: `from './x'`, `import './x'`, `import('./x')`. */
const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveImport(fromFile: string, spec: string): string | undefined {
  const base = resolve(dirname(fromFile), spec);
  for (const ending of CANDIDATES) {
    const path = base + ending;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

/** Every file the entries read, entries included, as repo-relative paths with their text. */
export function sourceGraph(entries: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  const pending = entries.map((entry) => resolve(ROOT, entry));
  while (pending.length > 0) {
    const path = pending.pop() as string;
    const name = relative(ROOT, path);
    if (files.has(name)) continue;
    const text = readFileSync(path, 'utf8');
    files.set(name, text);
    if (!/\.(ts|tsx|mts|js|mjs)$/.test(path)) continue;
    for (const [, spec] of text.matchAll(RELATIVE_IMPORT)) {
      const target = spec ? resolveImport(path, spec) : undefined;
      // An import that resolves to nothing still counts: its words are in the importer's text.
      if (target) pending.push(target);
    }
  }
  return files;
}

const sourceDigests = new Map<string, string>();

/**
 * A hash of the name and text of every file the entries read, made once per process for each
 * set of entries (several builds read the same sources: every locale's model, the package files
 * and their problems), like the keys below.
 */
function sourceDigest(entries: readonly string[]): string {
  const asked = entries.join('\n');
  let digest = sourceDigests.get(asked);
  if (digest === undefined) {
    const hash = createHash('sha256');
    // This file decides how results are kept, so it is one of every build's sources.
    for (const [file, text] of [...sourceGraph([...entries, 'test/support/built-once.ts'])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      hash.update(`${file}\n${text.length}\n${text}\n`);
    }
    digest = hash.digest('hex');
    sourceDigests.set(asked, digest);
  }
  return digest;
}

/** A hash of the build's name and arguments and of the name and text of every file it reads. */
export function buildKey(name: string, entries: readonly string[], args: unknown = null): string {
  return createHash('sha256').update(`${name}\n${JSON.stringify(args)}\n${sourceDigest(entries)}\n`).digest('hex').slice(0, 24);
}

const keys = new Map<string, string>();
const keptText = new Map<string, string>();

/**
 * `build()`'s result, read from the fast tier's store when the same sources built it before
 * (a fresh copy each call), else built now (and stored, in the fast tier).
 * `entries` are the repo-relative files whose import graph holds everything the build reads;
 * `args`, JSON data, are what the build is given besides them.
 */
export function builtOnce<T>(name: string, entries: readonly string[], build: () => T, args: unknown = null): T {
  const dir = process.env.BUILT_ONCE_DIR;
  if (!dir) return build();
  const asked = `${name}\n${entries.join('\n')}\n${JSON.stringify(args)}`;
  const key = keys.get(asked) ?? buildKey(name, entries, args);
  keys.set(asked, key);
  const path = join(resolve(ROOT, dir), `${name}-${key}.json`);
  const known = keptText.get(path) ?? (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  if (known !== undefined) {
    try {
      const value = JSON.parse(known) as T;
      keptText.set(path, known);
      return value;
    } catch {
      // A damaged file: build again below.
    }
  }
  const value = build();
  const text = JSON.stringify(value);
  keptText.set(path, text);
  mkdirSync(dirname(path), { recursive: true });
  // Written whole, then renamed: a worker reading at the same time sees all of it or nothing.
  const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, path);
  // Results of earlier sources are not needed again.
  for (const file of readdirSync(dirname(path))) {
    if (file.startsWith(`${name}-`) && file.endsWith('.json') && file !== `${name}-${key}.json` && /^[0-9a-f]{24}\.json$/.test(file.slice(name.length + 1))) {
      rmSync(join(dirname(path), file), { force: true });
    }
  }
  return JSON.parse(text) as T;
}
