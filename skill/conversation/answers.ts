/** Launch, help, yes/no, and the answers that come from the catalog (tips, safety, lists...). */
import { findStretch, fullDisclaimerFor, getRoutine, getStretch, localeSafety, ROUTINES, SAFETY, STRETCHES, suggestStretches } from '../catalog/index';
import type { RedFlagUrgency } from '../catalog/types';
import { urgencySpokenLead, WHEN_TO_GET_HELP_INTRO } from '../text/en/urgency';
import type { RoutineId, StretchId } from '../catalog/types';
import type { PlayerContext, PlayerResult, Variant } from './commands';
import { changeVariant, moveOn, next, pause, repeat, resumeAfterBreak } from './controls';
import { NO_RUSH, OFFER_AGAIN_REPROMPT, offerAgain } from '../text/en/boundaries';
import { ALREADY_TODAY, offerRoutine, offerRoutineReprompt, offerShort } from '../text/en/launch';
import { routineDuration } from '../narration/estimates';
import { nameInSentence } from '../text/en/names';
import { liveStreak, recordAbandoned } from './progress';
import { ask, carryOn } from './result';
import { DEFAULT_ROUTINE, playing, sessionName, startRoutine, startStretch } from './session';
import { say, spokenDuration, spokenList } from './speech';
import type { UserState } from './types';
import { STOP_STRETCH_GROUP_ID, symptom } from './triage';
import { launchStateUnknown } from '../text/en/saving';
import { fallbackWhilePlaying, needFromWords, notOursFor, understood } from './understood';
import { fallbackInRoutine } from '../text/en/in-routine';

/** The routine to offer at launch: the one done last, or the daily one; a short one when today's is done. */
export function likelyRoutine(state: UserState, today: string): { id: RoutineId; short: boolean } {
  if (state.lastCompletedDate === today && state.history.some((h) => h.date === today && h.completed && h.kind === 'routine')) {
    return { id: 'desk-break', short: true };
  }
  const last = state.history.find((h) => h.completed && h.kind === 'routine');
  return { id: last && ROUTINES.some((r) => r.id === last.id) ? (last.id as RoutineId) : DEFAULT_ROUTINE, short: false };
}

const WHAT_I_DO =
  'I can talk you through a back routine, like your daily routine, or a single stretch, like cat-cow or child\'s pose. I can also give you tips.';

export function launch(state: UserState, ctx: PlayerContext): PlayerResult {
  if (ctx.stateUnknown) {
    // Saved progress out of reach: neither a first-time welcome nor a made-up "welcome back".
    return ask(
      state,
      launchStateUnknown.map((text) => say(text, 'intro')),
      'Would you like to start your daily routine?',
      'Say yes to start your daily routine, or name a stretch you would like to try.',
      { pending: 'startRoutine' },
    );
  }
  const firstTime = state.version === 0 && state.completedSessions === 0 && !state.disclaimerSeen;
  if (firstTime) {
    return ask(
      { ...state, disclaimerSeen: true },
      [say('Welcome to Back Stretch Coach.', 'intro'), say(SAFETY.shortSpokenLine, 'intro'), say(WHAT_I_DO, 'intro')],
      'Would you like to start your daily routine?',
      'Say yes to start your daily routine, or name a stretch you would like to try.',
      { pending: 'startRoutine' },
    );
  }
  const streak = liveStreak(state, ctx.today);
  const greeting = [say('Welcome back.', 'intro')];
  if (streak > 1) greeting.push(say(`You're on a ${streak} day streak.`, 'intro'));
  else if (streak === 1 && state.lastCompletedDate === ctx.today) greeting.push(say("You've already stretched today. Nice work.", 'intro'));
  else if (streak === 1) greeting.push(say('You stretched yesterday. Keep it going.', 'intro'));
  const p = playing(state);
  if (p) {
    const upcoming = p.timeline.segments[p.active.segmentIndex];
    const where = upcoming ? `You were on ${upcoming.title} in ${sessionName(p.active)}.` : `You were near the end of ${sessionName(p.active)}.`;
    return ask(state, [...greeting, say(where, 'intro')], 'Continue?', `Shall we carry on with ${sessionName(p.active)}? Say yes or no.`, {
      pending: 'continue',
      show: upcoming ? { stretchId: upcoming.stretchId } : undefined,
    });
  }
  const likely = likelyRoutine(state, ctx.today);
  const routine = getRoutine(likely.id);
  const duration = spokenDuration(routineDuration(likely.id, state.preferences, state.excludedStretches));
  if (likely.short) {
    const lines = greeting.filter((line) => line.type === 'say' && line.text !== "You've already stretched today. Nice work.");
    return ask(state, [...lines, say(ALREADY_TODAY, 'intro')], offerShort(routine.spokenName, duration), offerRoutineReprompt(routine.spokenName), {
      pending: 'startRoutine',
    });
  }
  return ask(state, greeting, offerRoutine(routine.spokenName, duration), offerRoutineReprompt(routine.spokenName), { pending: 'startRoutine' });
}

