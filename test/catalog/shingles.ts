/**
 * Word runs ("shingles") for the own-words check: the catalog may share facts with the guide,
 * never a run of SHINGLE_WORDS consecutive words. The guide itself is not stored in the repo;
 * fixtures/guide-shingles.json holds only hashes of its normalised 8-word runs, made by
 * `npx tsx test/catalog/fixtures/make-guide-shingles.ts <path to back-stretching-guide.txt>`.
 */
import { createHash } from 'node:crypto';

export const SHINGLE_WORDS = 8;

/** Lower case words, apostrophes dropped ("child's" -> "childs"), punctuation as spaces. */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
}

export function hashRun(words: string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}

/** Every run of SHINGLE_WORDS consecutive words, as text. */
export function runs(text: string): string[][] {
  const words = normaliseWords(text);
  const out: string[][] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.push(words.slice(i, i + SHINGLE_WORDS));
  return out;
}
