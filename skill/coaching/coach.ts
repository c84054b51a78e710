/**
 * The coach's answers: check-ins, "how is my back doing", bad days, "make it easier again",
 * "delete my history", the Alexa Routine offer, and what it adds when a routine is finished
 * (a step of progression, the daily check-in, the routine offer). Pure: state in, answer out;
 * the Lambda maps intents to these and sends the directives the answer asks for.
 */
import { DEFAULT_ROUTINE, playing, startRoutine } from '../conversation/session';
import { liveStreak } from '../conversation/progress';
import { ask, carryOn, goodbye, withSaving } from '../conversation/result';
import { say } from '../conversation/speech';
import { mapIndex, timelineFor } from '../conversation/timelines';
import type { PlayerContext, PlayerResult } from '../conversation/commands';
import type { UserState } from '../conversation/types';
import type { TimelineEvent } from '../narration/types';
import { textsFor, type Texts } from '../text/locale';
import { turnOf } from '../conversation/turn';
import { decodeAll, isValidScore, phaseFor, withCheckIn } from './check-ins';
import { daysBetween } from './dates';
import { stepDown, stepUp, stepUpBlock } from './progression';
import { coachingOf } from './state';
import { professionalAdviceDue, sessionsThisWeek, trendOf, usualScore, type DailyScore } from './trend';
import type { CoachingState, RoutineOfferOutcome } from './types';

/** The coach's yes/no questions, kept in the session like the player's. */
export const COACH_PENDING = ['coach.checkIn', 'coach.routineOffer', 'coach.deleteHistory'] as const;
export type CoachPending = (typeof COACH_PENDING)[number];

export function isCoachPending(value: unknown): value is CoachPending {
  return (COACH_PENDING as readonly unknown[]).includes(value);
}

export interface CoachAnswer {
  result: PlayerResult;
  /** The coach's question now waiting on an answer (wins over result.pending). */
  pending?: CoachPending;
  /** Hand over to Alexa's pre-built routine offer (Connections.StartConnection). */
  offerRoutine?: boolean;
  /** Daily scores to draw on a screen. */
  chart?: DailyScore[];
  /** This answer deletes the history: say it only if the state can be saved. */
  deletes?: boolean;
}

function withCoaching(state: UserState, coaching: CoachingState): UserState {
  return { ...state, coaching };
}

/** The guide's advice to see a professional, once, when the check-ins call for it. */
function adviceIfDue(coaching: CoachingState, today: string, texts: Texts): { coaching: CoachingState; speech: TimelineEvent[] } {
  const text = texts.coaching;
  const due = professionalAdviceDue(coaching, today);
  if (!due) return { coaching, speech: [] };
  return {
    coaching: { ...coaching, advisedOn: today },
    speech: [say(due === 'rising' ? text.professional.rising : text.professional.noImprovement)],
  };
}

/** Whether the Alexa Routine offer is still to be made (once; again only when asked). */
function routineOfferDue(coaching: CoachingState): boolean {
  return coaching.routineOffer === undefined;
}

function offerQuestion(state: UserState, coaching: CoachingState, speech: TimelineEvent[], today: string, texts: Texts): CoachAnswer {
  const offerText = texts.routineOffer.routineOffer;
  const next = withCoaching(state, { ...coaching, routineOffer: { on: today, outcome: 'offered' } });
  return { result: ask(next, speech, offerText.question, offerText.reprompt), pending: 'coach.routineOffer' };
}

/** The end of a session once the coach has had its say: the routine offer when due, else goodbye. */
function closeSession(state: UserState, coaching: CoachingState, speech: TimelineEvent[], today: string, texts: Texts): CoachAnswer {
  if (routineOfferDue(coaching)) return offerQuestion(state, coaching, speech, today, texts);
  return { result: goodbye(withCoaching(state, coaching), [...speech, say(texts.coaching.farewell, 'transition')]) };
}

/**
 * What the coach adds to a player answer. After a finished routine: a step of progression
 * when it is due (told), then the day's check-in question (once a day), or the Alexa Routine
 * offer (once), in place of the farewell. Any other answer passes through.
 */
export function coachAfterTurn(result: PlayerResult, ctx: PlayerContext): CoachAnswer {
  if (result.completed?.kind !== 'routine' || !result.endSession) return { result };
  const { texts } = turnOf(ctx);
  const text = texts.coaching;
  const today = ctx.today;
  let coaching = coachingOf(result.state);
  // The player's farewell is its closing prompt; the coach may put a question in its place.
  const speech = [...result.speech];
  const kept = { ...(result.saving ? { saving: result.saving } : {}), completed: result.completed };
  let steppedUp = false;
  if (!stepUpBlock(coaching, result.state.history, today)) {
    coaching = stepUp(coaching, today);
    steppedUp = true;
    speech.push(say(text.progression.steppedUp(coaching.level), 'transition'));
  }
  const checkedInToday = decodeAll(coaching.checkIns).some((c) => c.date === today);
  if (!checkedInToday && coaching.offeredOn !== today) {
    const state = withCoaching(result.state, { ...coaching, offeredOn: today });
    return {
      result: { ...ask(state, speech, text.checkIn.afterRoutineQuestion, text.checkIn.afterRoutineReprompt), show: result.show, ...kept },
      pending: 'coach.checkIn',
    };
  }
  if (routineOfferDue(coaching)) {
    const offer = offerQuestion(result.state, coaching, speech, today, texts);
    return { ...offer, result: { ...offer.result, ...kept } };
  }
  if (!steppedUp) return { result };
  return { result: { ...result, state: withCoaching(result.state, coaching), speech } };
}

