/** The player controls (next, previous, repeat, skip, pause, resume, start over, ...). See session.ts for the semantics. */
import { getStretch, isStretchId } from '../catalog/index';
import type { StartPosition, StretchId } from '../catalog/types';
import type { PreferenceValue } from '../catalog/types';
import type { Texts } from '../text/texts';
import type { PlayerResult, Variant } from './commands';
import { ask, carryOn, goodbye, withSaving } from './result';
import { playAt, playing, sessionName, spokenPlace, startStretch, type Playing } from './session';
import { say, spokenDuration } from './speech';
import { endOfStretch, mapIndex, responseStart, secondsLeft, startOfStep, stretchesLeft, timelineFor } from './timelines';
import type { Turn } from './turn';
import type { UserState } from './types';

/** What to say when a control needs something playing and nothing is (`what`: default, nothing is playing). */
export function nothingPlaying(state: UserState, texts: Texts, what = texts.controls.nothing.playing): PlayerResult {
  return ask(state, [say(what)], texts.prompts.startDaily.question, texts.prompts.startDaily.repromptChildsPose, { pending: 'startRoutine' });
}

/** The segment last played (segmentIndex - 1), or the first when nothing has played yet. */
function lastPlayed(p: Playing): number {
  return Math.max(0, p.active.segmentIndex - 1);
}

/** Where the person is now: the position of the segment last played (none before the first). */
function whereNow(p: Playing): StartPosition | undefined {
  return p.active.segmentIndex > 0 ? p.timeline.segments[lastPlayed(p)]?.position : undefined;
}

export function next(state: UserState, ctx: Turn): PlayerResult {
  const p = playing(state, ctx.texts);
  if (!p) return nothingPlaying(state, ctx.texts);
  return playAt(p, p.active.segmentIndex, [], ctx, { from: whereNow(p) });
}

/** The first segment of the response last played (both sides, when they were played together). */
function lastResponse(p: Playing, texts: Texts): number {
  return responseStart(p.timeline, lastPlayed(p), p.state.preferences.pace, texts.language);
}

export function repeat(state: UserState, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const p = playing(state, texts);
  if (!p) return nothingPlaying(state, texts, texts.controls.nothing.toRepeat);
  return playAt(p, lastResponse(p, texts), [say(texts.controls.ONCE_MORE, 'transition')], ctx, { again: 'repeat', from: whereNow(p) });
}

export function previous(state: UserState, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const p = playing(state, texts);
  if (!p) return nothingPlaying(state, texts, texts.controls.nothing.toGoBack);
  const current = lastResponse(p, texts);
  const from = whereNow(p);
  if (p.active.segmentIndex === 0 || current === 0) return playAt(p, 0, [say(texts.controls.FIRST_ONE_AGAIN, 'transition')], ctx, { again: 'repeat', from });
  const target = responseStart(p.timeline, current - 1, p.state.preferences.pace, texts.language);
  return playAt(p, target, [say(texts.controls.GOING_BACK, 'transition')], ctx, { again: 'back', from });
}

export function skip(state: UserState, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const p = playing(state, texts);
  if (!p) return nothingPlaying(state, texts, texts.controls.nothing.toSkip);
  const from = p.active.segmentIndex;
  const skipped = p.timeline.segments[from];
  if (!skipped) return playAt(p, from, [], ctx);
  const name = texts.names.nameInSentence(getStretch(skipped.stretchId, texts));
  // The move to the stretch after it starts from where the person is, not from the skipped one.
  return playAt(p, endOfStretch(p.timeline, from), [say(texts.controls.skipping(name), 'transition')], ctx, { from: whereNow(p) });
}

/** Moves past the rest of the stretch last played (after "it hurts" -> "no"), and plays what follows. */
export function moveOn(state: UserState, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const p = playing(state, texts);
  if (!p) return nothingPlaying(state, texts);
  const hurt = p.timeline.segments[lastPlayed(p)]!.stretchId;
  let index = p.active.segmentIndex;
  while (p.timeline.segments[index]?.stretchId === hurt) index += 1;
  return playAt(p, index, [say(texts.controls.movingOn(texts.names.nameInSentence(getStretch(hurt, texts))), 'transition')], ctx, { from: whereNow(p) });
}

export function startOver(state: UserState, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const p = playing(state, texts);
  if (!p) return nothingPlaying(state, texts, texts.controls.nothing.toStartOver);
  return playAt(p, 0, [say(texts.controls.startingOver(sessionName(p.active, texts)), 'transition')], ctx, { from: whereNow(p) });
}

/**
 * A real break: the session closes (an open microphone cannot wait for someone resting), the
 * place is kept, and the person hears how to come back. Coming back re-does the setup.
 */
