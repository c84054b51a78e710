/** Small builders for timeline events, so the player's speech reads like speech. */
import { say } from '../narration/events';
import type { TimelineEvent } from '../narration/types';

export { say };

export function prompt(text: string): TimelineEvent[] {
  return [say(text, 'prompt')];
}

/** "about 12 minutes", "less than a minute". */
export function spokenDuration(seconds: number): string {
  if (seconds < 60) return 'less than a minute';
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? 'about a minute' : `about ${minutes} minutes`;
}

/** "a, b and c". */
export function spokenList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
