/** Small builders for timeline events, so the player's speech reads like speech. */
import { say } from '../narration/events';
import type { TimelineEvent } from '../narration/types';
import type { Texts } from '../text/texts';

export { say };

export function prompt(text: string): TimelineEvent[] {
  return [say(text, 'prompt')];
}

/** "about 12 minutes", "less than a minute". */
export function spokenDuration(seconds: number, texts: Texts): string {
  const { durations } = texts;
  if (seconds < 60) return durations.LESS_THAN_A_MINUTE;
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? durations.ABOUT_A_MINUTE : durations.aboutMinutes(minutes);
}

/** "a, b and c". */
export function spokenList(items: readonly string[], texts: Texts): string {
  return texts.language.list(items);
}