export function pause(state: UserState, texts: Texts): PlayerResult {
  const p = playing(state, texts);
  if (!p) return nothingPlaying(state, texts, texts.controls.nothing.toPause);
  const paused: UserState = { ...state, active: { ...p.active, paused: true } };
  const upcoming = p.timeline.segments[p.active.segmentIndex] ?? p.timeline.segments[lastPlayed(p)];
  const where = upcoming ? spokenPlace(upcoming, texts) : sessionName(p.active, texts);
  const result: PlayerResult = { ...goodbye(paused, []), freezeScreen: true };
  const { boundaries } = texts;
  return withSaving(result, [say(boundaries.pausedAt(where)), say(boundaries.HOW_TO_COME_BACK)], [say(boundaries.PAUSE_NOT_KEPT)]);
}

/** Picks up after a break, with the setup of the stretch it lands in done again. */
export function resumeAfterBreak(p: Playing, ctx: Turn): PlayerResult {
  // The stretch is named as it is ("Cat cow."), not as the next one ("Next, cat cow.").
  return playAt(p, p.active.segmentIndex, [say(ctx.texts.boundaries.PICKING_UP, 'transition')], ctx, { cold: true, again: 'repeat' });
}

export function resume(state: UserState, ctx: Turn): PlayerResult {
  const p = playing(state, ctx.texts);
  if (!p) return nothingPlaying(state, ctx.texts, ctx.texts.controls.nothing.toResume);
  return resumeAfterBreak(p, ctx);
}

export function whatsNext(state: UserState, texts: Texts): PlayerResult {
  const p = playing(state, texts);
  if (!p) return nothingPlaying(state, texts, texts.controls.nothing.linedUp);
  const upcoming = p.timeline.segments[p.active.segmentIndex];
  if (!upcoming) return carryOn(state, [say(texts.controls.LAST_ONE_SAY_NEXT)], {}, texts);
  const stretch = getStretch(upcoming.stretchId, texts);
  const current = p.timeline.segments[p.active.segmentIndex - 1];
  const speech = [say(texts.controls.nextIs(upcoming.title))];
  if (!current || current.stretchId !== upcoming.stretchId) speech.push(say(stretch.summary));
  return carryOn(state, speech, { show: { stretchId: upcoming.stretchId } }, texts);
}

export function howMuchLeft(state: UserState, texts: Texts): PlayerResult {
  const p = playing(state, texts);
  if (!p) return nothingPlaying(state, texts, texts.controls.nothing.inProgress);
  const index = p.active.segmentIndex;
  const stretches = stretchesLeft(p.timeline, index);
  if (stretches === 0) return carryOn(state, [say(texts.controls.LAST_ONE_SAY_NEXT)], {}, texts);
  const time = spokenDuration(secondsLeft(p.timeline, index), texts);
  return carryOn(state, [say(texts.controls.timeLeft(time, stretches))], {}, texts);
}

/** easier: standard -> easier, harder -> standard. harder: easier -> standard, standard -> harder. */
function shifted(variant: Variant, direction: 'easier' | 'harder'): Variant {
  if (direction === 'easier') return variant === 'harder' ? 'standard' : 'easier';
  return variant === 'easier' ? 'standard' : 'harder';
}

/**
 * "Make it easier/harder": switches the session's variant (for a routine: from this stretch on)
 * and plays the current stretch again from its first segment in the new version.
 */
export function changeVariant(state: UserState, direction: 'easier' | 'harder', ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const words = texts.controls[direction];
  const p = playing(state, texts);
  const justDone = state.history[0];
  if (!p && justDone?.kind === 'stretch' && isStretchId(justDone.id)) {
    // Right after a single stretch ("that was too much, make it easier"): do it again, changed.
    const done = getStretch(justDone.id, texts);
    const version = direction === 'easier' ? done.modifications[0] : done.advanced;
    if (!version) return carryOn(state, [say(words.noVersion(texts.names.nameInSentence(done)))], {}, texts);
    return startStretch(state, justDone.id, direction, ctx, [say(words.making, 'transition')]);
  }
  if (!p) {
    return ask(state, [say(words.startFirst)], texts.prompts.WHICH_STRETCH, texts.controls.START_FIRST_REPROMPT);
  }
  const here = p.timeline.segments[lastPlayed(p)]!;
  const stretch = getStretch(here.stretchId, texts);
  const variant = shifted(p.active.variant, direction);
  const available = variant === 'easier' ? stretch.modifications[0] : variant === 'harder' ? stretch.advanced : undefined;
  if (variant !== 'standard' && !available) {
    return carryOn(state, [say(words.noVersionGentle(texts.names.nameInSentence(stretch)))], {}, texts);
  }
  const active = { ...p.active, variant };
  const changed: UserState = { ...state, active };
  const timeline = timelineFor(changed, active, texts);
  if (!timeline || timeline.segments.length === 0) return carryOn(state, [say(texts.controls.CANNOT_CHANGE)], {}, texts);
  const start = startOfStep(timeline, mapIndex(p.timeline, startOfStep(p.timeline, lastPlayed(p)), timeline));
  // The narration announces which version it is; this only acknowledges the request.
  const lead = available ? say(words.making, 'transition') : say(texts.controls.backToUsual(stretch.spokenName), 'transition');
  // The person is in this stretch already: no move from the stretch before it (a chair version says how to get to the chair).
  return playAt({ state: changed, active, timeline }, start, [lead], ctx, { from: here.position });
}

