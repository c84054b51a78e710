/**
 * Red flags ("my leg is numb", "sharp pain", "I can't control my bladder"): stop at once, speak
 * that group's advice, and offer nothing that continues the exercise in the same turn.
 * - urgent / soon: the session is stopped (noted as unfinished) and the skill ends.
 * - stop-stretch: the session is paused on that stretch; the gentler version is offered
 *   only as a question ("yes" plays it, "no" skips to the next stretch).
 */
import { detectRedFlag, getStretch, localeSafety, SAFETY } from '../catalog/index';
import { redFlagAdvice } from '../text/en/emergency';
import type { RedFlagGroup } from '../catalog/types';
import type { PlayerContext, PlayerResult } from './commands';
import { recordAbandoned } from './progress';
import { ask, goodbye } from './result';
import { playing } from './session';
import { say } from './speech';
import { nameInSentence } from '../text/en/names';
import type { UserState } from './types';
import { feelingGood, soundsPositive } from './feelings';
import { URGENCY_RANK } from '../catalog/red-flags';


/**
 * The group the person's words belong to: the more urgent of the resolved slot id and what
 * the words themselves say ("sharp pain in both legs" is about both legs); with no clear
 * match, the stop-this-stretch group.
 */
export function redFlagFor(groupId: string | undefined, heard: string | undefined): RedFlagGroup | undefined {
  const byId = groupId ? SAFETY.redFlags.find((g) => g.id === groupId) : undefined;
  const byWords = heard ? detectRedFlag(heard) : undefined;
  const found = [byId, byWords].filter((g): g is RedFlagGroup => g !== undefined);
  found.sort((a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency]);
  return found[0] ?? SAFETY.redFlags.find((g) => g.urgency === 'stop-stretch');
}

/** The group for "it hurts": stop this stretch. */
export const STOP_STRETCH_GROUP_ID = SAFETY.redFlags.find((g) => g.urgency === 'stop-stretch')?.id;

function recognised(groupId: string | undefined, heard: string | undefined): boolean {
  return (groupId !== undefined && SAFETY.redFlags.some((g) => g.id === groupId)) || (heard !== undefined && detectRedFlag(heard) !== undefined);
}

export function symptom(state: UserState, groupId: string | undefined, heard: string | undefined, ctx: PlayerContext): PlayerResult {
  // Words we cannot place ("I feel a bit tight", "I feel great"): ask rather than guess either
  // way. "Yes" takes the stop-this-stretch path; "no" carries on.
  if (heard && !recognised(groupId, heard) && soundsPositive(heard)) return feelingGood(state, ctx);
  if (heard && heard.trim() !== '' && !recognised(groupId, heard)) {
    return ask(
      state,
      [say("I want to be sure I understood. A gentle pull is normal, but pain is not.")],
      'Does something hurt?',
      'Does something hurt? Say yes, and we will stop this stretch, or no to carry on.',
      { pending: 'doesItHurt' },
    );
  }
  const group = redFlagFor(groupId, heard);
  const advice = say(
    group
      ? redFlagAdvice(group.advice, group.help, localeSafety(ctx.locale))
      : 'Stop now and rest. If the pain is strong or does not ease, see a healthcare professional.',
  );
  if (!group || group.urgency !== 'stop-stretch') {
    return goodbye(recordAbandoned(state, ctx.today), [advice, say('Take care.')]);
  }
  const p = playing(state);
  if (!p) {
    return ask(state, [advice], 'What would you like to do now?', 'You can ask when to see a professional, or say stop. What would you like?');
  }
  const here = p.timeline.segments[Math.max(0, p.active.segmentIndex - 1)];
  const stretch = here ? getStretch(here.stretchId) : undefined;
  const paused: UserState = { ...state, active: { ...p.active, paused: true } };
  if (stretch && stretch.modifications.length > 0 && p.active.variant !== 'easier') {
    return ask(
      paused,
      [advice, say(`If you'd rather not, we can skip ${nameInSentence(stretch)}.`)],
      `Would you like to try a gentler version of ${nameInSentence(stretch)}?`,
      'Say yes for the gentler version, or no to skip it.',
      { pending: 'gentler' },
    );
  }
  return ask(
    paused,
    [advice],
    'Shall we skip to the next stretch?',
    'Say yes to skip to the next stretch, or no to take a break.',
    { pending: 'skipAhead' },
  );
}
