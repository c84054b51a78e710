/** The house-rules check (scripts/check-imports.mjs) holds for the tree and catches each kind of break. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations (it runs before TypeScript in npm test).
import { brokenRules } from '../../scripts/check-imports.mjs';

const check = brokenRules as (root?: string) => string[];
let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'house-rules-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('house rules', () => {
  it('hold in this repository', () => {
    expect(check()).toEqual([]);
  });

  it('accept a pure core and faces that import it', () => {
    const root = tree({
      'skill/catalog/a.ts': "import { b } from './b';\nexport const a = b;",
      'skill/catalog/b.ts': 'export const b = 1;',
      'lambda/x.ts': "import { a } from '../skill/catalog/a';\nimport { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
      'web/y.tsx': "import { a } from '../skill/catalog/a';\nimport { Hono } from 'hono';",
    });
    expect(check(root)).toEqual([]);
  });

  it('catch skill/ reaching a face, a package, a Node built-in or a type from ASK', () => {
    const root = tree({
      'skill/a.ts': "import { h } from '../lambda/h';",
      'skill/b.ts': "import { readFileSync } from 'node:fs';",
      'skill/c.ts': "import type { Response } from 'ask-sdk-model';",
      'skill/d.ts': "export { x } from '../web/x';",
      'skill/e.ts': "const m = await import('hono');",
    });
    const broken = check(root);
    expect(broken).toHaveLength(5);
    expect(broken.join('\n')).toMatch(/skill\/a\.ts imports '\.\.\/lambda\/h'/);
    expect(broken.join('\n')).toMatch(/skill\/b\.ts imports 'node:fs'/);
    expect(broken.join('\n')).toMatch(/skill\/c\.ts imports 'ask-sdk-model'/);
    expect(broken.join('\n')).toMatch(/skill\/d\.ts imports '\.\.\/web\/x'/);
    expect(broken.join('\n')).toMatch(/skill\/e\.ts imports 'hono'/);
  });

  it('catch lambda/ and web/ importing each other or the local run', () => {
    const root = tree({
      'lambda/a.ts': "import { page } from '../web/page';",
      'web/b.ts': "import { h } from '../lambda/h';",
      'web/c.ts': "import { run } from '../local/run';",
    });
    expect(check(root)).toHaveLength(3);
  });

  it('catch words taken from a language folder instead of through textsFor', () => {
    const root = tree({
      'skill/text/locale.ts': "import { english } from './en/index';",
      'skill/text/en/index.ts': "import * as cards from './cards';",
      'skill/conversation/a.ts': "import { textsFor } from '../text/locale';",
      'skill/conversation/b.ts': "import { HELLO } from '../text/en/hello';",
      'lambda/c.ts': "import type { english } from '../skill/text/en/index';",
      'web/d.tsx': "import { TITLE } from '../skill/text/en/web/home';",
    });
    const broken = check(root);
    expect(broken).toHaveLength(3);
    expect(broken.join('\n')).toMatch(/skill\/conversation\/b\.ts imports '\.\.\/text\/en\/hello': words come through/);
    expect(broken.join('\n')).toMatch(/lambda\/c\.ts/);
    expect(broken.join('\n')).toMatch(/web\/d\.tsx/);
  });
});
