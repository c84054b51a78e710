/** Text from outside is cut on character boundaries and stripped of what XML forbids. */
import { describe, expect, it } from 'vitest';
import { renderSsml } from '../../skill/narration/index';
import { cutText, fitLength, xmlSafe, xmlSafeDeep } from '../../skill/text/safe-text';
import { xmlProblems } from '../support/xml-well-formed';

describe('safe text', () => {
  it('removes control characters, U+FFFE/FFFF and lone surrogates, keeps tabs, newlines, emoji and accents', () => {
    expect(xmlSafe('a\u0000b\u001bc\uFFFEd\uFFFFe')).toBe('abcde');
    expect(xmlSafe('half \uD83D and \uDE00 halves')).toBe('half  and  halves');
    expect(xmlSafe('tab\tline\nreturn\r ok 😀 🧘‍♀️ é 日本')).toBe('tab\tline\nreturn\r ok 😀 🧘‍♀️ é 日本');
  });

  it('never cuts an emoji in half, whatever the limit', () => {
    const heard = `${'a'.repeat(59)}🧘‍♀️😀 and more`;
    for (let max = 1; max <= 64; max++) {
      const cut = cutText(heard, max);
      expect(xmlSafe(cut)).toBe(cut);
      expect([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(cut)].length).toBeLessThanOrEqual(max);
      expect(xmlProblems(renderSsml([{ type: 'say', text: cut, role: 'instruction' }], { pace: 'normal' }))).toEqual([]);
    }
    expect(cutText(heard, 60)).toBe(`${'a'.repeat(59)}🧘‍♀️`);
  });

  it('cuts long words at the last space in the second half', () => {
    expect(cutText('one two three four five', 12)).toBe('one two');
  });

  it('fits a length limit in UTF-16 units without ending in half an emoji', () => {
    expect(fitLength('ab😀', 3)).toBe('ab');
    expect(fitLength('ab😀', 4)).toBe('ab😀');
    expect(fitLength('abc', 10)).toBe('abc');
  });

  it('cleans every string in a nested document', () => {
    expect(xmlSafeDeep({ a: ['x\u0000', { b: 'y\uFFFF' }], n: 3 })).toEqual({ a: ['x', { b: 'y' }], n: 3 });
  });

  it('the checker itself catches what Alexa would reject', () => {
    expect(xmlProblems('<speak>fine &amp; good<break time="1s"/></speak>')).toEqual([]);
    expect(xmlProblems('<speak>a\u0000</speak>')).not.toEqual([]);
    expect(xmlProblems('<speak>\uD83D</speak>')).not.toEqual([]);
    expect(xmlProblems('<speak><p>open</speak>')).not.toEqual([]);
    expect(xmlProblems('<speak>a & b</speak>')).not.toEqual([]);
  });
});
