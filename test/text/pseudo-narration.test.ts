/**
 * The text seam, proven for the voice: in the pseudo-locale every word of the narration (every
 * segment of every stretch in each version and of every routine, at each pace, and what a screen
 * shows beside it) and of the player's and the coach's answers comes through skill/text/. A plain
 * English word left in the SSML is a sentence that did not go through the texts.
 */
import { describe, it } from 'vitest';
import { ROUTINES, SAFETY, STRETCHES } from '../../skill/catalog/index';
import { PREFERENCE_VALUES, type Variant } from '../../skill/catalog/types';
import * as coach from '../../skill/coaching/coach';
import type { Command, PendingQuestion, PlayerContext, PlayerResult } from '../../skill/conversation/commands';
import { play } from '../../skill/conversation/player';
import type { UserState } from '../../skill/conversation/types';
import { compileRoutine, compileStretch, renderSsml, type Pace, type Timeline } from '../../skill/narration/index';
import type { TimelineEvent } from '../../skill/narration/types';
import { newUserState } from '../../skill/state/new-user-state';
import { expectNoPlainEnglish, PSEUDO_LOCALE, textsFor } from '../support/pseudo-locale';

const texts = textsFor(PSEUDO_LOCALE);
const PACES: readonly Pace[] = ['normal', 'slower'];
const CUE_STYLES = ['voice', 'chimes'] as const;
const VARIANTS: readonly Variant[] = ['standard', 'easier', 'harder'];
const ctx: PlayerContext = { today: '2026-12-01', now: '2026-12-01T08:00:00.000Z', locale: PSEUDO_LOCALE };

/** Every segment as Alexa says it (first time and after a break) and as a screen shows it. */
function expectTimelineInPseudo(where: string, timeline: Timeline, pace: Pace): void {
  expectNoPlainEnglish(`${where} title`, timeline.title);
  for (const segment of timeline.segments) {
    const at = `${where} ${segment.id}`;
    expectNoPlainEnglish(`${at} title`, segment.title);
    expectNoPlainEnglish(at, renderSsml(segment.events, { pace }));
    if (segment.resumeEvents) expectNoPlainEnglish(`${at} after a break`, renderSsml(segment.resumeEvents, { pace }));
    for (const event of segment.events) if (event.type === 'holdStart') expectNoPlainEnglish(`${at} hold label`, event.label);
  }
}

function spoken(events: readonly TimelineEvent[]): string {
  return renderSsml(events, { pace: 'normal' });
}

/** Everything an answer can say: speech, the closing prompt, the reprompt, and either outcome of saving. */
function expectAnswerInPseudo(where: string, result: PlayerResult): void {
  expectNoPlainEnglish(`${where} speech`, spoken(result.speech));
  expectNoPlainEnglish(`${where} prompt`, spoken(result.prompt));
  expectNoPlainEnglish(`${where} reprompt`, spoken(result.reprompt));
  if (result.saving) {
    expectNoPlainEnglish(`${where} kept`, spoken(result.saving.kept));
    expectNoPlainEnglish(`${where} not kept`, spoken(result.saving.notKept));
  }
}

function turn(state: UserState, command: Command, pending?: PendingQuestion): PlayerResult {
  return play(state, command, pending ? { ...ctx, pending } : ctx);
}

/** Someone who has stretched before (no first-time safety line), with a routine or a stretch under way. */
function returning(): UserState {
  return { ...newUserState(), version: 3, disclaimerSeen: true, completedSessions: 4, streakDays: 3, lastCompletedDate: '2026-11-30' };
}

function started(command: Command, state: UserState = returning()): UserState {
  return turn(state, command).state;
}

describe('the narration in the pseudo-locale', () => {
  for (const stretch of STRETCHES) {
    it(`says every segment of ${stretch.id} through the texts, in each version, at each pace and cue style`, () => {
      for (const variant of VARIANTS) {
        for (const pace of PACES) {
          for (const cueStyle of CUE_STYLES) {
            const timeline = compileStretch(stretch.id, { preferences: { ...returning().preferences, pace, cueStyle }, variant, texts });
            expectTimelineInPseudo(`${stretch.id} ${variant} ${pace} ${cueStyle}`, timeline, pace);
          }
        }
      }
    });
  }

  for (const routine of ROUTINES) {
    it(`says every segment of the ${routine.id} routine through the texts, at each pace`, () => {
      for (const pace of PACES) {
        const timeline = compileRoutine(routine.id, { preferences: { ...returning().preferences, pace }, texts });
        expectTimelineInPseudo(`${routine.id} ${pace}`, timeline, pace);
        // A gentle day and a step of progression change the numbers, and so some of the lines.
        for (const adjustment of [{ level: 0, gentle: true }, { level: 3, gentle: false }]) {
          const adjusted = compileRoutine(routine.id, { preferences: { ...returning().preferences, pace }, adjustment, texts });
          expectTimelineInPseudo(`${routine.id} ${pace} ${JSON.stringify(adjustment)}`, adjusted, pace);
        }
      }
    });
  }
});

