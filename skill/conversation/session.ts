/**
 * Playing a routine or a single stretch, one segment per response.
 *
 * Position semantics (`active.segmentIndex` is the next segment to play, saved with every response):
 * - playing segment i stores segmentIndex = i + 1;
 * - "next" / "resume" / "continue" play segments[segmentIndex];
 * - "repeat" replays the last played segment, segments[segmentIndex - 1], position unchanged;
 * - "previous" plays the one before it, segments[segmentIndex - 2], and moves back one;
 * - "skip" passes over every remaining segment of the upcoming stretch (the rest of the stretch
 *   in progress, or the next stretch when between stretches) and plays the one after;
 * - "start over" plays segment 0 again;
 * - "pause" and "stop" keep the position (Alexa does not say how much of a response was
 *   heard; "repeat" and "previous" are the cheap way back).
 * Playing the last segment completes the session: routines congratulate, count the session and
 * the streak, and end; single stretches count too and offer the daily routine.
 */
import { getRoutine, getStretch, safetyIn } from '../catalog/index';
import type { RoutineId, StartPosition, StretchId } from '../catalog/types';
import type { Segment, Timeline, TimelineEvent } from '../narration/types';
import type { Texts } from '../text/texts';
import type { PlayerResult, Variant } from './commands';
import { recordAbandoned, recordCompletion } from './progress';
import { ask, carryOn, goodbye, withSaving } from './result';
import { say, spokenDuration } from './speech';
import { responseEnd, timelineFor } from './timelines';
import type { Turn } from './turn';
import type { ActiveSession, UserState } from './types';

export const DEFAULT_ROUTINE: RoutineId = 'basic-daily';

/** An active session with its compiled timeline. */
export interface Playing {
  state: UserState;
  active: ActiveSession;
  timeline: Timeline;
}

/** The session in progress, or undefined when there is none (or its stored id no longer compiles). */
export function playing(state: UserState, texts: Texts): Playing | undefined {
  const active = state.active;
  if (!active) return undefined;
  const timeline = timelineFor(state, active, texts);
  if (!timeline || timeline.segments.length === 0) return undefined;
  return { state, active, timeline };
}

/** "your basic daily routine" / "cat cow" / "the piriformis stretch". */
export function sessionName(active: Pick<ActiveSession, 'kind' | 'id'>, texts: Texts): string {
  return active.kind === 'routine'
    ? texts.sessions.yourRoutine(getRoutine(active.id as RoutineId, texts).spokenName)
    : texts.names.nameInSentence(getStretch(active.id as StretchId, texts));
}

/** After completing something today: the streak, or how many sessions today when it was not the first. */
function streakLine(done: UserState, today: string, texts: Texts): string {
  const todays = done.history.filter((entry) => entry.completed && entry.date === today).length;
  if (todays > 1) return texts.boundaries.sessionsToday(todays, texts.language.number(todays));
  return done.streakDays > 1 ? texts.sessions.finish.daysInARow(done.streakDays) : texts.sessions.finish.streakStarts;
}

/** How to get up safely from where the session ended (nothing when already standing). */
function getUpLines(last: Segment | undefined, texts: Texts): TimelineEvent[] {
  return last?.position ? texts.transitions.gettingUp(last.position).map((line) => say(line, 'transition', { step: 'switch' })) : [];
}

/** A segment as said in a sentence: "the knee to chest stretch, left side", "cat cow". */
export function spokenPlace(segment: Segment, texts: Texts): string {
  const name = texts.names.nameInSentence(getStretch(segment.stretchId, texts));
  return segment.side ? texts.narration.nameOnSide(name, texts.language.side(segment.side)) : name;
}

/** Finishing counts the session: said only if that could not be stored. */
function recorded(result: PlayerResult, texts: Texts): PlayerResult {
  return withSaving(result, [], [say(texts.saving.completionNotKept, 'transition')]);
}

/** The safety line before the very first session, once. */
function safetyFirst(state: UserState, texts: Texts): { state: UserState; speech: TimelineEvent[] } {
  if (state.disclaimerSeen) return { state, speech: [] };
  return { state: { ...state, disclaimerSeen: true }, speech: [say(safetyIn(texts).shortSpokenLine, 'intro')] };
}

