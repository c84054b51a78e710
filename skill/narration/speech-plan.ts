/**
 * Timeline events -> a plain, JSON-serialisable speech plan for the browser player and the
 * terminal simulator. `hold` entries mark where a hold starts and how long it lasts (for a
 * countdown); they take no time themselves: the pauses and cues after them fill the hold.
 */
import { eventSeconds, roundSeconds, silenceFollows } from './duration';
import type { CountingRules, Pace } from './speech-time';
import type { EventTags, PausePurpose, TimelineEvent } from './types';

export type SpeechPlanEntry =
  | ({ kind: 'say'; text: string; seconds: number } & EventTags)
  | { kind: 'pause'; seconds: number; purpose: PausePurpose }
  | { kind: 'chime'; seconds: number }
  | ({ kind: 'hold'; seconds: number; label: string } & EventTags);

/** The event's tags, without keys that are unset (the plan is JSON). */
function tagsOf(event: EventTags): EventTags {
  return { ...(event.step ? { step: event.step } : {}), ...(event.pose ? { pose: event.pose } : {}) };
}

export type SpeechPlan = SpeechPlanEntry[];

/** `rules`: the language the events speak, whose rules time each line (English unless given). */
export function toSpeechPlan(events: readonly TimelineEvent[], pace: Pace, rules?: CountingRules): SpeechPlan {
  const plan: SpeechPlan = [];
  for (const [index, event] of events.entries()) {
    const seconds = eventSeconds(event, pace, event.type === 'say' && silenceFollows(events, index), rules);
    switch (event.type) {
      case 'say':
        plan.push({ kind: 'say', text: event.text, seconds, ...tagsOf(event) });
        break;
      case 'pause':
        plan.push({ kind: 'pause', seconds, purpose: event.purpose });
        break;
      case 'chime':
        plan.push({ kind: 'chime', seconds });
        break;
      case 'holdStart':
        plan.push({ kind: 'hold', seconds: event.targetSeconds, label: event.label, ...tagsOf(event) });
        break;
      case 'holdEnd':
        break;
    }
  }
  return plan;
}

/** Seconds the plan takes to play: speech, pauses and chimes (hold entries are markers). */
export function speechPlanSeconds(plan: readonly SpeechPlanEntry[]): number {
  let total = 0;
  for (const entry of plan) if (entry.kind !== 'hold') total += entry.seconds;
  return roundSeconds(total);
}
