/** Launch, help, yes/no, and the answers that come from the catalog (tips, safety, lists...). */
import { findStretch, fullDisclaimerFor, getRoutine, getStretch, localeSafety, ROUTINES, safetyIn, STRETCHES, suggestStretches } from '../catalog/index';
import type { RedFlagUrgency } from '../catalog/types';
import type { RoutineId, StretchId } from '../catalog/types';
import type { Texts } from '../text/texts';
import type { PlayerResult, Variant } from './commands';
import { changeVariant, moveOn, next, pause, repeat, resumeAfterBreak } from './controls';
import { routineDuration } from '../narration/estimates';
import { responseStart } from './timelines';
import { liveStreak, recordAbandoned } from './progress';
import { ask, carryOn } from './result';
import { DEFAULT_ROUTINE, playing, sessionName, startRoutine, startStretch } from './session';
import { say, spokenDuration, spokenList } from './speech';
import type { Turn } from './turn';
import type { UserState } from './types';
import { STOP_STRETCH_GROUP_ID, symptom } from './triage';
import { fallbackWhilePlaying, needFromWords, notOursFor, understood } from './understood';

/** The routine to offer at launch: the one done last, or the daily one; a short one when today's is done. */
export function likelyRoutine(state: UserState, today: string): { id: RoutineId; short: boolean } {
  if (state.lastCompletedDate === today && state.history.some((h) => h.date === today && h.completed && h.kind === 'routine')) {
    return { id: 'desk-break', short: true };
  }
  const last = state.history.find((h) => h.completed && h.kind === 'routine');
  return { id: last && ROUTINES.some((r) => r.id === last.id) ? (last.id as RoutineId) : DEFAULT_ROUTINE, short: false };
}

export function launch(state: UserState, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const { answers, prompts } = texts;
  if (ctx.stateUnknown) {
    // Saved progress out of reach: neither a first-time welcome nor a made-up "welcome back".
    return ask(
      state,
      texts.saving.launchStateUnknown.map((text) => say(text, 'intro')),
      prompts.startDaily.question,
      prompts.startDaily.repromptTry,
      { pending: 'startRoutine' },
    );
  }
  const firstTime = state.version === 0 && state.completedSessions === 0 && !state.disclaimerSeen;
  if (firstTime) {
    return ask(
      { ...state, disclaimerSeen: true },
      [say(answers.launch.welcome, 'intro'), say(safetyIn(texts).shortSpokenLine, 'intro'), say(answers.WHAT_I_DO, 'intro')],
      prompts.startDaily.question,
      prompts.startDaily.repromptTry,
      { pending: 'startRoutine' },
    );
  }
  const streak = liveStreak(state, ctx.today);
  const greeting = [say(answers.launch.welcomeBack, 'intro')];
  const stretchedToday = streak === 1 && state.lastCompletedDate === ctx.today;
  if (streak > 1) greeting.push(say(answers.launch.streak(streak), 'intro'));
  else if (stretchedToday) greeting.push(say(texts.launch.ALREADY_TODAY, 'intro'));
  else if (streak === 1) greeting.push(say(answers.launch.stretchedYesterday, 'intro'));
  const p = playing(state, texts);
  if (p) {
    const upcoming = p.timeline.segments[p.active.segmentIndex];
    const session = sessionName(p.active, texts);
    const part = upcoming && p.active.kind === 'stretch' ? answers.launch.youWereOnPart(upcoming.title) : undefined;
    const where = part ?? (upcoming ? answers.launch.youWereOn(upcoming.title, session) : answers.launch.nearTheEnd(session));
    return ask(state, [...greeting, say(where, 'intro')], answers.launch.continueQuestion, answers.launch.continueReprompt(session), {
      pending: 'continue',
      show: upcoming ? { stretchId: upcoming.stretchId } : undefined,
    });
  }
  const likely = likelyRoutine(state, ctx.today);
  const routine = getRoutine(likely.id, texts);
  const duration = spokenDuration(routineDuration(likely.id, state.preferences, state.excludedStretches, texts), texts);
  if (likely.short) {
    // "Already stretched today" is said once, as the reason for the short offer.
    const lines = stretchedToday ? greeting.slice(0, 1) : greeting;
    return ask(state, [...lines, say(texts.launch.ALREADY_TODAY, 'intro')], texts.launch.offerShort(routine.spokenName, duration), texts.launch.offerRoutineReprompt(routine.spokenName), {
      pending: 'startRoutine',
    });
  }
  return ask(state, greeting, texts.launch.offerRoutine(routine.spokenName, duration), texts.launch.offerRoutineReprompt(routine.spokenName), { pending: 'startRoutine' });
}