/** "My back pain is a six": stored, compared with usual, and answered. `afterRoutine`: the question asked at the end of a routine. */
export function checkIn(
  state: UserState,
  score: number | undefined,
  ctx: PlayerContext,
  afterRoutine: boolean,
  heard: 'none' | 'words' | 'unplaced' = 'words',
): CoachAnswer {
  const { texts } = turnOf(ctx);
  const text = texts.coaching;
  const today = ctx.today;
  if (score === undefined || !isValidScore(score)) {
    // "Check in" alone just gets the question; words that were not a score 0-10 get a sorry
    // first; words Alexa could not place at all may have been about pain.
    const lead = heard === 'none' ? [] : [say(text.checkIn.notANumber)];
    if (heard === 'unplaced') lead.push(say(text.checkIn.ifItHurts));
    return { result: ask(state, lead, text.checkIn.askAgain, text.checkIn.askAgainReprompt), pending: 'coach.checkIn' };
  }
  const phase = phaseFor(state.lastCompletedDate, today);
  const usual = usualScore(coachingOf(state), today);
  let coaching: CoachingState = { ...coachingOf(state), checkIns: withCheckIn(coachingOf(state).checkIns, { date: today, score, phase }) };
  const speech: TimelineEvent[] = [say(text.checkIn.thanks(score))];
  const high = usual !== undefined ? score >= usual + 2 : score >= 7;
  if (phase === 'before' && high && !playing(state, texts)) {
    coaching = { ...coaching, gentleOn: today };
    speech.push(say(usual !== undefined ? text.checkIn.higherThanUsual : text.checkIn.toughDay));
  } else if (usual !== undefined && score <= usual - 2) {
    speech.push(say(text.checkIn.lowerThanUsual));
  }
  if (score >= 8) speech.push(say(text.checkIn.severe));
  const advice = adviceIfDue(coaching, today, texts);
  coaching = advice.coaching;
  speech.push(...advice.speech);
  if (afterRoutine) return closeSession(state, coaching, speech, today, texts);
  const next = withCoaching(state, coaching);
  if (!playing(next, texts) && next.lastCompletedDate !== today) {
    return { result: ask(next, speech, text.next.startQuestion, text.next.startReprompt, { pending: 'startRoutine' }) };
  }
  return { result: carryOn(next, speech, {}, texts) };
}

/** "Skip" or "no" to the check-in question at the end of a routine. */
export function skipCheckIn(state: UserState, ctx: PlayerContext): CoachAnswer {
  const { texts } = turnOf(ctx);
  return closeSession(state, coachingOf(state), [say(texts.coaching.checkIn.skipped)], ctx.today, texts);
}

function whenSaid(date: string, today: string, texts: Texts): string {
  const { when } = texts.coaching;
  const days = daysBetween(date, today);
  return days <= 0 ? when.today : days === 1 ? when.yesterday : when.daysAgo(days);
}

/** "How is my back doing?": the trend in numbers, sessions this week, the streak; a chart on a screen. */
export function howAmIDoing(state: UserState, ctx: PlayerContext): CoachAnswer {
  const { texts } = turnOf(ctx);
  const text = texts.coaching;
  const today = ctx.today;
  const coaching = coachingOf(state);
  const trend = trendOf(coaching, today);
  const speech: TimelineEvent[] = [];
  if (!trend.latest) {
    speech.push(say(text.progress.noCheckIns), say(text.checkIn.howToCheckIn));
  } else {
    speech.push(say(text.progress.latest(trend.latest.score, whenSaid(trend.latest.date, today, texts))));
    if (trend.thisWeek !== undefined && trend.lastWeek !== undefined) {
      speech.push(say(text.progress.weeks(trend.thisWeek, trend.lastWeek)));
      speech.push(say(trend.direction === 'better' ? text.progress.better : trend.direction === 'worse' ? text.progress.worse : text.progress.same));
    } else if (trend.thisWeek !== undefined) {
      speech.push(say(text.progress.onlyThisWeek(trend.thisWeek)));
    }
  }
  speech.push(say(text.progress.sessions(sessionsThisWeek(state.history, today))));
  const streak = text.progress.streak(liveStreak(state, today));
  if (streak) speech.push(say(streak));
  const level = text.progress.level(coaching.level);
  if (level) speech.push(say(level));
  const advice = adviceIfDue(coaching, today, texts);
  speech.push(...advice.speech);
  const next = advice.speech.length > 0 ? withCoaching(state, advice.coaching) : state;
  return { result: carryOn(next, speech, {}, texts), chart: trend.recent };
}