describe("the player's answers in the pseudo-locale", () => {
  const idle = returning();
  const inRoutine = started({ type: 'startRoutine', routine: 'basic-daily' });
  const inStretch = started({ type: 'startStretch', stretch: 'knee-to-chest' });
  const paused = turn(inRoutine, { type: 'pause' }).state;
  const firstStretch = STRETCHES[0]!.id;

  const cases: [string, UserState, Command, PendingQuestion?][] = [
    ['launch, first time', newUserState(), { type: 'launch' }],
    ['launch, returning', idle, { type: 'launch' }],
    ['launch, in a routine', inRoutine, { type: 'launch' }],
    ['launch, already stretched today', { ...idle, lastCompletedDate: ctx.today, history: [{ date: ctx.today, kind: 'routine', id: 'basic-daily', completed: true }] }, { type: 'launch' }],
    ['start the daily routine', idle, { type: 'startRoutine' }],
    ['start a routine we do not have', idle, { type: 'startRoutine', heard: '⟦žúɱƀá⟧' }],
    ['start a stretch', idle, { type: 'startStretch', stretch: firstStretch }],
    ['start the easier version', idle, { type: 'startStretch', stretch: 'knee-to-chest', variant: 'easier' }],
    ['start a stretch with no name', idle, { type: 'startStretch' }],
    ['start a stretch we do not know', idle, { type: 'startStretch', heard: '⟦ţĥé ƒļáɱíñĝó⟧' }],
    ['next', inRoutine, { type: 'next' }],
    ['previous', inRoutine, { type: 'previous' }],
    ['repeat', inRoutine, { type: 'repeat' }],
    ['skip', inRoutine, { type: 'skip' }],
    ['pause', inRoutine, { type: 'pause' }],
    ['resume', paused, { type: 'resume' }],
    ['start over', inRoutine, { type: 'startOver' }],
    ["what's next", inRoutine, { type: 'whatsNext' }],
    ['how long is left', inRoutine, { type: 'howMuchLeft' }],
    ['easier', inRoutine, { type: 'easier' }],
    ['harder', inRoutine, { type: 'harder' }],
    ['easier in a stretch', inStretch, { type: 'easier' }],
    ['stop in a routine', inRoutine, { type: 'stop' }],
    ['stop with nothing playing', idle, { type: 'stop' }],
    ['help in a routine', inRoutine, { type: 'help' }],
    ['help', idle, { type: 'help' }],
    ['fallback', idle, { type: 'fallback' }],
    ['fallback in a routine', inRoutine, { type: 'fallback' }],
    ['yes to continue', inRoutine, { type: 'yes' }, 'continue'],
    ['yes to go on', inRoutine, { type: 'yes' }, 'goOn'],
    ['no to go on', inRoutine, { type: 'no' }, 'goOn'],
    ['no to again', inRoutine, { type: 'no' }, 'again'],
    ['no to continue', inRoutine, { type: 'no' }, 'continue'],
    ['no to the routine', idle, { type: 'no' }, 'startRoutine'],
    ['no, nothing hurts', inRoutine, { type: 'no' }, 'doesItHurt'],
    ['yes to a gentler version', inRoutine, { type: 'yes' }, 'gentler'],
    ['no preference named', idle, { type: 'preference' }],
    ...PREFERENCE_VALUES.map((value): [string, UserState, Command] => [`preference ${value}`, inRoutine, { type: 'preference', value }]),
    ['leave out this one', inRoutine, { type: 'exclude' }],
    ['leave out which', idle, { type: 'exclude' }],
    ['leave out an unknown one', idle, { type: 'exclude', heard: '⟦ţĥé ƒļáɱíñĝó⟧' }],
    ['bring back', { ...idle, excludedStretches: [firstStretch] }, { type: 'include', stretch: firstStretch }],
    ['bring back one that is in', idle, { type: 'include', stretch: firstStretch }],
    ['bring back which', idle, { type: 'include' }],
    ['it hurts, in a routine', inRoutine, { type: 'symptom' }],
    ['it hurts, with nothing playing', idle, { type: 'symptom' }],
    ['words we cannot place', inRoutine, { type: 'symptom', heard: 'I feel funny' }],
    ...SAFETY.redFlags.map((group): [string, UserState, Command] => [`red flag ${group.id}`, inRoutine, { type: 'symptom', groupId: group.id }]),
    ['safety', idle, { type: 'safety' }],
    ['tip', idle, { type: 'tip' }],
    ['when to stretch', idle, { type: 'whenToStretch' }],
    ['benefits of a stretch', idle, { type: 'benefits', stretch: firstStretch }],
    ['benefits in general', idle, { type: 'benefits', heard: '⟦ţĥé ƒļáɱíñĝó⟧' }],
    ['list', idle, { type: 'list' }],
    ['a need: an area', idle, { type: 'understood', what: { kind: 'need', need: { kind: 'area', area: 'lower back' } } }],
    ['a need: a purpose', idle, { type: 'understood', what: { kind: 'need', need: { kind: 'purpose', purpose: 'morning' } } }],
    ['a need: five minutes', idle, { type: 'understood', what: { kind: 'need', need: { kind: 'time', minutes: 5 } } }],
    ['a need we cannot meet', idle, { type: 'understood', what: { kind: 'need', heard: '⟦ɱý éļƀóŵ⟧' } }],
    ['pain in the chest', inRoutine, { type: 'understood', what: { kind: 'pain', place: 'chest' } }],
    ['feeling good', inRoutine, { type: 'understood', what: { kind: 'feelingGood' } }],
    ['a stretch we do not have', idle, { type: 'understood', what: { kind: 'otherStretch', id: 'downward-dog' } }],
    ['which side', inStretch, { type: 'understood', what: { kind: 'whichSide' } }],
    ['which side, nothing started', idle, { type: 'understood', what: { kind: 'whichSide' } }],
    ['what to feel', inStretch, { type: 'understood', what: { kind: 'feel' } }],
    ['what it is for', inStretch, { type: 'understood', what: { kind: 'purpose' } }],
    ['no floor', idle, { type: 'understood', what: { kind: 'floor' } }],
    ...(['how-often', 'pregnancy', 'surgery', 'condition', 'heat-ice', 'surface'] as const).map(
      (topic): [string, UserState, Command] => [`question ${topic}`, idle, { type: 'understood', what: { kind: 'question', topic } }],
    ),
    ['next with nothing playing', idle, { type: 'next' }],
    ['pause with nothing playing', idle, { type: 'pause' }],
    ['how long with nothing playing', idle, { type: 'howMuchLeft' }],
  ];

  for (const [name, state, command, pending] of cases) {
    it(`answers "${name}" through the texts`, () => {
      expectAnswerInPseudo(name, turn(state, command, pending));
    });
  }

  it('says every boundary and the end of a routine and of a stretch through the texts', () => {
    for (const start of [{ type: 'startRoutine', routine: 'basic-daily' }, { type: 'startStretch', stretch: 'knee-to-chest' }] as const) {
      let result = turn(returning(), start);
      expectAnswerInPseudo(`${start.type} first response`, result);
      for (let step = 0; step < 60 && !result.endSession && result.pending === 'goOn'; step += 1) {
        result = turn(result.state, { type: 'next' });
        expectAnswerInPseudo(`${start.type} response ${step + 2}`, result);
      }
    }
  });
});

