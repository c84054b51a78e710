/**
 * The words a person says for a situation ("could we do the lumbar please") are read in the
 * request's language: the lead-ins and articles dropped are that language's own.
 */
import type { Intent } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { commandForIntent } from '../../lambda/handlers/commands';
import type { Language } from '../../skill/text/language';
import { textsFor, type Texts } from '../../skill/text/locale';

const english = textsFor('en-US');
const testLanguage: Language = {
  ...english.language,
  code: 'x-test',
  requests: { openers: [], leadIns: ['pray let us have'], closings: [], articles: ['yon'] },
};
const testTexts: Texts = { ...english, language: testLanguage };

function situationSaid(words: string): Intent {
  return { name: 'StartForIntent', confirmationStatus: 'NONE', slots: { situation: { name: 'situation', value: words, confirmationStatus: 'NONE' } } };
}

describe('a situation said in words', () => {
  it("is read with the request's language's lead-ins and articles", () => {
    const lowerBack = { type: 'understood', what: { kind: 'need', need: { kind: 'area', area: 'lower back' } } };
    expect(commandForIntent(situationSaid('pray let us have yon lumbar'), testTexts)).toEqual(lowerBack);
    expect(commandForIntent(situationSaid('could we do the lumbar'), english)).toEqual(lowerBack);
    expect(commandForIntent(situationSaid('could we do the lumbar'), testTexts)).toEqual({ type: 'understood', what: { kind: 'need', heard: 'could we do the lumbar' } });
  });
});
