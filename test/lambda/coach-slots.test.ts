/**
 * A reminder time said in words is read by the language's words for the two halves of the day,
 * also when they are written straight after the digits ("7pm"): no English left in the reader.
 */
import type { Intent } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { readTime } from '../../lambda/handlers/coach-slots';
import { textsFor, type Texts } from '../../skill/text/locale';

const english = textsFor('en-US');

/** English, but with other words for the afternoon and for the morning's twelve o'clock. */
const testTexts: Texts = { ...english, heard: { ...english.heard, AFTER_NOON_WORDS: ['abends'], BEFORE_NOON_WORD: 'morgens' } };

function timeSaid(value: string): Intent {
  return { name: 'ReminderTimeIntent', confirmationStatus: 'NONE', slots: { time: { name: 'time', value, confirmationStatus: 'NONE' } } };
}

describe('reading a time of day said in words', () => {
  it('puts "7pm" and "7 pm" in the evening and "12am" at midnight in English', () => {
    expect(readTime(timeSaid('7pm'), english)).toEqual({ hour: 19, minute: 0 });
    expect(readTime(timeSaid('7 pm'), english)).toEqual({ hour: 19, minute: 0 });
    expect(readTime(timeSaid('12am'), english)).toEqual({ hour: 0, minute: 0 });
    expect(readTime(timeSaid('eight thirty in the evening'), english)).toEqual({ hour: 20, minute: 30 });
  });

  it("reads the language's own words after the digits, and not the English ones", () => {
    expect(readTime(timeSaid('7abends'), testTexts)).toEqual({ hour: 19, minute: 0 });
    expect(readTime(timeSaid('12morgens'), testTexts)).toEqual({ hour: 0, minute: 0 });
    expect(readTime(timeSaid('7 pm'), testTexts)).toEqual({ hour: 7, minute: 0 });
    expect(readTime(timeSaid('7pm'), testTexts)).toBeUndefined();
  });
});