export function help(state: UserState, texts: Texts): PlayerResult {
  const { answers, prompts } = texts;
  const p = playing(state, texts);
  if (p) {
    const upcoming = p.timeline.segments[p.active.segmentIndex];
    const session = sessionName(p.active, texts);
    const helpAnswer = ask(
      state,
      [
        say(upcoming ? answers.help.youreInNext(session, upcoming.title) : answers.help.youreIn(session)),
        say(answers.help.controls),
        say(answers.help.moreControls),
        say(answers.help.ifItHurts),
      ],
      prompts.WHAT_WOULD_YOU_LIKE,
      answers.help.playingReprompt,
    );
    // The countdown on a screen stops while the person listens to help.
    return { ...helpAnswer, freezeScreen: true };
  }
  return ask(
    state,
    [say(answers.WHAT_I_DO), say(answers.help.howToStart), say(answers.help.tipsAndDisclaimer)],
    prompts.WHAT_WOULD_YOU_LIKE,
    answers.help.reprompt,
  );
}

export function fallback(state: UserState, texts: Texts): PlayerResult {
  // Inside a routine the words may have been a report of pain: say how to report it or stop first.
  if (playing(state, texts)) return fallbackWhilePlaying(state, texts);
  return ask(
    state,
    [say(texts.answers.DIDNT_CATCH), say(texts.answers.WHAT_I_DO)],
    texts.prompts.startDaily.question,
    texts.prompts.startDaily.repromptChildsPose,
    { pending: 'startRoutine' },
  );
}

export function yes(state: UserState, ctx: Turn): PlayerResult {
  switch (ctx.pending) {
    case 'continue': {
      const p = playing(state, ctx.texts);
      if (!p) return startRoutine(state, DEFAULT_ROUTINE, ctx);
      return resumeAfterBreak(p, ctx);
    }
    case 'startRoutine':
      return startRoutine(state, likelyRoutine(state, ctx.today).id, ctx);
    case 'goOn':
      return next(state, ctx);
    case 'again':
      return repeat(state, ctx);
    case 'skipAhead':
      return moveOn(state, ctx);
    case 'gentler':
      return changeVariant(state, 'easier', ctx);
    case 'doesItHurt':
      return symptom(state, STOP_STRETCH_GROUP_ID, undefined, ctx);
    case 'startDeskBreak':
      return startRoutine(state, 'desk-break', ctx);
    default:
      if (playing(state, ctx.texts)) return next(state, ctx);
      return help(state, ctx.texts);
  }
}

export function no(state: UserState, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const { answers } = texts;
  switch (ctx.pending) {
    case 'continue':
      return ask(
        recordAbandoned(state, ctx.today),
        [say(answers.no.startFresh)],
        answers.no.dailyQuestion,
        answers.no.dailyReprompt,
        { pending: 'startRoutine' },
      );
    case 'startRoutine':
      return ask(state, [say(answers.OKAY)], answers.no.otherQuestion, answers.no.otherReprompt);
    case 'gentler':
      return moveOn(state, ctx);
    case 'goOn':
      return notReady(state, ctx);
    case 'again':
    case 'skipAhead':
      return pause(state, texts);
    case 'doesItHurt':
      return carryOn(state, [say(answers.no.nothingHurts)], {}, texts);
    case 'startDeskBreak':
      return carryOn(state, [say(answers.OKAY)], {}, texts);
    default:
      // Any "shall we carry on?" while something plays: not ready yet, never the same question again.
      if (playing(state, texts)) return notReady(state, ctx);
      return carryOn(state, [say(answers.OKAY)], {}, texts);
  }
}

/** "No" to going on: a breather, then the choice of doing the last part again or a real break. */
function notReady(state: UserState, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const p = playing(state, texts);
  if (!p) return carryOn(state, [say(texts.answers.OKAY)], {}, texts);
  const lastIndex = Math.max(0, p.active.segmentIndex - 1);
  const last = p.timeline.segments[lastIndex];
  const name = last ? texts.names.nameInSentence(getStretch(last.stretchId, texts)) : sessionName(p.active, texts);
  // "Again" replays the last response: one side of a stretch, when that is all it held.
  const heard = p.timeline.segments.slice(responseStart(p.timeline, lastIndex, p.state.preferences.pace, texts.language), lastIndex + 1);
  const oneSide = last?.side && heard.every((segment) => segment.side === last.side) ? last.side : undefined;
  const offer = oneSide ? texts.boundaries.offerSideAgain(name, texts.language.side(oneSide)) : texts.boundaries.offerAgain(name);
  return ask(state, [say(texts.boundaries.NO_RUSH)], offer, texts.boundaries.OFFER_AGAIN_REPROMPT, { pending: 'again' });
}

export function startRoutineByName(state: UserState, routine: RoutineId | undefined, heard: string | undefined, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const words = texts.answers.unknown;
  if (routine) return startRoutine(state, routine, ctx);
  if (!heard) return startRoutine(state, DEFAULT_ROUTINE, ctx);
  // Carrier words take any words: "do the twist in the chair" may arrive as a routine name.
  const instead = byOtherNames(state, heard, ctx);
  if (instead) return instead;
  if (playing(state, texts)) return unknownWhilePlaying(state, words.routine(heard), texts);
  const names = ROUTINES.map((r) => getRoutine(r.id, texts).spokenName);
  return ask(
    state,
    [say(words.routine(heard)), say(words.routines(spokenList(names, texts)))],
    words.whichRoutine,
    words.routineReprompt(names[0] ?? ''),
  );
}