/** `narrated`: the segments this last response narrates, so the screen follows them as they are said. */
function finish(p: Playing, speech: TimelineEvent[], ctx: Turn, narrated?: { segment: Segment; played: Segment[] }): PlayerResult {
  const { texts } = ctx;
  const words = texts.sessions.finish;
  const { kind, id } = p.active;
  const done = recordCompletion(p.state, kind, id, ctx.today);
  const lastSegment = p.timeline.segments[p.timeline.segments.length - 1];
  const show = narrated
    ? { stretchId: narrated.segment.stretchId, segment: narrated.segment, speech, played: narrated.played }
    : lastSegment
      ? { stretchId: lastSegment.stretchId, segment: lastSegment }
      : undefined;
  if (kind === 'routine') {
    // The farewell is the closing prompt on its own, so the coach (skill/coaching/) can ask for a check-in instead.
    return recorded({
      ...goodbye(
        done,
        [
          ...speech,
          say(words.routine(sessionName(p.active, texts)), 'transition'),
          ...getUpLines(lastSegment, texts),
          say(streakLine(done, ctx.today, texts), 'transition'),
        ],
        [say(words.farewell, 'transition')],
      ),
      show,
      completed: { kind, id },
    }, texts);
  }
  return recorded(ask(
    done,
    [
      ...speech,
      say(words.stretch(sessionName(p.active, texts)), 'transition'),
      ...getUpLines(lastSegment, texts),
      say(streakLine(done, ctx.today, texts), 'transition'),
    ],
    words.dailyQuestion,
    words.dailyReprompt,
    { pending: 'startRoutine', show },
  ), texts);
}

/** The one question before `following`, after `segment`: short, and worded differently each time. */
function boundary(segment: Segment, following: Segment, index: number, texts: Texts): { question: string; what: string } {
  const { boundaries, language, sessions } = texts;
  if (following.stretchId !== segment.stretchId) {
    const name = texts.names.nameInSentence(getStretch(following.stretchId, texts));
    return { question: boundaries.readyForStretch(name, index), what: name };
  }
  if (following.side === 'left' && !following.id.includes('/rep-')) return { question: boundaries.READY_FOR_LEFT, what: sessions.THE_LEFT_SIDE };
  if (following.set !== undefined && following.set !== segment.set && !following.id.includes('/rep-')) {
    const round = language.number(following.set);
    return { question: boundaries.readyForRound(round), what: sessions.round(round) };
  }
  return { question: boundaries.READY_TO_CARRY_ON, what: following.title };
}

export interface PlayOptions {
  /** Coming back after a break: each segment that has one plays its version with the whole setup. */
  cold?: boolean;
  /**
   * Going back to or repeating what was already introduced: the routine item's own intro
   * ("Next, cat cow.") becomes "Cat cow again." (`back`) or the name alone (`repeat`).
   */
  again?: 'back' | 'repeat';
  /**
   * Where the person is now (going back or repeating): the segment's own move from the stretch
   * before it gives way to the move from here, none when it is the same position.
   */
  from?: StartPosition;
}

/** The events with the routine item's intro line said the way `again` asks (see PlayOptions). */
function introducedAgain(events: readonly TimelineEvent[], segment: Segment, again: PlayOptions['again'], texts: Texts): readonly TimelineEvent[] {
  if (!again) return events;
  const name = texts.names.nameInSentence(getStretch(segment.stretchId, texts));
  const text = again === 'back' ? texts.boundaries.backTo(name) : texts.boundaries.nameAgain(name);
  return events.map((event) => (event.type === 'say' && event.itemIntro ? say(text, event.role, { step: event.step ?? 'intro' }) : event));
}

/** The events with the compiled position change swapped for the move from `from` (after the line that names the stretch). */
function movedFrom(events: readonly TimelineEvent[], from: StartPosition | undefined, segment: Segment, texts: Texts): readonly TimelineEvent[] {
  if (!from || !segment.position) return events;
  const kept = events.filter((event) => !(event.type === 'say' && event.positionChange));
  const lines = texts.transitions.positionChange(from, segment.position).map((line) => say(line, 'transition', { step: 'switch', positionChange: true }));
  if (lines.length === 0) return kept;
  // After the opening line ("Cat cow again.", "Let's get back into position for..."), before the setup.
  const opening = kept[0];
  const at = opening?.type === 'say' && (opening.step === 'intro' || opening.step === 'switch') ? 1 : 0;
  return [...kept.slice(0, at), ...lines, ...kept.slice(at)];
}