export function stop(state: UserState, texts: Texts): PlayerResult {
  const p = playing(state, texts);
  if (!p) return goodbye(state, [say(texts.controls.GOODBYE)]);
  const stopped: UserState = { ...state, active: { ...p.active, paused: false } };
  return withSaving(goodbye(stopped, []), [say(texts.saving.stopKept)], [say(texts.saving.stopNotKept)]);
}

const PREFERENCE_CHANGES: Record<PreferenceValue, Partial<UserState['preferences']>> = {
  'longer-holds': { holdLength: 'longer' },
  'shorter-holds': { holdLength: 'shorter' },
  'standard-holds': { holdLength: 'standard' },
  slower: { pace: 'slower' },
  'normal-pace': { pace: 'normal' },
  'chimes-only': { cueStyle: 'chimes' },
  'voice-cues': { cueStyle: 'voice' },
};

/** Keeps the position of an active session when its timeline changes shape. */
function remapped(before: UserState, after: UserState, texts: Texts): UserState {
  const p = playing(before, texts);
  if (!p || !after.active) return after;
  const timeline = timelineFor(after, after.active, texts);
  if (!timeline) return after;
  return { ...after, active: { ...after.active, segmentIndex: mapIndex(p.timeline, p.active.segmentIndex, timeline) } };
}

export function setPreference(state: UserState, value: PreferenceValue | undefined, texts: Texts): PlayerResult {
  const words = texts.controls;
  if (!value) {
    return ask(state, [say(words.preferenceChoices.lead)], texts.prompts.WHICH_WOULD_YOU_LIKE, words.preferenceChoices.reprompt);
  }
  const updated = remapped(state, { ...state, preferences: { ...state.preferences, ...PREFERENCE_CHANGES[value] } }, texts);
  const said = words.preferenceSaid[value];
  const line = state.active ? words.preferenceChangedNext(said) : words.preferenceChanged(said);
  return withSaving(carryOn(updated, [say(line)], {}, texts), [say(texts.saving.preferenceKept)], [say(texts.saving.preferenceNotKept)]);
}

/** The stretch "this one" refers to: the one last played in the active session. */
function stretchInProgress(state: UserState, texts: Texts): StretchId | undefined {
  const p = playing(state, texts);
  if (!p) return undefined;
  return p.timeline.segments[lastPlayed(p)]?.stretchId;
}

export function exclude(state: UserState, stretchId: StretchId | undefined, heard: string | undefined, texts: Texts): PlayerResult {
  const words = texts.controls.exclusions;
  const id = stretchId ?? (heard ? undefined : stretchInProgress(state, texts));
  if (!id) {
    const what = heard ? texts.answers.unknown.stretch(heard) : words.whichOut;
    return ask(state, [say(what)], words.whichOutQuestion, words.whichOutReprompt);
  }
  const stretch = getStretch(id, texts);
  const name = texts.names.nameInSentence(stretch);
  const excludedStretches = state.excludedStretches.includes(id) ? state.excludedStretches : [...state.excludedStretches, id];
  let updated = remapped(state, { ...state, excludedStretches }, texts);
  if (updated.active?.kind === 'stretch' && updated.active.id === id) {
    const { active: _dropped, ...rest } = updated;
    updated = rest;
  }
  return withSaving(carryOn(updated, [], {}, texts), [say(texts.saving.excludeKept(name, stretch.spokenName))], [say(texts.saving.excludeNotKept(name))]);
}

export function include(state: UserState, stretchId: StretchId | undefined, heard: string | undefined, texts: Texts): PlayerResult {
  const words = texts.controls.exclusions;
  if (!stretchId) {
    const what = heard ? texts.answers.unknown.stretch(heard) : words.whichBack;
    return ask(state, [say(what)], words.whichBackQuestion, words.whichBackReprompt);
  }
  const name = texts.names.nameInSentence(getStretch(stretchId, texts));
  if (!state.excludedStretches.includes(stretchId)) return carryOn(state, [say(words.alreadyIn(name))], {}, texts);
  const updated = remapped(state, { ...state, excludedStretches: state.excludedStretches.filter((s) => s !== stretchId) }, texts);
  return withSaving(carryOn(updated, [], {}, texts), [say(texts.saving.includeKept(name))], [say(texts.saving.includeNotKept(name))]);
}