export function help(state: UserState): PlayerResult {
  const p = playing(state);
  if (p) {
    const upcoming = p.timeline.segments[p.active.segmentIndex];
    const helpAnswer = ask(
      state,
      [
        say(`You're in ${sessionName(p.active)}${upcoming ? `, and ${upcoming.title} is next` : ''}.`),
        say('Say next to go on, repeat to hear that again, or previous to go back.'),
        say('You can also say skip, pause, make it easier, make it harder, or how much is left.'),
        say("If anything hurts, tell me, and we'll stop."),
      ],
      'What would you like to do?',
      "Say next when you're ready, or stop to finish for now. What would you like?",
    );
    // The countdown on a screen stops while the person listens to help.
    return { ...helpAnswer, freezeScreen: true };
  }
  return ask(
    state,
    [say(WHAT_I_DO), say('Say start my back routine, or ask how to do a stretch, like how do I do cat-cow.'), say('You can also ask for a tip, or say read me the disclaimer.')],
    'What would you like to do?',
    'You can say start my back routine, or name a stretch. What would you like?',
  );
}

export function fallback(state: UserState): PlayerResult {
  // Inside a routine the words may have been a report of pain: say how to report it or stop first.
  if (playing(state)) return fallbackWhilePlaying(state);
  return ask(
    state,
    [say("Sorry, I didn't catch that."), say(WHAT_I_DO)],
    'Would you like to start your daily routine?',
    'Say yes to start your daily routine, or name a stretch, like child\'s pose.',
    { pending: 'startRoutine' },
  );
}

