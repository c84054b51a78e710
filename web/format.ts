/**
 * Display formatting shared by the companion pages: durations, ranges and counts in the
 * words of `texts` (skill/text/en/web/durations.ts); this file only decides which form fits.
 */
import type { GuideRange } from '../skill/catalog/types';
import type { PageTexts } from '../skill/text/page-locale';

/** 30 -> "30 seconds", 60 -> "1 minute", 120 -> "2 minutes", 90 -> "1 min 30 s". */
export function formatSeconds(seconds: number, texts: PageTexts): string {
  return texts.web.durations.seconds(seconds);
}

/**
 * A guide range of seconds: "20–30 seconds", "30 seconds to 2 minutes", "5 seconds".
 * Uses an en dash between numbers of the same unit.
 */
export function formatSecondsRange(range: Pick<GuideRange, 'min' | 'max'>, texts: PageTexts): string {
  const words = texts.web.durations;
  if (range.min === range.max) return words.seconds(range.min);
  if (range.max < 60) return words.secondsRange(range.min, range.max);
  if (range.min % 60 === 0 && range.max % 60 === 0) return words.minutesRange(range.min / 60, range.max / 60);
  return words.lengthRange(words.seconds(range.min), words.seconds(range.max));
}

/** A count range: "2–3", "10". */
export function formatCountRange(range: Pick<GuideRange, 'min' | 'max'>, texts: PageTexts): string {
  return range.min === range.max ? `${range.min}` : texts.web.durations.countRange(range.min, range.max);
}

/** An estimated total, rounded for people: "about 4 minutes", "about 45 seconds". */
export function formatAbout(seconds: number, texts: PageTexts): string {
  return texts.web.durations.about(seconds);
}
