/** Small constructors for timeline events, so builders read like a script. */
import type { PausePurpose, SayRole, TimelineEvent } from './types';
import { PAUSE_STEP_SECONDS } from './pacing';

export function say(text: string, role: SayRole): TimelineEvent {
  return { type: 'say', text, role };
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
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  texts.forEach((text, index) => {
    if (index > 0) events.push(...pause(gapSeconds, 'gap'));
    events.push(say(text, role));
  });
  return events;
}
