/** The player controls (next, previous, repeat, skip, pause, resume, start over, ...). See session.ts for the semantics. */
import { getStretch, isStretchId } from '../catalog/index';
import type { StretchId } from '../catalog/types';
import type { PreferenceValue } from '../catalog/types';
import type { PlayerContext, PlayerResult, Variant } from './commands';
import * as saving from '../text/en/saving';
import { ask, carryOn, goodbye, withSaving } from './result';
import { playAt, playing, sessionName, spokenPlace, startStretch, type Playing } from './session';
import { plural, say, spokenDuration } from './speech';
import { endOfStretch, mapIndex, responseStart, secondsLeft, startOfStep, stretchesLeft, timelineFor } from './timelines';
import { HOW_TO_COME_BACK, PAUSE_NOT_KEPT, PICKING_UP, pausedAt } from '../text/en/boundaries';
import type { UserState } from './types';

/** What to say when a control needs something playing and nothing is. */
export function nothingPlaying(state: UserState, what = "There's nothing playing right now."): PlayerResult {
  return ask(
    state,
    [say(what)],
    'Would you like to start your daily routine?',
    'Say yes to start your daily routine, or name a stretch, like child\'s pose.',
    { pending: 'startRoutine' },
  );
}

/** The segment last played (segmentIndex - 1), or the first when nothing has played yet. */
function lastPlayed(p: Playing): number {
  return Math.max(0, p.active.segmentIndex - 1);
}

export function next(state: UserState, ctx: PlayerContext): PlayerResult {
  const p = playing(state);
  if (!p) return nothingPlaying(state);
  return playAt(p, p.active.segmentIndex, [], ctx);
}

/** The first segment of the response last played (both sides, when they were played together). */
function lastResponse(p: Playing): number {
  return responseStart(p.timeline, lastPlayed(p), p.state.preferences.pace);
}

export function repeat(state: UserState, ctx: PlayerContext): PlayerResult {
  const p = playing(state);
  if (!p) return nothingPlaying(state, "There's nothing to repeat yet.");
  return playAt(p, lastResponse(p), [say('Once more.', 'transition')], ctx, { again: 'repeat' });
}

export function previous(state: UserState, ctx: PlayerContext): PlayerResult {
  const p = playing(state);
  if (!p) return nothingPlaying(state, "There's nothing to go back to yet.");
  const current = lastResponse(p);
  if (p.active.segmentIndex === 0 || current === 0) return playAt(p, 0, [say("That's the first one. Here it is again.", 'transition')], ctx, { again: 'repeat' });
  const target = responseStart(p.timeline, current - 1, p.state.preferences.pace);
  return playAt(p, target, [say('Going back one.', 'transition')], ctx, { again: 'back' });
}

export function skip(state: UserState, ctx: PlayerContext): PlayerResult {
  const p = playing(state);
  if (!p) return nothingPlaying(state, "There's nothing to skip right now.");
  const from = p.active.segmentIndex;
  const skipped = p.timeline.segments[from];
  if (!skipped) return playAt(p, from, [], ctx);
  const name = getStretch(skipped.stretchId).spokenName;
  return playAt(p, endOfStretch(p.timeline, from), [say(`Skipping ${name}.`, 'transition')], ctx);
}

/** Moves past the rest of the stretch last played (after "it hurts" -> "no"), and plays what follows. */
export function moveOn(state: UserState, ctx: PlayerContext): PlayerResult {
  const p = playing(state);
  if (!p) return nothingPlaying(state);
  const hurt = p.timeline.segments[lastPlayed(p)]!.stretchId;
  let index = p.active.segmentIndex;
  while (p.timeline.segments[index]?.stretchId === hurt) index += 1;
  return playAt(p, index, [say(`Okay, moving on from ${getStretch(hurt).spokenName}.`, 'transition')], ctx);
}

export function startOver(state: UserState, ctx: PlayerContext): PlayerResult {
  const p = playing(state);
  if (!p) return nothingPlaying(state, "There's nothing to start over.");
  return playAt(p, 0, [say(`Starting ${sessionName(p.active)} from the top.`, 'transition')], ctx);
}

/**
 * A real break: the session closes (an open microphone cannot wait for someone resting), the
 * place is kept, and the person hears how to come back. Coming back re-does the setup.
 */