export function startStretchByName(
  state: UserState,
  stretch: StretchId | undefined,
  heard: string | undefined,
  variant: Variant,
  ctx: Turn,
): PlayerResult {
  const { texts } = ctx;
  const words = texts.answers.unknown;
  if (stretch) return startStretch(state, stretch, variant, ctx);
  const examples = STRETCHES.slice(0, 3).map((s) => getStretch(s.id, texts).spokenName);
  if (!heard) {
    return ask(state, [], texts.answers.whichStretch.question(spokenList(examples, texts)), texts.answers.whichStretch.reprompt, {
      elicitSlot: 'stretch',
    });
  }
  const instead = byOtherNames(state, heard, ctx);
  if (instead) return instead;
  if (playing(state, texts)) return unknownWhilePlaying(state, words.stretch(heard), texts);
  const suggestions = suggestStretches(heard, 3, texts).map((s) => getStretch(s.id, texts).spokenName);
  const offer = suggestions.length > 0 ? suggestions : examples;
  return ask(
    state,
    [say(words.stretch(heard)), say(words.stretches(spokenList(offer, texts))), say(words.listThem)],
    texts.prompts.WHICH_WOULD_YOU_LIKE,
    words.stretchReprompt(offer[0] ?? ''),
  );
}

/** Inside a routine, a name we don't know may have been something else: say how to report pain, then carry on. */
function unknownWhilePlaying(state: UserState, what: string, texts: Texts): PlayerResult {
  const { fallbackInRoutine } = texts.inRoutine;
  return ask(state, [say(what), say(fallbackInRoutine.safety)], fallbackInRoutine.carryOn, fallbackInRoutine.reprompt);
}

/** Words that did not resolve where they arrived: a stretch, a stretch we don't have, or a need. */
function byOtherNames(state: UserState, heard: string, ctx: Turn): PlayerResult | undefined {
  const stretch = findStretch(heard, ctx.texts);
  if (stretch) return startStretch(state, stretch.id, 'standard', ctx);
  const notOurs = notOursFor(state, heard, ctx.texts);
  if (notOurs) return notOurs;
  const need = needFromWords(heard, ctx.texts);
  if (need) return understood(state, { kind: 'need', need }, ctx);
  return undefined;
}

export function disclaimer(state: UserState, ctx: Turn): PlayerResult {
  return carryOn(state, fullDisclaimerFor(ctx.locale).map((paragraph) => say(paragraph)), {}, ctx.texts);
}

const SPOKEN_LEVELS: RedFlagUrgency[] = ['urgent', 'soon'];

/** When to get help, grouped as the triage groups it (urgent, soon), with this country's numbers. */
export function safety(state: UserState, ctx: Turn): PlayerResult {
  const { urgency } = ctx.texts;
  const place = localeSafety(ctx.locale, ctx.texts);
  const speech = SPOKEN_LEVELS.flatMap((level) => [
    say(urgency.URGENCY_SPOKEN_LEAD[level](place)),
    ...safetyIn(ctx.texts).redFlags.filter((g) => g.urgency === level).map((g) => say(g.sign)),
  ]);
  return carryOn(state, [say(urgency.WHEN_TO_GET_HELP_INTRO), ...speech, say(urgency.URGENCY_SPOKEN_LEAD['stop-stretch'](place))], {}, ctx.texts);
}

export function tip(state: UserState, ctx: Turn): PlayerResult {
  const safety = safetyIn(ctx.texts);
  const index = (ctx.pick ?? (() => 0))(safety.tips.length);
  const text = safety.tips[index] ?? safety.tips[0] ?? safety.generalRules[0] ?? '';
  return carryOn(state, [say(ctx.texts.answers.tip(text))], {}, ctx.texts);
}

export function whenToStretch(state: UserState, texts: Texts): PlayerResult {
  return carryOn(state, safetyIn(texts).whenToStretch.map((item) => say(item)), {}, texts);
}

export function benefits(state: UserState, stretch: StretchId | undefined, heard: string | undefined, texts: Texts): PlayerResult {
  const words = texts.answers.benefits;
  if (stretch) {
    const s = getStretch(stretch, texts);
    return carryOn(state, [say(s.summary), ...s.benefits.map((b) => say(b))], { show: { stretchId: stretch } }, texts);
  }
  const lead = heard ? [say(words.unknownStretch(heard))] : [];
  const daily = getRoutine(DEFAULT_ROUTINE, texts);
  return carryOn(
    state,
    [...lead, say(words.general), say(safetyIn(texts).generalRules[0] ?? ''), say(words.startWith(daily.spokenName, daily.summary))],
    {},
    texts,
  );
}

export function list(state: UserState, texts: Texts): PlayerResult {
  const routines = ROUTINES.map((r) => getRoutine(r.id, texts).spokenName);
  const stretches = STRETCHES.map((s) => getStretch(s.id, texts).spokenName);
  return carryOn(
    state,
    [
      say(texts.answers.list.routines(routines.length, spokenList(routines, texts))),
      say(texts.answers.list.stretches(stretches.length, spokenList(stretches, texts))),
    ],
    {},
    texts,
  );
}
