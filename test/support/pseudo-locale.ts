/**
 * The pseudo-locale seam check: render in `PSEUDO_LOCALE`, then `expectNoPlainEnglish` fails
 * with every word that did not come through skill/text/ (see skill/text/pseudo.ts).
 */
import { expect } from 'vitest';
import { plainWordsIn } from '../../skill/text/pseudo';

export { PSEUDO_LOCALE, textsFor } from '../../skill/text/locale';
export { pageTextsFor } from '../../skill/text/page-locale';
export { plainWordsIn } from '../../skill/text/pseudo';

/**
 * Fails listing the plain English words (with a little context) found in what was rendered.
 * `soft`: the test goes on after the failure (vitest's expect.soft), so one answer's plain words
 * do not hide the next one's.
 */
export function expectNoPlainEnglish(where: string, rendered: string, options: { soft?: boolean } = {}): void {
  const words = plainWordsIn(rendered);
  const context = words.length === 0 ? '' : rendered.slice(Math.max(0, rendered.search(new RegExp(`\\b${words[0]}\\b`)) - 60), rendered.search(new RegExp(`\\b${words[0]}\\b`)) + 80);
  (options.soft ? expect.soft : expect)(words, `${where}: plain English not from skill/text/: ${words.slice(0, 12).join(' ')}\n  …${context}…`).toEqual([]);
}
