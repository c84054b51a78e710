/** Small builders for timeline events, so the player's speech reads like speech. */
import type { SayRole, TimelineEvent } from '../narration/types';

/** A spoken sentence; its first letter is capitalised ("cat cow is already…" reads as a sentence on cards and screens too). */
export function say(text: string, role: SayRole = 'instruction'): TimelineEvent {
  return { type: 'say', text: text.charAt(0).toUpperCase() + text.slice(1), role };
}

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