export function yes(state: UserState, ctx: PlayerContext): PlayerResult {
  switch (ctx.pending) {
    case 'continue': {
      const p = playing(state);
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
      if (playing(state)) return next(state, ctx);
      return help(state);
  }
}

export function no(state: UserState, ctx: PlayerContext): PlayerResult {
  switch (ctx.pending) {
    case 'continue':
      return ask(
        recordAbandoned(state, ctx.today),
        [say("Okay, let's start fresh.")],
        'Would you like your daily routine?',
        'Say yes for your daily routine, or name a stretch, like cat cow. Shall we start?',
        { pending: 'startRoutine' },
      );
    case 'startRoutine':
      return ask(
        state,
        [say('Okay.')],
        'Name a stretch if you would like one, or ask for a tip. What would you like?',
        'Name a stretch, ask for a tip, or say stop. What would you like?',
      );
    case 'gentler':
      return moveOn(state, ctx);
    case 'goOn': {
      // Not ready: a breather, then the choice of doing the last part again or a real break.
      const p = playing(state);
      if (!p) return carryOn(state, [say('Okay.')]);
      const last = p.timeline.segments[Math.max(0, p.active.segmentIndex - 1)];
      return ask(state, [say(NO_RUSH)], offerAgain(last ? nameInSentence(getStretch(last.stretchId)) : sessionName(p.active)), OFFER_AGAIN_REPROMPT, {
        pending: 'again',
      });
    }
    case 'again':
    case 'skipAhead':
      return pause(state);
    case 'doesItHurt':
      return carryOn(state, [say("Good. Ease in only as far as feels comfortable, and keep breathing.")]);
    case 'startDeskBreak':
      return carryOn(state, [say('Okay.')]);
    default:
      return carryOn(state, [say('Okay.')]);
  }
}

export function startRoutineByName(state: UserState, routine: RoutineId | undefined, heard: string | undefined, ctx: PlayerContext): PlayerResult {
  if (routine) return startRoutine(state, routine, ctx);
  if (!heard) return startRoutine(state, DEFAULT_ROUTINE, ctx);
  // Carrier words take any words: "do the twist in the chair" may arrive as a routine name.
  const instead = byOtherNames(state, heard, ctx);
  if (instead) return instead;
  if (playing(state)) return unknownWhilePlaying(state, `I don't have a routine called ${heard}.`);
  const names = ROUTINES.map((r) => r.spokenName);
  return ask(
    state,
    [say(`I don't have a routine called ${heard}.`), say(`I have ${spokenList(names)}.`)],
    'Which one would you like?',
    `Say the name of a routine, like ${names[0]}. Which one would you like?`,
  );
}

export function startStretchByName(
  state: UserState,
  stretch: StretchId | undefined,
  heard: string | undefined,
  variant: Variant,
  ctx: PlayerContext,
): PlayerResult {
  if (stretch) return startStretch(state, stretch, variant, ctx);
  const examples = STRETCHES.slice(0, 3).map((s) => s.spokenName);
  if (!heard) {
    return ask(
      state,
      [],
      `You could try ${spokenList(examples)}, for example. Which stretch would you like?`,
      'You can say child\'s pose, for example. Which stretch would you like?',
      { elicitSlot: 'stretch' },
    );
  }
  const instead = byOtherNames(state, heard, ctx);
  if (instead) return instead;
  if (playing(state)) return unknownWhilePlaying(state, `I don't know a stretch called ${heard}.`);
  const suggestions = suggestStretches(heard, 3).map((s) => s.spokenName);
  const offer = suggestions.length > 0 ? suggestions : examples;
  return ask(
    state,
    [
      say(`I don't know a stretch called ${heard}.`),
      say(`I can guide you through ${spokenList(offer)}, among others.`),
      say('To hear them all, say list stretches.'),
    ],
    'Which would you like?',
    `Name a stretch, like ${offer[0]}, or say start my back routine. Which would you like?`,
  );
}

/** Inside a routine, a name we don't know may have been something else: say how to report pain, then carry on. */
function unknownWhilePlaying(state: UserState, what: string): PlayerResult {
  return ask(state, [say(what), say(fallbackInRoutine.safety)], fallbackInRoutine.carryOn, fallbackInRoutine.reprompt);
}

/** Words that did not resolve where they arrived: a stretch, a stretch we don't have, or a need. */
function byOtherNames(state: UserState, heard: string, ctx: PlayerContext): PlayerResult | undefined {
  const stretch = findStretch(heard);
  if (stretch) return startStretch(state, stretch.id, 'standard', ctx);
  const notOurs = notOursFor(state, heard);
  if (notOurs) return notOurs;
  const need = needFromWords(heard);
  if (need) return understood(state, { kind: 'need', need }, ctx);
  return undefined;
}

export function disclaimer(state: UserState, ctx: PlayerContext): PlayerResult {
  return carryOn(state, fullDisclaimerFor(ctx.locale).map((paragraph) => say(paragraph)));
}

const SPOKEN_LEVELS: RedFlagUrgency[] = ['urgent', 'soon'];

/** When to get help, grouped as the triage groups it (urgent, soon), with this country's numbers. */
export function safety(state: UserState, ctx: PlayerContext): PlayerResult {
  const place = localeSafety(ctx.locale);
  const speech = SPOKEN_LEVELS.flatMap((urgency) => [
    say(urgencySpokenLead(urgency, place)),
    ...SAFETY.redFlags.filter((g) => g.urgency === urgency).map((g) => say(g.sign)),
  ]);
  return carryOn(state, [say(WHEN_TO_GET_HELP_INTRO), ...speech, say(urgencySpokenLead('stop-stretch', place))]);
}

export function tip(state: UserState, ctx: PlayerContext): PlayerResult {
  const index = (ctx.pick ?? (() => 0))(SAFETY.tips.length);
  const text = SAFETY.tips[index] ?? SAFETY.tips[0] ?? SAFETY.generalRules[0] ?? '';
  return carryOn(state, [say(`Here's a tip. ${text}`)]);
}

export function whenToStretch(state: UserState): PlayerResult {
  return carryOn(state, SAFETY.whenToStretch.map((item) => say(item)));
}

export function benefits(state: UserState, stretch: StretchId | undefined, heard: string | undefined): PlayerResult {
  if (stretch) {
    const s = getStretch(stretch);
    return carryOn(state, [say(s.summary), ...s.benefits.map((b) => say(b))], { show: { stretchId: stretch } });
  }
  const lead = heard ? [say(`I don't know a stretch called ${heard}, but here's why stretching helps.`)] : [];
  const daily = getRoutine(DEFAULT_ROUTINE);
  return carryOn(state, [
    ...lead,
    say('Gentle, regular stretching keeps your back moving and eases stiffness.'),
    say(SAFETY.generalRules[0] ?? ''),
    say(`Your ${daily.spokenName} is a good place to start: ${daily.summary}`),
  ]);
}

export function list(state: UserState): PlayerResult {
  return carryOn(state, [
    say(`I have ${ROUTINES.length} routines: ${spokenList(ROUTINES.map((r) => r.spokenName))}.`),
    say(`And ${STRETCHES.length} stretches: ${spokenList(STRETCHES.map((s) => s.spokenName))}.`),
  ]);
}