describe("the coach's answers in the pseudo-locale", () => {
  const idle = returning();

  it('checks in, tells the trend, and keeps a bad day gentle through the texts', () => {
    const checked = coach.checkIn(idle, 4, ctx, false);
    expectAnswerInPseudo('check-in', checked.result);
    expectAnswerInPseudo('check-in, not a number', coach.checkIn(idle, undefined, ctx, false, 'unplaced').result);
    expectAnswerInPseudo('check-in, high', coach.checkIn(idle, 9, ctx, true).result);
    expectAnswerInPseudo('how am I doing', coach.howAmIDoing(checked.result.state, ctx).result);
    expectAnswerInPseudo('how am I doing, no check-ins', coach.howAmIDoing(idle, ctx).result);
    expectAnswerInPseudo('bad day', coach.badDay(idle, ctx).result);
    expectAnswerInPseudo('easier again', coach.easierAgain(idle, ctx).result);
    expectAnswerInPseudo('skip the check-in', coach.skipCheckIn(idle, ctx).result);
    expectAnswerInPseudo('delete history?', coach.deleteHistoryAsk(idle, texts).result);
    expectAnswerInPseudo('deleted', coach.deleteHistoryConfirmed(idle, true, texts).result);
    expectAnswerInPseudo('not deleted', coach.deleteHistoryDeclined(idle, texts).result);
    expectAnswerInPseudo('routine offer declined', coach.declineRoutineOffer(idle, ctx, true).result);
    for (const outcome of ['accepted', 'declined', 'already', 'failed'] as const) {
      expectAnswerInPseudo(`routine offer ${outcome}`, coach.routineOfferOutcome(idle, outcome, ctx).result);
    }
  });
});
