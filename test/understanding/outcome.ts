/**
 * Did the person get what they needed? Each check reads what Alexa said (the words of the
 * SSML) and, where the outcome is a change, what is stored for the person afterwards.
 */
import { getRoutine, getStretch, isRoutineId, SAFETY, STRETCHES } from '../../skill/catalog/index';
import type { RedFlagUrgency, RoutineId, StretchId } from '../../skill/catalog/types';
import type { UserState } from '../../skill/conversation/types';
import { acknowledgements } from '../../skill/text/en/feelings';
import { floor } from '../../skill/text/en/in-routine';
import { QUESTION_ANSWERS } from '../../skill/text/en/questions';
import type { Control, Expect, Topic } from './corpus/dsl';

export interface Heard {
  /** The words Alexa said, lower case. */
  said: string;
  ended: boolean;
  before: UserState | undefined;
  after: UserState | undefined;
}

/** A text as the said words are compared: lower case, single spaces. */
const comparable = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
const has = (said: string, text: string): boolean => said.includes(comparable(text));

/** The first two sentences of a group's advice: enough to know which advice it is. */
function adviceStem(advice: string): string {
  return advice.split(/(?<=\.)\s+/).slice(0, 2).join(' ');
}

/** Each red-flag group's advice stem, as `has` compares it (made once, not per phrase). */
const ADVICE_STEMS = SAFETY.redFlags.map((g) => ({ urgency: g.urgency, stem: comparable(adviceStem(g.advice)) }));

export function triageOf(said: string): RedFlagUrgency | undefined {
  const groups = ADVICE_STEMS.filter((g) => said.includes(g.stem));
  const rank: RedFlagUrgency[] = ['urgent', 'soon', 'stop-stretch'];
  return rank.find((u) => groups.some((g) => g.urgency === u));
}

function nameOf(id: RoutineId | StretchId): string {
  return isRoutineId(id) ? getRoutine(id).spokenName : getStretch(id as StretchId).spokenName;
}

/** Started (still playing, or a one-part stretch already done and counted) and said so. */
function started(h: Heard, ids: (RoutineId | StretchId)[]): boolean {
  const active = h.after?.active;
  const playingNow = active && active.segmentIndex >= 1 && ids.includes(active.id) ? active.id : undefined;
  const justDone = (h.after?.history.length ?? 0) > (h.before?.history.length ?? 0) ? h.after?.history[0] : undefined;
  const id = playingNow ?? (justDone?.completed && ids.includes(justDone.id) ? justDone.id : undefined);
  return id !== undefined && has(h.said, `let's do`) && has(h.said, nameOf(id));
}

const index = (s: UserState | undefined) => s?.active?.segmentIndex ?? -1;

const CONTROL_CHECKS: Record<Control, (h: Heard) => boolean> = {
  pause: (h) => h.after?.active?.paused === true && (has(h.said, 'paused') || has(h.said, "let's take a break")),
  next: (h) => index(h.after) === index(h.before) + 1 && !has(h.said, 'skipping') && !h.ended,
  resume: (h) => index(h.after) === index(h.before) + 1 && h.after?.active?.paused === false,
  // Back to the start of the previous stretch (both sides of a stretch may be one segment or two).
  previous: (h) => index(h.after) < index(h.before) && has(h.said, 'going back'),
  repeat: (h) => index(h.after) === index(h.before) && has(h.said, 'once more'),
  stop: (h) => h.ended && h.after?.active?.id === h.before?.active?.id && has(h.said, 'saved your place'),
  'how-long': (h) => /left, with|that was the last one/.test(h.said),
  slower: (h) => h.after?.preferences.pace === 'slower',
  'which-side': (h) => /side/.test(h.said) && (has(h.said, 'is next') || has(h.said, 'both sides') || has(h.said, 'no side to switch')),
  feel: (h) => /you should feel|you'll feel|feel a gentle/.test(h.said),
  purpose: (h) => {
    const id = h.before?.active ? lastStretch(h.before) : undefined;
    return id !== undefined && has(h.said, getStretch(id).summary);
  },
  floor: (h) => has(h.said, floor.intro),
  easier: (h) => h.after?.active?.variant === 'easier' || has(h.said, 'no easier version'),
  harder: (h) => h.after?.active?.variant === 'harder' || has(h.said, 'no harder version'),
  skip: (h) => has(h.said, 'skipping'),
  'longer-holds': (h) => h.after?.preferences.holdLength === 'longer',
  'shorter-holds': (h) => h.after?.preferences.holdLength === 'shorter',
  'whats-next': (h) => has(h.said, 'next is') && index(h.after) === index(h.before),
  'start-over': (h) => has(h.said, 'from the top'),
  help: (h) => has(h.said, 'you can') && !has(h.said, "didn't catch"),
};

/** The stretch last played in the person's session (segmentIndex - 1). */
function lastStretch(state: UserState): StretchId | undefined {
  const active = state.active;
  if (!active) return undefined;
  if (active.kind === 'stretch') return active.id as StretchId;
  const items = getRoutine(active.id as RoutineId).items;
  // The daily routine's segments: one per stretch, two for sided ones (right, left).
  const segments = items.flatMap((item) => (getStretch(item.stretchId).sided ? [item.stretchId, item.stretchId] : [item.stretchId]));
  return segments[Math.max(0, active.segmentIndex - 1)];
}

const TOPIC_CHECKS: Record<Topic, (h: Heard) => boolean> = {
  'how-often': (h) => has(h.said, QUESTION_ANSWERS['how-often'][0]!),
  pregnancy: (h) => has(h.said, QUESTION_ANSWERS.pregnancy[0]!),
  surgery: (h) => has(h.said, QUESTION_ANSWERS.surgery[0]!),
  condition: (h) => has(h.said, QUESTION_ANSWERS.condition[0]!),
  'heat-ice': (h) => has(h.said, QUESTION_ANSWERS['heat-ice'][0]!),
  surface: (h) => has(h.said, QUESTION_ANSWERS.surface[0]!),
  when: (h) => has(h.said, SAFETY.whenToStretch[0]!),
  benefits: (h) => has(h.said, 'stretching keeps your back moving') || STRETCHES.some((s) => has(h.said, s.summary)),
  disclaimer: (h) => has(h.said, SAFETY.fullDisclaimer[0]!),
  'see-a-doctor': (h) => has(h.said, "here's when to get help with your back"),
  tip: (h) => has(h.said, "here's a tip"),
  list: (h) => has(h.said, 'routines:') && has(h.said, 'stretches:'),
};

export function meets(expect: Expect, h: Heard): boolean {
  if ('start' in expect) return started(h, expect.start);
  if ('triage' in expect) {
    const want: RedFlagUrgency = expect.triage === 'ease-out' ? 'stop-stretch' : expect.triage;
    return triageOf(h.said) === want;
  }
  if ('notOurs' in expect) return /don't have|don't know a stretch/.test(h.said) && expect.notOurs.some((id) => has(h.said, getStretch(id).spokenName));
  if ('control' in expect) return CONTROL_CHECKS[expect.control](h);
  if ('answer' in expect) return TOPIC_CHECKS[expect.answer](h);
  return acknowledgements.some((a) => has(h.said, a));
}

