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
import { DEFAULT_PREFERENCES, ROUTINE_IDS, STRETCH_IDS, type Preferences } from '../../skill/catalog/types';
import { compileRoutine, compileStretch, durationOf, estimateSpeechSeconds, holdStarts, speechPlanSeconds, toSpeechPlan, type Pace } from '../../skill/narration';
import { eventSeconds, silenceFollows } from '../../skill/narration/duration';
import { say } from '../../skill/narration/events';
import type { Timeline } from '../../skill/narration/types';
import { countSyllables, numbersSpelledOut, SPEECH_MODEL } from '../../skill/narration/speech-time';
import type { Language } from '../../skill/text/language';
import { PSEUDO_LOCALE, textsFor, type Texts } from '../../skill/text/locale';
import { aplDocument } from '../../lambda/responses/apl';
import { allEvents, measureHolds, type MeasuredHold } from '../narration/helpers';

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

describe('a narration compiled in a language is timed by its rules', () => {
  const preferencesAt = (pace: Pace): Preferences => ({ ...DEFAULT_PREFERENCES, pace, cueStyle: 'voice' });
  const pauses = (hold: MeasuredHold) => hold.inside.flatMap(({ event }) => (event.type === 'pause' ? [event.seconds] : []));
  const cueTexts = (hold: MeasuredHold) => hold.inside.flatMap(({ event }) => (event.type === 'say' ? [event.text] : []));

  it("sizes each hold's silence so the hold, its cues timed by the language's rule, lasts its target", () => {
    const failures: string[] = [];
    let offByEnglish = 0;
    for (const pace of ['normal', 'slower'] as const) {
      for (const id of STRETCH_IDS) {
        const events = allEvents(compileStretch(id, { preferences: preferencesAt(pace), texts: testTexts }));
        const holds = measureHolds(events, pace, testLanguage);
        for (const hold of holds) {
          if (Math.abs(hold.measured - hold.target) >= 0.3) failures.push(`${id} ${pace} "${hold.label}": ${hold.measured.toFixed(2)} s for ${hold.target} s`);
        }
        // Counted with English's rule, the same silences would not make the targets.
        measureHolds(events, pace).forEach((hold) => {
          if (Math.abs(hold.measured - hold.target) >= 0.3) offByEnglish += 1;
        });
      }
    }
    expect(failures).toEqual([]);
    expect(offByEnglish).toBeGreaterThan(0);
  });

  it("gives a hold other breaks than English's where its cues' syllables count differently", () => {
    let compared = 0;
    for (const id of STRETCH_IDS) {
      const inTest = measureHolds(allEvents(compileStretch(id, { preferences: preferencesAt('normal'), texts: testTexts })), 'normal', testLanguage);
      const inEnglish = measureHolds(allEvents(compileStretch(id, { preferences: preferencesAt('normal') })), 'normal');
      expect(inTest.length).toBe(inEnglish.length);
      inTest.forEach((hold, index) => {
        const englishHold = inEnglish[index]!;
        const cues = cueTexts(hold);
        if (cues.length === 0 || cues.join('|') !== cueTexts(englishHold).join('|')) return;
        if (cues.every((cue) => countSyllables(cue, testLanguage) === countSyllables(cue, english.language))) return;
        compared += 1;
        expect(pauses(hold), `${id} "${hold.label}"`).not.toEqual(pauses(englishHold));
        expect(hold.target).toBe(englishHold.target);
      });
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('sums segments and the whole timeline, and plans the speech and the countdown, by the same rules', () => {
    const timeline = compileRoutine('basic-daily', { preferences: preferencesAt('normal'), texts: testTexts });
    for (const segment of timeline.segments) {
      expect(segment.durationSeconds).toBeCloseTo(durationOf(segment.events, 'normal', testLanguage), 6);
      expect(speechPlanSeconds(toSpeechPlan(segment.events, 'normal', testLanguage))).toBeCloseTo(segment.durationSeconds, 6);
    }
    expect(timeline.durationSeconds).toBeCloseTo(durationOf(allEvents(timeline), 'normal', testLanguage), 6);
    expect(timeline.durationSeconds).not.toBeCloseTo(durationOf(allEvents(timeline), 'normal'), 0);

    const events = timeline.segments[0]!.events;
    const [first] = holdStarts(events, 'normal', testLanguage);
    // Everything said and paused before the first hold, "Hold." losing its last quiet to the hold's silence.
    const said = events.slice(0, events.findIndex((event) => event.type === 'holdStart'));
    const saidSeconds = said.reduce((sum, event, index) => sum + eventSeconds(event, 'normal', event.type === 'say' && silenceFollows(events, index), testLanguage), 0);
    expect(first!.startsAfterSeconds).toBeCloseTo(saidSeconds, 6);
    expect(first!.startsAfterSeconds).not.toBeCloseTo(holdStarts(events, 'normal')[0]!.startsAfterSeconds, 1);
  });
});

describe("the Echo Show's countdown in a language", () => {
  it('starts each countdown when the language, timed by its own rules, has said "Hold."', () => {
    const preferences: Preferences = { ...DEFAULT_PREFERENCES, cueStyle: 'voice' };
    const firstWait = (texts: Texts) => {
      const segment = compileStretch('knee-to-chest', { preferences, texts }).segments[0]!;
      const onMount = (aplDocument({ stretchId: 'knee-to-chest', segment, preferences, texts }).mainTemplate as { items: { onMount: { type: string; delay?: number }[] }[] }).items[0]!.onMount;
      expect(onMount[0]!.type).toBe('Idle');
      return { delay: onMount[0]!.delay!, segment };
    };
    const inTest = firstWait(testTexts);
    expect(inTest.delay).toBe(Math.round(holdStarts(inTest.segment.events, 'normal', testLanguage)[0]!.startsAfterSeconds * 1000));
    const inEnglish = firstWait(english);
    expect(inEnglish.delay).toBe(Math.round(holdStarts(inEnglish.segment.events, 'normal')[0]!.startsAfterSeconds * 1000));
    expect(inTest.delay).not.toBe(inEnglish.delay);
  });
});

describe('the pseudo-locale, English in disguise, is timed as English', () => {
  it('cuts and times every stretch and routine as English does (its accented vowels still count)', () => {
    const pseudo = textsFor(PSEUDO_LOCALE);
    const shape = (timeline: Timeline) => timeline.segments.map((segment) => `${segment.id} ${segment.durationSeconds}`);
    for (const id of STRETCH_IDS) {
      expect(shape(compileStretch(id, { preferences: DEFAULT_PREFERENCES, texts: pseudo })), id).toEqual(shape(compileStretch(id, { preferences: DEFAULT_PREFERENCES })));
    }
    for (const id of ROUTINE_IDS) {
      expect(shape(compileRoutine(id, { preferences: DEFAULT_PREFERENCES, texts: pseudo })), id).toEqual(shape(compileRoutine(id, { preferences: DEFAULT_PREFERENCES })));
    }
  });
});
