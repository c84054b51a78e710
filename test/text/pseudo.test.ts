import { describe, expect, it } from 'vitest';
import { PSEUDO_LOCALE, textsFor } from '../../skill/text/locale';
import { pageTextsFor } from '../../skill/text/page-locale';
import { plainWordsIn, pseudoWords } from '../../skill/text/pseudo';

describe('the pseudo-locale', () => {
  const pseudo = textsFor(PSEUDO_LOCALE);
  const pages = pageTextsFor(PSEUDO_LOCALE);

  it('gives English for the published locales and the pseudo texts for qps-ploc', () => {
    expect(textsFor('en-GB').language.number(3)).toBe('three');
    expect(textsFor(undefined).language.number(3)).toBe('three');
    expect(pseudo.language.number(3)).toBe('⟦ţĥŕéé⟧');
  });

  it('leaves no plain word in a text module\'s own sentences, and keeps markup and placeholders', () => {
    expect(plainWordsIn(pages.player.KEYS_NOTE)).toEqual([]);
    expect(pseudoWords('Draw your {side} knee in.<break time="2s"/>')).toBe('⟦Ðŕáŵ ýóúŕ {side} ķñéé íñ.<break time="2s"/>⟧');
  });

  it('does not disguise words passed into a text function from elsewhere', () => {
    expect(plainWordsIn(pages.player.upNext('Cat cow'))).toEqual(['Cat', 'cow']);
    expect(plainWordsIn(pages.player.upNext(pseudo.language.ordinal(2)))).toEqual([]);
  });

  it('finds English left in SSML but not in tags, entities or web addresses', () => {
    expect(plainWordsIn('<speak>⟦Ĥóļð⟧ Hold <break time="3s"/> &amp; https://example.com/cat-cow</speak>')).toEqual(['Hold']);
  });

  it('gives the side words as its own words (the side is an id, not a word passed in)', () => {
    expect(pseudo.language.side('right')).toBe('⟦ŕíĝĥţ⟧');
    expect(plainWordsIn(pseudo.language.side('left'))).toEqual([]);
  });

  it('keeps the speech rate the timing model is fitted to', () => {
    expect(pseudo.language.syllablesPerSecond).toBe(textsFor('en-US').language.syllablesPerSecond);
  });

  it("keeps the rules for counting and comparing words (never shown) and transforms the words people say around a request", () => {
    const english = textsFor('en-US').language;
    expect(pseudo.language.spellNumber(120)).toBe(english.spellNumber(120));
    expect(pseudo.language.syllables('relax')).toBe(english.syllables('relax'));
    expect(pseudo.language.singularKey('poses')).toBe(english.singularKey('poses'));
    const { openers, leadIns, closings, articles } = pseudo.language.requests;
    expect(plainWordsIn([...openers, ...leadIns, ...closings, ...articles, ...pseudo.language.spellings.flat()].join(' '))).toEqual([]);
  });
});