/** The state with a coaching change applied mid-session, the position mapped onto the new timeline. */
function remapped(state: UserState, next: UserState, texts: Texts): UserState {
  const p = playing(state, texts);
  if (!p || !next.active) return next;
  const after = timelineFor(next, next.active, texts);
  if (!after) return next;
  const index = Math.min(mapIndex(p.timeline, p.active.segmentIndex, after), after.segments.length);
  return { ...next, active: { ...next.active, segmentIndex: index } };
}

/** "I'm having a bad day": a gentle session today (started now, or the rest of the one in progress). */
export function badDay(state: UserState, ctx: PlayerContext): CoachAnswer {
  const turn = turnOf(ctx);
  const { texts } = turn;
  const coaching = { ...coachingOf(state), gentleOn: ctx.today };
  if (playing(state, texts)) {
    return { result: carryOn(remapped(state, withCoaching(state, coaching), texts), [say(texts.coaching.gentleDay.restOfSession)], {}, texts) };
  }
  return { result: startRoutine(withCoaching(state, coaching), DEFAULT_ROUTINE, turn, [say(texts.coaching.gentleDay.start, 'intro')]) };
}

/** "Make it easier again": one step of progression back. */
export function easierAgain(state: UserState, ctx: PlayerContext): CoachAnswer {
  const { texts } = turnOf(ctx);
  const text = texts.coaching;
  const coaching = coachingOf(state);
  if (coaching.level === 0) return { result: carryOn(state, [say(text.progression.atStart)], {}, texts) };
  const stepped = remapped(state, withCoaching(state, stepDown(coaching, ctx.today)), texts);
  return { result: carryOn(stepped, [say(text.progression.steppedDown)], {}, texts) };
}

/** "Delete my history": asks first (`texts`: the request's words, English when absent). */
export function deleteHistoryAsk(state: UserState, texts: Texts = textsFor(undefined)): CoachAnswer {
  const text = texts.coaching;
  return { result: ask(state, [], text.deleteHistory.confirm, text.deleteHistory.confirmReprompt), pending: 'coach.deleteHistory' };
}

/** Check-ins, the progression, streak and history cleared; preferences and exclusions kept. */
export function withoutHistory(state: UserState): UserState {
  const { coaching: _coaching, lastCompletedDate: _last, active: _active, ...rest } = state;
  return { ...rest, history: [], completedSessions: 0, streakDays: 0 };
}

/**
 * "Yes, delete it": cleared, and "done" said only once the save went in (`canSave` false: the
 * stored history could not even be read, so nothing is touched).
 */
export function deleteHistoryConfirmed(state: UserState, canSave: boolean, texts: Texts = textsFor(undefined)): CoachAnswer {
  const text = texts.coaching;
  if (!canSave) return { result: carryOn(state, [say(text.deleteHistory.unreachable)], {}, texts) };
  const cleared = carryOn(withoutHistory(state), [], {}, texts);
  return { result: withSaving(cleared, [say(text.deleteHistory.done)], [say(text.deleteHistory.unreachable)]), deletes: true };
}

export function deleteHistoryDeclined(state: UserState, texts: Texts = textsFor(undefined)): CoachAnswer {
  return { result: carryOn(state, [say(texts.coaching.deleteHistory.kept)], {}, texts) };
}

/** "Set up my back routine", or yes to the offer: hand over to Alexa's routine offer. */
export function offerRoutineNow(state: UserState, ctx: PlayerContext): CoachAnswer {
  const coaching: CoachingState = { ...coachingOf(state), routineOffer: { on: ctx.today, outcome: 'offered' } };
  return {
    result: { state: withCoaching(state, coaching), speech: [], prompt: [], reprompt: [], endSession: false },
    offerRoutine: true,
  };
}

/** No to the routine offer. `ending`: it was asked at the end of a session. */
export function declineRoutineOffer(state: UserState, ctx: PlayerContext, ending: boolean): CoachAnswer {
  const { texts } = turnOf(ctx);
  const coaching: CoachingState = { ...coachingOf(state), routineOffer: { on: ctx.today, outcome: 'declined' } };
  const speech = [say(texts.routineOffer.routineOffer.declined)];
  if (ending) return { result: goodbye(withCoaching(state, coaching), [...speech, say(texts.coaching.farewell, 'transition')]) };
  return { result: carryOn(withCoaching(state, coaching), speech, {}, texts) };
}

/** Alexa's answer to the routine offer (SessionResumedRequest). */
export function routineOfferOutcome(state: UserState, outcome: 'accepted' | 'declined' | 'already' | 'failed', ctx: PlayerContext): CoachAnswer {
  const { texts } = turnOf(ctx);
  const offerText = texts.routineOffer.routineOffer;
  const stored: RoutineOfferOutcome = outcome === 'already' ? 'accepted' : outcome;
  const coaching: CoachingState = { ...coachingOf(state), routineOffer: { on: ctx.today, outcome: stored } };
  const line =
    outcome === 'accepted' ? offerText.accepted : outcome === 'already' ? offerText.alreadyThere : outcome === 'declined' ? offerText.declined : offerText.failed;
  return { result: carryOn(withCoaching(state, coaching), [say(line)], {}, texts) };
}
