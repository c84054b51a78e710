/**
 * What the routine player understands (commands), what it needs to know about the turn
 * (context) and what it answers (result). Pure data: the Lambda maps Alexa intents to
 * commands and turns results into Alexa responses.
 */
import type { RoutineId, StretchId } from '../catalog/types';
import type { Segment, TimelineEvent } from '../narration/types';
import type { PreferenceValue } from '../catalog/types';
import type { ActiveSession, UserState } from './types';
import type { Understood } from './understood';

export type Variant = ActiveSession['variant'];

/** A yes/no question the player asked and is waiting on (kept in the Alexa session). */
export type PendingQuestion =
  /** "You were on Cat-Cow in your daily routine. Continue?" */
  | 'continue'
  /** "Would you like to start your daily routine?" */
  | 'startRoutine'
  /** After "it hurts": "Would you like to try a gentler version?" */
  | 'gentler'
  /** After words we could not place ("I feel funny"): "Does something hurt?" */
  | 'doesItHurt'
  /** After "I can't get on the floor": "Would you like the desk break instead?" */
  | 'startDeskBreak'
  /** At a boundary: "Ready for cat cow?" (no: a breather and the offer to do it again). */
  | 'goOn'
  /** After "no" at a boundary: "Would you like to do Cat-Cow again?" (no: a real break). */
  | 'again'
  /** After "it hurts" with no gentler version: "Shall we skip to the next stretch?" (no: a break). */
  | 'skipAhead';

export type Command =
  | { type: 'launch' }
  /** routine: resolved id; heard: the raw words when they did not resolve. Neither: the default routine. */
  | { type: 'startRoutine'; routine?: RoutineId; heard?: string }
  /** stretch: resolved id; heard: raw words that did not resolve; neither: ask which stretch (slot elicitation). */
  | { type: 'startStretch'; stretch?: StretchId; heard?: string; variant?: Variant }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'repeat' }
  | { type: 'skip' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'startOver' }
  | { type: 'whatsNext' }
  | { type: 'howMuchLeft' }
  | { type: 'easier' }
  | { type: 'harder' }
  | { type: 'stop' }
  | { type: 'help' }
  | { type: 'fallback' }
  | { type: 'yes' }
  | { type: 'no' }
  | { type: 'preference'; value?: PreferenceValue }
  /** No stretch: the one in progress. */
  | { type: 'exclude'; stretch?: StretchId; heard?: string }
  | { type: 'include'; stretch?: StretchId; heard?: string }
  /** groupId: a red-flag group id from entity resolution; heard: the person's words. */
  | { type: 'symptom'; groupId?: string; heard?: string }
  | { type: 'disclaimer' }
  | { type: 'safety' }
  | { type: 'tip' }
  | { type: 'whenToStretch' }
  | { type: 'benefits'; stretch?: StretchId; heard?: string }
  | { type: 'list' }
  /** The ways people talk beyond the player controls (situations, pain, questions...): understood.ts. */
  | { type: 'understood'; what: Understood };

export interface PlayerContext {
  /** The person's calendar date, YYYY-MM-DD (streaks and history). */
  today: string;
  /** ISO timestamp of the request. */
  now: string;
  /** The yes/no question asked in the previous turn of this session, if any. */
  pending?: PendingQuestion;
  /**
   * The request's locale ("en-GB"): the words of every answer and of the narration
   * (`textsFor(locale)`, looked up once per turn in play()), and which country's emergency
   * numbers and regulator to name.
   */
  locale?: string;
  /** Picks an index in [0, n): tips and other variety. Default: the first. */
  pick?: (n: number) => number;
  /** True when the person's saved state could not be reached at all: they may not be new. */
  stateUnknown?: boolean;
}

/** What the screen and the card should show. */
export interface Showing {
  stretchId: StretchId;
  /** The segment just narrated, when one was. */
  segment?: Segment;
  /** Every segment this response narrates, `segment` first (both sides of a stretch may fit in one). */
  played?: readonly Segment[];
  /** What this response says before its prompt, when it narrates: the countdown times its holds on it. */
  speech?: readonly TimelineEvent[];
}

export interface PlayerResult {
  state: UserState;
  /** What is said this turn, before the closing prompt. */
  speech: TimelineEvent[];
  /** The closing question or instruction; empty only when the session ends. */
  prompt: TimelineEvent[];
  /** Said when the person stays silent; empty only when the session ends. */
  reprompt: TimelineEvent[];
  endSession: boolean;
  /** The yes/no question now waiting on an answer. */
  pending?: PendingQuestion;
  show?: Showing;
  /** Ask Alexa to collect this slot of the current intent (Dialog.ElicitSlot). */
  elicitSlot?: 'stretch';
  /** Silent turn (SessionEndedRequest): no speech at all. */
  silent?: boolean;
  /** Stop any countdown on the screen where it is (pause, help): nothing should run on while the person is not. */
  freezeScreen?: boolean;
  /** This turn completed a routine or stretch (a routine's last speech event is then its farewell). */
  completed?: { kind: 'routine' | 'stretch'; id: RoutineId | StretchId };
  /**
   * What to say about keeping this turn's change, decided once the save's outcome is known:
   * `kept` when it is stored, `notKept` when it could not be (the player never claims a save
   * on its own). Said after `speech`, before the closing prompt.
   */
  saving?: { kept: TimelineEvent[]; notKept: TimelineEvent[] };
}