/**
 * Narrates the response that starts at segments[index] (after `lead`): one segment, or both
 * sides of a stretch when they fit in one response. Saves the position and asks one question.
 */
export function playAt(p: Playing, index: number, lead: TimelineEvent[], ctx: Turn, options: PlayOptions = {}): PlayerResult {
  const segments = p.timeline.segments;
  const segment = segments[index];
  if (!segment) return finish(p, lead, ctx);
  const end = responseEnd(p.timeline, index, p.state.preferences.pace, ctx.texts.language);
  const played = segments.slice(index, end);
  const last = played[played.length - 1]!;
  const active: ActiveSession = { ...p.active, segmentIndex: end, paused: false };
  const state: UserState = { ...p.state, active };
  // After a break or going back, a later side or round is set up again from the start.
  const setUpAgain = (options.cold || options.again === 'back') && segment.resumeEvents;
  const first = movedFrom(
    introducedAgain(setUpAgain ? segment.resumeEvents! : segment.events, segment, options.again, ctx.texts),
    options.from,
    segment,
    ctx.texts,
  );
  const speech = [...lead, ...first, ...played.slice(1).flatMap((s) => s.events)];
  const following = segments[end];
  if (!following) return finish({ ...p, state, active }, speech, ctx, { segment, played });
  const { question, what } = boundary(last, following, end, ctx.texts);
  return ask(state, speech, question, ctx.texts.boundaries.boundaryReprompt(what), {
    pending: 'goOn',
    show: { stretchId: segment.stretchId, segment, speech, played },
  });
}

/** Starts a routine from its first segment (abandoning anything unfinished). */
export function startRoutine(state: UserState, id: RoutineId, ctx: Turn, lead: TimelineEvent[] = []): PlayerResult {
  const { texts } = ctx;
  const words = texts.sessions.start;
  const safe = safetyFirst(recordAbandoned(state, ctx.today), texts);
  const active: ActiveSession = { kind: 'routine', id, segmentIndex: 0, variant: 'standard', paused: false, startedAt: ctx.now };
  const routine = getRoutine(id, texts);
  const timeline = timelineFor(safe.state, active, texts);
  if (!timeline || timeline.segments.length === 0) {
    return carryOn(safe.state, [...lead, say(words.everythingLeftOut(routine.spokenName)), say(words.howToBringBack)], {}, texts);
  }
  const stretchCount = new Set(timeline.segments.map((s) => s.stretchId)).size;
  const left = routine.items.filter((item) => safe.state.excludedStretches.includes(item.stretchId));
  const intro: TimelineEvent[] = [
    say(words.routine(routine.spokenName, stretchCount, spokenDuration(timeline.durationSeconds, texts)), 'intro'),
  ];
  if (left.length > 0) {
    const names = left.map((i) => texts.names.nameInSentence(getStretch(i.stretchId, texts)));
    // Every name joined with "and", as it always was: "a and b and c".
    intro.push(say(words.leavingOut(names.reduce((all, name) => texts.language.list([all, name]))), 'intro'));
  }
  return playAt({ state: { ...safe.state, active }, active, timeline }, 0, [...lead, ...safe.speech, ...intro], ctx);
}

/** Starts a single stretch (abandoning anything unfinished). */
export function startStretch(
  state: UserState,
  id: StretchId,
  variant: Variant,
  ctx: Turn,
  lead: TimelineEvent[] = [],
): PlayerResult {
  const { texts } = ctx;
  const words = texts.sessions.start;
  const safe = safetyFirst(recordAbandoned(state, ctx.today), texts);
  const active: ActiveSession = { kind: 'stretch', id, segmentIndex: 0, variant, paused: false, startedAt: ctx.now };
  const timeline = timelineFor(safe.state, active, texts);
  if (!timeline || timeline.segments.length === 0) {
    return carryOn(safe.state, [...lead, say(words.cannotCompile)], {}, texts);
  }
  const line = variant === 'easier' ? words.easierStretch : variant === 'harder' ? words.harderStretch : words.stretch;
  const name = texts.names.nameInSentence(getStretch(id, texts));
  const intro = say(line(name, spokenDuration(timeline.durationSeconds, texts)), 'intro');
  return playAt({ state: { ...safe.state, active }, active, timeline }, 0, [...lead, ...safe.speech, intro], ctx);
}
