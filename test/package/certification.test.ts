/** docs/CERTIFICATION.md stays a real map: every row names a test file that exists, or says n/a or manual. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const doc = readFileSync(join(repo, 'docs', 'CERTIFICATION.md'), 'utf8');

/** The checklist rows: "| P1 | requirement | how | shown by |". */
const rows = doc
  .split('\n')
  .filter((line) => /^\| [PSFV]\d+ \|/.test(line))
  .map((line) => {
    const cells = line.split('|').map((c) => c.trim());
    return { id: cells[1] ?? '', requirement: cells[2] ?? '', how: cells[3] ?? '', shownBy: cells[4] ?? '' };
  });

describe('docs/CERTIFICATION.md', () => {
  it('covers the four checklists', () => {
    for (const prefix of ['P', 'S', 'F', 'V']) expect(rows.filter((r) => r.id.startsWith(prefix)).length, prefix).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('names, for every item, a test file that exists, or says n/a or manual', () => {
    for (const row of rows) {
      const files = [...row.shownBy.matchAll(/`(test\/[^`]+\.ts)`/g)].map((m) => m[1]!);
      const marked = /\bn\/a\b|\*\*manual\*\*/.test(row.shownBy) || /\*\*n\/a\*\*/.test(row.how);
      expect(files.length > 0 || marked, `${row.id}: ${row.requirement}`).toBe(true);
      for (const file of files) expect(existsSync(join(repo, file)), `${row.id} names ${file}`).toBe(true);
    }
  });

  it('names the privacy, icon, locale and stamping tests this issue added', () => {
    for (const file of ['test/lambda/privacy.test.ts', 'test/web/skill-icons.test.ts', 'test/lambda/conversation.locales.test.ts', 'test/package/publishing.test.ts', 'test/web/safety-page.test.ts']) {
      expect(doc).toContain(file);
    }
  });
});
