/**
 * The stream's own words (the safety line, how to stop, the closing) come through the text
 * seam: in the pseudo-locale none of them is plain English, and in English they are the
 * sentences the clips are named by.
 */
import { describe, expect, it } from 'vitest';
import { streamSources } from '../../skill/audio/sources';
import { SAFETY } from '../../skill/catalog';
import { compileStretch } from '../../skill/narration/index';
import { DEFAULT_PREFERENCES } from '../../skill/catalog/types';
import { PSEUDO_LOCALE, textsFor } from '../../skill/text/locale';
import { expectNoPlainEnglish } from '../support/pseudo-locale';

const timeline = { ...compileStretch('cat-cow', { preferences: DEFAULT_PREFERENCES }), title: '' };

function spoken(texts = textsFor(undefined)): string[] {
  const sources = streamSources(timeline, { withSafety: true }, texts);
  const edges = [sources[0]!, sources.at(-1)!];
  return edges.flatMap((s) => s.events.flatMap((e) => (e.type === 'say' ? [e.text] : [])));
}

describe("the stream's opening and closing words", () => {
  it('come through the seam: nothing plain in the pseudo-locale', () => {
    for (const line of spoken(textsFor(PSEUDO_LOCALE))) expectNoPlainEnglish('stream opening/closing', line);
  });

  it('are English by default, opening with the short safety line', () => {
    expect(spoken()[0]).toBe(SAFETY.shortSpokenLine);
  });
});
