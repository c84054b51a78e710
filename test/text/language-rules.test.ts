/**
 * The rules for reading what people say and for timing what the voice says come from the
 * language (`texts.language`), not from the code: a test language made from English with its
 * own ways of asking, its own articles, spellings, number words, negation bridge, plural
 * ending and syllable rule is understood in its own phrasing and not in the English one, and
 * the speech-time estimate follows its rules.
 */
import { describe, expect, it } from 'vitest';
import { detectRedFlag, findStretch, lookupKey } from '../../skill/catalog';
import { findOtherStretch } from '../../skill/catalog/others';
import { needFromWords } from '../../skill/conversation/understood';
import { durationOf, estimateSpeechSeconds } from '../../skill/narration';
import { say } from '../../skill/narration/events';
import { countSyllables, numbersSpelledOut, SPEECH_MODEL } from '../../skill/narration/speech-time';
import type { Language } from '../../skill/text/language';
import { textsFor, type Texts } from '../../skill/text/locale';

const english = textsFor('en-US');

const TEST_NUMBERS = ['nulla', 'una', 'due', 'tre', 'quattro', 'cinque'];

/** English words and sentences, but a grammar of its own for reading people and timing the voice. */
const testLanguage: Language = {
  ...english.language,
  code: 'x-test',
  spellNumber: (n) => TEST_NUMBERS[n] ?? (n === 13 ? 'dreizehn' : String(n)),
  syllables: (word) => word.length,
  singularKey: (word) => (word.length > 4 && word.endsWith('en') ? word.slice(0, -2) : word),
  requests: { openers: ['aye'], leadIns: ['pray let us have', 'fetch me'], closings: ['kindly'], articles: ['yon'] },
  spellings: [['cannae', "can't"]],
  negationBridges: new Set(['nary']),
};
const testTexts: Texts = { ...english, language: testLanguage };

describe('reading a request by the language\'s words around it', () => {
  it('finds the need inside the language\'s own lead-in, article and closing, not inside the English ones', () => {
    expect(needFromWords('aye pray let us have yon lumbar kindly', testTexts)).toEqual({ kind: 'area', area: 'lower back' });
    expect(needFromWords('fetch me lumbar', testTexts)).toEqual({ kind: 'area', area: 'lower back' });
    expect(needFromWords('could we do the lumbar please', testTexts)).toBeUndefined();

    expect(needFromWords('could we do the lumbar please', english)).toEqual({ kind: 'area', area: 'lower back' });
    expect(needFromWords('pray let us have yon lumbar', english)).toBeUndefined();
  });

  it('names a stretch we do not have inside the language\'s own lead-in and article', () => {
    expect(findOtherStretch('pray let us have yon downward dog', testTexts)?.id).toBe('downward-dog');
    expect(findOtherStretch('do the downward dog', testTexts)).toBeUndefined();

    expect(findOtherStretch('do the downward dog', english)?.id).toBe('downward-dog');
    expect(findOtherStretch('pray let us have yon downward dog', english)).toBeUndefined();
  });
});

describe('normalising what was heard by the language\'s rules', () => {
  it('reads digits as the language\'s number words', () => {
    expect(findStretch('figure quattro', testTexts)?.id).toBe('piriformis-stretch');
    expect(findStretch('figure 4', testTexts)?.id).toBe('piriformis-stretch');
    expect(findStretch('figure quattro', english)?.id).not.toBe('piriformis-stretch');
    expect(findStretch('figure 4', english)?.id).toBe('piriformis-stretch');
  });

  it('gives words said several ways the language\'s one spelling before looking for warning signs', () => {
    expect(detectRedFlag('i cannae feel my toes', testTexts)?.id).toBe('leg-numbness');
    expect(detectRedFlag('i cannae feel my toes', english)).toBeUndefined();
    expect(detectRedFlag('i cannot feel my toes', english)?.id).toBe('leg-numbness');
  });

  it('lets a negation reach across the language\'s own bridge words only', () => {
    expect(detectRedFlag("i don't have nary tingling", testTexts)).toBeUndefined();
    expect(detectRedFlag("i don't have any tingling", testTexts)?.id).toBe('leg-numbness');

    expect(detectRedFlag("i don't have any tingling", english)).toBeUndefined();
    expect(detectRedFlag("i don't have nary tingling", english)?.id).toBe('leg-numbness');
  });

  it('drops the language\'s plural ending when comparing names', () => {
    const { stretchTailWords, fillerWords } = english.catalog.matching;
    expect(lookupKey('the sphinxen', stretchTailWords, fillerWords, testLanguage)).toBe('sphinx');
    expect(lookupKey('the sphinxes poses', stretchTailWords, fillerWords, testLanguage)).toBe('sphinxes');
    expect(lookupKey('the sphinxen', stretchTailWords, fillerWords, english.language)).toBe('sphinxen');
    expect(lookupKey('the sphinx poses', stretchTailWords, fillerWords, english.language)).toBe('sphinx');
  });
});

describe('the speech-time estimate by the language\'s rules', () => {
  const line = 'Hold your knee for 13 seconds.';

  it('counts English unless told otherwise', () => {
    expect(estimateSpeechSeconds(line, 'normal', false, english.language)).toBe(estimateSpeechSeconds(line, 'normal'));
    expect(countSyllables(line)).toBe(1 + 1 + 1 + 1 + 2 + 2);
  });

  it("counts the language's syllables: each one is the model's syllable time", () => {
    const extraSyllables = countSyllables(line, testLanguage) - countSyllables(line, english.language);
    expect(countSyllables(line, testLanguage)).toBe(4 + 4 + 4 + 3 + 'dreizehn'.length + 7);
    for (const pace of ['normal', 'slower'] as const) {
      const difference = estimateSpeechSeconds(line, pace, false, testLanguage) - estimateSpeechSeconds(line, pace, false, english.language);
      const letterDifference = ('dreizehn'.length - 'thirteen'.length) * SPEECH_MODEL[pace].secondsPerLetter;
      expect(difference).toBeCloseTo(extraSyllables * SPEECH_MODEL[pace].secondsPerSyllable + letterDifference, 6);
    }
  });

  it('times a number as the words the language says for it', () => {
    expect(numbersSpelledOut(line, testLanguage)).toBe('Hold your knee for dreizehn seconds.');
    expect(estimateSpeechSeconds(line, 'normal', true, testLanguage)).toBeCloseTo(
      estimateSpeechSeconds('Hold your knee for dreizehn seconds.', 'normal', true, testLanguage),
      6,
    );
  });

  it('sums a timeline by the language it is given', () => {
    const events = [say(line), say('Relax.')];
    expect(durationOf(events, 'normal', testLanguage)).toBeGreaterThan(durationOf(events, 'normal'));
    expect(durationOf(events, 'normal', english.language)).toBe(durationOf(events, 'normal'));
  });
});
