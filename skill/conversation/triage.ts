/**
 * Red flags ("my leg is numb", "sharp pain", "I can't control my bladder"): stop at once, speak
 * that group's advice, and offer nothing that continues the exercise in the same turn.
 * - urgent / soon: the session is stopped (noted as unfinished) and the skill ends.
 * - stop-stretch: the session is paused on that stretch; the gentler version is offered
 *   only as a question ("yes" plays it, "no" skips to the next stretch).
 */
import { detectRedFlag, getStretch, localeSafety, SAFETY, safetyIn } from '../catalog/index';
import type { Texts } from '../text/texts';
import type { RedFlagGroup } from '../catalog/types';
import type { PlayerResult } from './commands';
import { recordAbandoned } from './progress';
import { ask, goodbye } from './result';
import { playing } from './session';
import { say } from './speech';
import type { Turn } from './turn';
import type { UserState } from './types';
import { feelingGood, soundsPositive } from './feelings';
import { URGENCY_RANK } from '../catalog/red-flags';


/**
 * The group the person's words belong to: the more urgent of the resolved slot id and what
 * the words themselves say ("sharp pain in both legs" is about both legs); with no clear
 * match, the stop-this-stretch group.
 */
export function redFlagFor(groupId: string | undefined, heard: string | undefined, texts: Texts): RedFlagGroup | undefined {
  const byId = groupId ? SAFETY.redFlags.find((g) => g.id === groupId) : undefined;
  const byWords = heard ? detectRedFlag(heard, texts) : undefined;
  const found = [byId, byWords].filter((g): g is RedFlagGroup => g !== undefined);
  found.sort((a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency]);
  const id = (found[0] ?? SAFETY.redFlags.find((g) => g.urgency === 'stop-stretch'))?.id;
  // The group in the words of the turn's language (the ids and urgencies are the same in every one).
  return safetyIn(texts).redFlags.find((g) => g.id === id);
}

/** The group for "it hurts": stop this stretch. */
export const STOP_STRETCH_GROUP_ID = SAFETY.redFlags.find((g) => g.urgency === 'stop-stretch')?.id;

function recognised(groupId: string | undefined, heard: string | undefined, texts: Texts): boolean {
  return (groupId !== undefined && SAFETY.redFlags.some((g) => g.id === groupId)) || (heard !== undefined && detectRedFlag(heard, texts) !== undefined);
}

export function symptom(state: UserState, groupId: string | undefined, heard: string | undefined, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const words = texts.symptoms;
  // Words we cannot place ("I feel a bit tight", "I feel great"): ask rather than guess either
  // way. "Yes" takes the stop-this-stretch path; "no" carries on.
  if (heard && !recognised(groupId, heard, texts) && soundsPositive(heard, texts)) return feelingGood(state, ctx);
  if (heard && heard.trim() !== '' && !recognised(groupId, heard, texts)) {
    return ask(state, [say(words.unsure.lead)], words.unsure.question, words.unsure.reprompt, { pending: 'doesItHurt' });
  }
  const group = redFlagFor(groupId, heard, texts);
  const advice = say(group ? texts.emergency.redFlagAdvice(group.advice, group.help, localeSafety(ctx.locale, texts)) : words.GENERAL_ADVICE);
  if (!group || group.urgency !== 'stop-stretch') {
    return goodbye(recordAbandoned(state, ctx.today), [advice, say(words.TAKE_CARE)]);
  }
  const p = playing(state, texts);
  if (!p) {
    return ask(state, [advice], words.afterAdvice.question, words.afterAdvice.reprompt);
  }
  const here = p.timeline.segments[Math.max(0, p.active.segmentIndex - 1)];
  const stretch = here ? getStretch(here.stretchId, texts) : undefined;
  const paused: UserState = { ...state, active: { ...p.active, paused: true } };
  if (stretch && stretch.modifications.length > 0 && p.active.variant !== 'easier') {
    const name = texts.names.nameInSentence(stretch);
    return ask(paused, [advice, say(words.gentler.orSkip(name))], words.gentler.question(name), words.gentler.reprompt, { pending: 'gentler' });
  }
  return ask(paused, [advice], words.skipAhead.question, words.skipAhead.reprompt, { pending: 'skipAhead' });
}
