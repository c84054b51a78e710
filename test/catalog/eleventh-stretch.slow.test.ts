/**
 * The recipe for an eleventh stretch (README, "What a change touches"), on a temporary copy of
 * the stretch folders: its three files and scripts/stretch-lists.ts are all it takes to be
 * listed everywhere and compile, while one missing its words or its drawing, or words and a
 * drawing without a structure, are named by the compiler. Slow: it runs the compiler four times.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { STRETCH_IDS } from '../../skill/catalog/types';
import { exportName, REPO, staleStretchLists, stretchListFiles, writeStretchLists } from '../../scripts/stretch-lists';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** The folders the lists are made from, and what their types need, copied to a temporary folder. */
function copyOfTheStretchFolders(): string {
  const root = mkdtempSync(join(tmpdir(), 'stretch-lists-'));
  copies.push(root);
  for (const dir of ['skill/catalog', 'skill/text/en/catalog/stretches', 'web/illustrations']) {
    cpSync(join(REPO, dir), join(root, dir), { recursive: true });
  }
  return root;
}

/** A stretch the catalog does not have, and the name its files export. */
const NEW_ID = 'an-eleventh-stretch';
const NEW_NAME = 'anEleventhStretch';
/** The stretch that is last now, which the new one follows. */
const LAST_ID = STRETCH_IDS[STRETCH_IDS.length - 1]!;
const LAST_NAME = exportName(LAST_ID);

/** An eleventh stretch as its author writes it: three files, made here from the side stretch's. */
function addEleventhStretch(root: string): void {
  const from = (path: string): string =>
    readFileSync(join(root, path.replace(NEW_ID, 'side-stretch')), 'utf8').replaceAll('sideStretch', NEW_NAME).replaceAll("'side-stretch'", `'${NEW_ID}'`);
  const structure = `skill/catalog/stretches/${NEW_ID}.ts`;
  writeFileSync(join(root, structure), from(structure).replace(/guideOrder: \d+/, `guideOrder: ${STRETCH_IDS.length + 1}`));
  for (const path of [`skill/text/en/catalog/stretches/${NEW_ID}.ts`, `web/illustrations/poses/${NEW_ID}.ts`]) writeFileSync(join(root, path), from(path));
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  skipLibCheck: true,
  noEmit: true,
};
const host = ts.createCompilerHost(COMPILER_OPTIONS);
/** The standard library's declarations, parsed once for every program below. */
const libFiles = new Map<string, ts.SourceFile | undefined>();
const readSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, languageVersion, ...rest) => {
  if (!fileName.startsWith(dirname(ts.getDefaultLibFilePath(COMPILER_OPTIONS)))) return readSourceFile(fileName, languageVersion, ...rest);
  if (!libFiles.has(fileName)) libFiles.set(fileName, readSourceFile(fileName, languageVersion, ...rest));
  return libFiles.get(fileName);
};

/** The compiler's errors for the generated lists of the copy (and everything they import). */
async function typeErrors(root: string): Promise<string[]> {
  const roots = (await stretchListFiles(root)).map((file) => join(root, file.path));
  const program = ts.createProgram(roots, COMPILER_OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

describe('an eleventh stretch', () => {
  it('list an eleventh stretch made of its three files everywhere, last, and it compiles', { timeout: 120_000 }, async () => {
    const root = copyOfTheStretchFolders();
    expect(await typeErrors(root)).toEqual([]);
    addEleventhStretch(root);
    expect(await staleStretchLists(root)).toEqual([
      'skill/catalog/stretches/ids.ts',
      'skill/catalog/stretches/list.ts',
      'skill/text/en/catalog/stretches/index.ts',
      'web/illustrations/poses/index.ts',
    ]);
    await writeStretchLists(root);
    const list = (path: string): string => readFileSync(join(root, path), 'utf8');
    expect(list('skill/catalog/stretches/ids.ts')).toContain(`  '${LAST_ID}',\n  '${NEW_ID}',\n] as const;`);
    expect(list('skill/catalog/stretches/list.ts')).toContain(`  ${LAST_NAME},\n  ${NEW_NAME},\n];`);
    expect(list('skill/text/en/catalog/stretches/index.ts')).toContain(`  '${LAST_ID}': ${LAST_NAME},\n  '${NEW_ID}': ${NEW_NAME},\n};`);
    expect(list('skill/text/en/catalog/stretches/index.ts')).toContain(`  '${LAST_ID}': ${LAST_NAME}Drawing,\n  '${NEW_ID}': ${NEW_NAME}Drawing,\n};`);
    expect(list('web/illustrations/poses/index.ts')).toContain(`  '${LAST_ID}': ${LAST_NAME},\n  '${NEW_ID}': ${NEW_NAME},\n};`);
    expect(await typeErrors(root)).toEqual([]);
    expect(await staleStretchLists(root)).toEqual([]);
  });

  it('leave out a file that is gone, so the compiler names a stretch without words or without a drawing', { timeout: 120_000 }, async () => {
    const root = copyOfTheStretchFolders();
    addEleventhStretch(root);
    unlinkSync(join(root, `skill/text/en/catalog/stretches/${NEW_ID}.ts`));
    unlinkSync(join(root, `web/illustrations/poses/${NEW_ID}.ts`));
    await writeStretchLists(root);
    expect(readFileSync(join(root, 'skill/text/en/catalog/stretches/index.ts'), 'utf8')).not.toContain(NEW_ID + "'");
    const errors = await typeErrors(root);
    expect(errors).toHaveLength(3);
    for (const error of errors) expect(error).toContain(`Property '"${NEW_ID}"' is missing`);
  });

  it('make the compiler name words or a drawing for a stretch that has no structure', { timeout: 120_000 }, async () => {
    const root = copyOfTheStretchFolders();
    addEleventhStretch(root);
    unlinkSync(join(root, `skill/catalog/stretches/${NEW_ID}.ts`));
    await writeStretchLists(root);
    expect(readFileSync(join(root, 'skill/catalog/stretches/ids.ts'), 'utf8')).not.toContain(NEW_ID);
    const errors = await typeErrors(root);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const error of errors) expect(error).toMatch(new RegExp(`'${NEW_ID}'.*does not exist in type 'Readonly<Record<"${STRETCH_IDS[0]}"`));
  });

  it("in a second language is one more words file, and its folder's index names a stretch it lacks", { timeout: 120_000 }, async () => {
    const root = copyOfTheStretchFolders();
    addEleventhStretch(root);
    // A second language's words folder, shaped like English's (its words would be its own).
    cpSync(join(root, 'skill/text/en/catalog/stretches'), join(root, 'skill/text/xx/catalog/stretches'), { recursive: true });
    unlinkSync(join(root, `skill/text/xx/catalog/stretches/${NEW_ID}.ts`));
    expect((await stretchListFiles(root)).map((file) => file.path)).toContain('skill/text/xx/catalog/stretches/index.ts');
    await writeStretchLists(root);
    const errors = await typeErrors(root);
    expect(errors).toHaveLength(2);
    for (const error of errors) expect(error).toContain(`Property '"${NEW_ID}"' is missing`);
    writeFileSync(join(root, `skill/text/xx/catalog/stretches/${NEW_ID}.ts`), readFileSync(join(root, `skill/text/en/catalog/stretches/${NEW_ID}.ts`), 'utf8'));
    await writeStretchLists(root);
    expect(await typeErrors(root)).toEqual([]);
  });
});
