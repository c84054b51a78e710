/**
 * What the routine player understands (commands, each with the answer that takes it), what it
 * needs to know about the turn (context) and what it answers (result). The Lambda maps Alexa
 * intents to commands (each intent names its command in skill/package/intents.ts) and turns
 * results into Alexa responses.
 */
import type { RoutineId, StretchId } from '../catalog/types';
import type { Segment, TimelineEvent } from '../narration/types';
import type { PreferenceValue } from '../catalog/types';
import * as answers from './answers';
import * as controls from './controls';
import { symptom } from './triage';
import type { Turn } from './turn';
import type { ActiveSession, UserState } from './types';
import { understood, type Understood } from './understood';

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

/** What an answer takes: the person's state, the command (its type and the rest of it) and the turn. */
export type Answer<C> = (state: UserState, command: C, turn: Turn) => PlayerResult;

/** A command that carries nothing but its type. */
type Plain = Record<never, never>;

/** An answer that needs nothing from its command. */
const plain =
  (answer: (state: UserState, turn: Turn) => PlayerResult): Answer<Plain> =>
  (state, _command, turn) =>
    answer(state, turn);

/**
 * Every command the player understands and its answer: the one list. A command's shape is what
 * its answer takes (`Command` below is derived from this table), so a new command is one line
 * here and its answer in controls.ts, answers.ts or a module of its own; play() needs no edit.
 */
const ANSWER_TABLE = {
  launch: plain(answers.launch),
  /** routine: resolved id; heard: the raw words when they did not resolve. Neither: the default routine. */
  startRoutine: (state, c: { routine?: RoutineId; heard?: string }, turn) => answers.startRoutineByName(state, c.routine, c.heard, turn),
  /** stretch: resolved id; heard: raw words that did not resolve; neither: ask which stretch (slot elicitation). */
  startStretch: (state, c: { stretch?: StretchId; heard?: string; variant?: Variant }, turn) =>
    answers.startStretchByName(state, c.stretch, c.heard, c.variant ?? 'standard', turn),
  next: plain(controls.next),
  previous: plain(controls.previous),
  repeat: plain(controls.repeat),
  skip: plain(controls.skip),
  pause: plain((state, turn) => controls.pause(state, turn.texts)),
  resume: plain(controls.resume),
  startOver: plain(controls.startOver),
  whatsNext: plain((state, turn) => controls.whatsNext(state, turn.texts)),
  howMuchLeft: plain((state, turn) => controls.howMuchLeft(state, turn.texts)),
  easier: plain((state, turn) => controls.changeVariant(state, 'easier', turn)),
  harder: plain((state, turn) => controls.changeVariant(state, 'harder', turn)),
  stop: plain((state, turn) => controls.stop(state, turn.texts)),
  help: plain((state, turn) => answers.help(state, turn.texts)),
  fallback: plain((state, turn) => answers.fallback(state, turn.texts)),
  yes: plain(answers.yes),
  no: plain(answers.no),
  preference: (state, c: { value?: PreferenceValue }, turn) => controls.setPreference(state, c.value, turn.texts),
  /** No stretch: the one in progress. */
  exclude: (state, c: { stretch?: StretchId; heard?: string }, turn) => controls.exclude(state, c.stretch, c.heard, turn.texts),
  include: (state, c: { stretch?: StretchId; heard?: string }, turn) => controls.include(state, c.stretch, c.heard, turn.texts),
  /** groupId: a red-flag group id from entity resolution; heard: the person's words. */
  symptom: (state, c: { groupId?: string; heard?: string }, turn) => symptom(state, c.groupId, c.heard, turn),
  disclaimer: plain(answers.disclaimer),
  safety: plain(answers.safety),
  tip: plain(answers.tip),
  whenToStretch: plain((state, turn) => answers.whenToStretch(state, turn.texts)),
  benefits: (state, c: { stretch?: StretchId; heard?: string }, turn) => answers.benefits(state, c.stretch, c.heard, turn.texts),
  list: plain((state, turn) => answers.list(state, turn.texts)),
  /** The ways people talk beyond the player controls (situations, pain, questions...): understood.ts. */
  understood: (state, c: { what: Understood }, turn) => understood(state, c.what, turn),
  // `never`: each entry says for itself what its command carries (the parameter's type).
} satisfies Record<string, Answer<never>>;

/** The names of the commands. */
export type CommandType = keyof typeof ANSWER_TABLE;

/** One command: its type and what its answer takes. */
export type CommandOf<K extends CommandType> = Shown<{ type: K } & Parameters<(typeof ANSWER_TABLE)[K]>[1]>;
/** The same type, shown as one object (`{ type: 'tip' }`) in editors and errors rather than an intersection. */
type Shown<T> = { [P in keyof T]: T[P] };

export type Command = { [K in CommandType]: CommandOf<K> }[CommandType];

/** Each command's answer, typed to receive its own command. */
export const ANSWERS: { readonly [K in CommandType]: Answer<CommandOf<K>> } = ANSWER_TABLE;

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