export function pause(state: UserState): PlayerResult {
  const p = playing(state);
  if (!p) return nothingPlaying(state, "There's nothing playing to pause.");
  const paused: UserState = { ...state, active: { ...p.active, paused: true } };
  const upcoming = p.timeline.segments[p.active.segmentIndex] ?? p.timeline.segments[lastPlayed(p)];
  const where = upcoming ? spokenPlace(upcoming) : sessionName(p.active);
  const result: PlayerResult = { ...goodbye(paused, []), freezeScreen: true };
  return withSaving(result, [say(pausedAt(where)), say(HOW_TO_COME_BACK)], [say(PAUSE_NOT_KEPT)]);
}

/** Picks up after a break, with the setup of the stretch it lands in done again. */
export function resumeAfterBreak(p: Playing, ctx: PlayerContext): PlayerResult {
  return playAt(p, p.active.segmentIndex, [say(PICKING_UP, 'transition')], ctx, { cold: true });
}

export function resume(state: UserState, ctx: PlayerContext): PlayerResult {
  const p = playing(state);
  if (!p) return nothingPlaying(state, "There's nothing to resume.");
  return resumeAfterBreak(p, ctx);
}

export function whatsNext(state: UserState): PlayerResult {
  const p = playing(state);
  if (!p) return nothingPlaying(state, "Nothing's lined up yet.");
  const upcoming = p.timeline.segments[p.active.segmentIndex];
  if (!upcoming) return carryOn(state, [say("That was the last one. Say next to finish.")]);
  const stretch = getStretch(upcoming.stretchId);
  const current = p.timeline.segments[p.active.segmentIndex - 1];
  const speech = [say(`Next is ${upcoming.title}.`)];
  if (!current || current.stretchId !== upcoming.stretchId) speech.push(say(stretch.summary));
  return carryOn(state, speech, { show: { stretchId: upcoming.stretchId } });
}

