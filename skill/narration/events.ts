/** Small constructors for timeline events, so builders read like a script. */
import type { EventTags, PausePurpose, SayEvent, SayRole, TimelineEvent } from './types';
import { PAUSE_STEP_SECONDS } from './pacing';

/**
 * The one builder of spoken lines (narration and the player's answers alike). The first letter
 * is capitalised, so a line opening with a stretch's spoken name ("cat cow is...") reads as a
 * sentence on cards and screens too.
 */
export function say(text: string, role: SayRole = 'instruction', tags: EventTags = {}): SayEvent {
  return { type: 'say', text: text.charAt(0).toUpperCase() + text.slice(1), role, ...tags };
}

/** The same events with tags added to every spoken line and hold start (tags already set win). */
export function tagged(events: readonly TimelineEvent[], tags: EventTags): TimelineEvent[] {
  return events.map((event) =>
    event.type === 'say' || event.type === 'holdStart' ? { ...tags, ...event } : event,
  );
}

/** Rounds pauses to tenths (the SSML renderer writes them as milliseconds). */
export function roundPause(seconds: number): number {
  const steps = Math.round(seconds / PAUSE_STEP_SECONDS);
  return Math.round(steps * PAUSE_STEP_SECONDS * 10) / 10;
}

/** A pause, or nothing when it would round to zero. */
export function pause(seconds: number, purpose: PausePurpose): TimelineEvent[] {
  const rounded = roundPause(seconds);
  return rounded > 0 ? [{ type: 'pause', seconds: rounded, purpose }] : [];
}

/** Spoken steps, one per sentence, with a small gap between them (none after the last). */
export function spokenSteps(
  texts: readonly string[],
  gapSeconds: number,
  role: SayRole = 'instruction',
  tags: EventTags = {},
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  texts.forEach((text, index) => {
    if (index > 0) events.push(...pause(gapSeconds, 'gap'));
    events.push(say(text, role, tags));
  });
  return events;
}