export function howMuchLeft(state: UserState): PlayerResult {
  const p = playing(state);
  if (!p) return nothingPlaying(state, "There's nothing in progress.");
  const index = p.active.segmentIndex;
  const stretches = stretchesLeft(p.timeline, index);
  if (stretches === 0) return carryOn(state, [say("That was the last one. Say next to finish.")]);
  const time = spokenDuration(secondsLeft(p.timeline, index));
  return carryOn(state, [say(`There's ${time} left, with ${plural(stretches, 'more stretch', 'more stretches')} to go.`)]);
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
export function changeVariant(state: UserState, direction: 'easier' | 'harder', ctx: PlayerContext): PlayerResult {
  const p = playing(state);
  const justDone = state.history[0];
  if (!p && justDone?.kind === 'stretch' && isStretchId(justDone.id)) {
    // Right after a single stretch ("that was too much, make it easier"): do it again, changed.
    const done = getStretch(justDone.id);
    const version = direction === 'easier' ? done.modifications[0] : done.advanced;
    if (!version) return carryOn(state, [say(`${done.spokenName} has no ${direction} version in my guide.`)]);
    return startStretch(state, justDone.id, direction, ctx, [say(`Okay, let's make it ${direction}.`, 'transition')]);
  }
  if (!p) {
    return ask(
      state,
      [say(`Start a stretch first, then say make it ${direction}.`)],
      'Which stretch would you like?',
      'Name a stretch, like cat-cow, or say start my back routine.',
    );
  }
  const here = p.timeline.segments[lastPlayed(p)]!;
  const stretch = getStretch(here.stretchId);
  const variant = shifted(p.active.variant, direction);
  const available = variant === 'easier' ? stretch.modifications[0] : variant === 'harder' ? stretch.advanced : undefined;
  if (variant !== 'standard' && !available) {
    return carryOn(state, [say(`${stretch.spokenName} has no ${direction} version in my guide. Keep it gentle and comfortable.`)]);
  }
  const active = { ...p.active, variant };
  const changed: UserState = { ...state, active };
  const timeline = timelineFor(changed, active);
  if (!timeline || timeline.segments.length === 0) return carryOn(state, [say("Sorry, I can't change that one right now.")]);
  const start = startOfStep(timeline, mapIndex(p.timeline, startOfStep(p.timeline, lastPlayed(p)), timeline));
  // The narration announces which version it is; this only acknowledges the request.
  const lead = available
    ? say(`Okay, let's make it ${direction}.`, 'transition')
    : say(`Okay, back to the usual ${stretch.spokenName}.`, 'transition');
  return playAt({ state: changed, active, timeline }, start, [lead], ctx);
}

export function stop(state: UserState): PlayerResult {
  const p = playing(state);
  if (!p) return goodbye(state, [say('Okay. Take care of your back. Goodbye.')]);
  const stopped: UserState = { ...state, active: { ...p.active, paused: false } };
  return withSaving(goodbye(stopped, []), [say(saving.stopKept)], [say(saving.stopNotKept)]);
}

const PREFERENCE_CHANGES: Record<PreferenceValue, { change: Partial<UserState['preferences']>; said: string }> = {
  'longer-holds': { change: { holdLength: 'longer' }, said: "Okay, I'll use longer holds." },
  'shorter-holds': { change: { holdLength: 'shorter' }, said: "Okay, I'll use shorter holds." },
  'standard-holds': { change: { holdLength: 'standard' }, said: "Okay, back to the usual hold times." },
  slower: { change: { pace: 'slower' }, said: "Okay, I'll go slower." },
  'normal-pace': { change: { pace: 'normal' }, said: "Okay, back to the usual pace." },
  'chimes-only': { change: { cueStyle: 'chimes' }, said: "Okay, fewer words during holds, with a chime to start and end." },
  'voice-cues': { change: { cueStyle: 'voice' }, said: "Okay, I'll talk you through the holds again." },
};

/** Keeps the position of an active session when its timeline changes shape. */
function remapped(before: UserState, after: UserState): UserState {
  const p = playing(before);
  if (!p || !after.active) return after;
  const timeline = timelineFor(after, after.active);
  if (!timeline) return after;
  return { ...after, active: { ...after.active, segmentIndex: mapIndex(p.timeline, p.active.segmentIndex, timeline) } };
}

export function setPreference(state: UserState, value: PreferenceValue | undefined): PlayerResult {
  if (!value) {
    return ask(
      state,
      [say('You can ask for longer holds, shorter holds, a slower pace, or chimes only.')],
      'Which would you like?',
      'Say longer holds, shorter holds, slower, or chimes only. Which would you like?',
    );
  }
  const { change, said } = PREFERENCE_CHANGES[value];
  const updated = remapped(state, { ...state, preferences: { ...state.preferences, ...change } });
  const when = state.active ? ' from the next stretch on' : '';
  return withSaving(carryOn(updated, [say(`${said.replace(/\.$/, '')}${when}.`)]), [say(saving.preferenceKept)], [say(saving.preferenceNotKept)]);
}

/** The stretch "this one" refers to: the one last played in the active session. */
function stretchInProgress(state: UserState): StretchId | undefined {
  const p = playing(state);
  if (!p) return undefined;
  return p.timeline.segments[lastPlayed(p)]?.stretchId;
}

export function exclude(state: UserState, stretchId: StretchId | undefined, heard: string | undefined): PlayerResult {
  const id = stretchId ?? (heard ? undefined : stretchInProgress(state));
  if (!id) {
    const what = heard ? `I don't know a stretch called ${heard}.` : 'Which stretch should I leave out?';
    return ask(state, [say(what)], 'Which stretch should I leave out of your routines?', 'Name the stretch to leave out, like sphinx pose.');
  }
  const name = getStretch(id).spokenName;
  const excludedStretches = state.excludedStretches.includes(id) ? state.excludedStretches : [...state.excludedStretches, id];
  let updated = remapped(state, { ...state, excludedStretches });
  if (updated.active?.kind === 'stretch' && updated.active.id === id) {
    const { active: _dropped, ...rest } = updated;
    updated = rest;
  }
  return withSaving(carryOn(updated, []), [say(saving.excludeKept(name))], [say(saving.excludeNotKept(name))]);
}

export function include(state: UserState, stretchId: StretchId | undefined, heard: string | undefined): PlayerResult {
  if (!stretchId) {
    const what = heard ? `I don't know a stretch called ${heard}.` : 'Which stretch should I bring back?';
    return ask(state, [say(what)], 'Which stretch should I put back in your routines?', 'Name the stretch to bring back, like sphinx pose.');
  }
  const name = getStretch(stretchId).spokenName;
  if (!state.excludedStretches.includes(stretchId)) return carryOn(state, [say(`${name} is already in your routines.`)]);
  const updated = remapped(state, { ...state, excludedStretches: state.excludedStretches.filter((s) => s !== stretchId) });
  return withSaving(carryOn(updated, []), [say(saving.includeKept(name))], [say(saving.includeNotKept(name))]);
}
