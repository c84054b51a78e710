/**
 * The phrase corpus's shape: what a person says, where they are when they say it, and the
 * outcome they need. Written from the personas and the catalog, never from the model's
 * samples (the samples are what the model learns from; the corpus is what it is tested on).
 */
import { ROUTINE_IDS, type RoutineId, type StretchId } from '../../../skill/catalog/types';

/**
 * Where the person is:
 * - fresh: a new session whose first words are these ("Alexa, ask back stretch coach to ...");
 * - launch: just after "open back stretch coach" (returning person, nothing unfinished);
 * - in-routine: the daily routine has started and its first stretch was just talked through;
 * - after-hold: in the daily routine, the right side of knee-to-chest has just been held;
 * - paused: the daily routine is paused;
 * - in-stretch: a single stretch (knee-to-chest) was asked for and its first side held.
 */
export type Context = 'fresh' | 'launch' | 'in-routine' | 'after-hold' | 'paused' | 'in-stretch';

export type Control =
  | 'pause'
  | 'next'
  | 'resume'
  | 'previous'
  | 'repeat'
  | 'stop'
  | 'how-long'
  | 'slower'
  | 'which-side'
  | 'feel'
  | 'purpose'
  | 'floor'
  | 'easier'
  | 'harder'
  | 'skip'
  | 'longer-holds'
  | 'shorter-holds'
  | 'whats-next'
  | 'start-over'
  | 'help';

export type Topic =
  | 'how-often'
  | 'pregnancy'
  | 'surgery'
  | 'condition'
  | 'heat-ice'
  | 'surface'
  | 'when'
  | 'benefits'
  | 'disclaimer'
  | 'see-a-doctor'
  | 'tip'
  | 'list';

export type Expect =
  /** Starts (or offers to start, naming it) one of these routines or stretches. */
  | { start: (RoutineId | StretchId)[] }
  /** The right level of advice at once. */
  | { triage: 'urgent' | 'soon' | 'ease-out' }
  /** "I don't have that one", naming at least one of these closest ones. */
  | { notOurs: StretchId[] }
  | { control: Control }
  | { answer: Topic }
  /** A warm acknowledgement (not "does something hurt?"). */
  | { acknowledge: true };

export interface Entry {
  phrase: string;
  context: Context;
  /** Any one of these outcomes is what the person needs. */
  expect: Expect[];
  persona: string;
}

export type Category = 'start' | 'stretch' | 'not-ours' | 'control' | 'question' | 'feeling' | 'pain' | 'warning';

export function categoryOf(entry: Entry): Category {
  const first = entry.expect[0]!;
  if ('triage' in first) return first.triage === 'ease-out' ? 'pain' : 'warning';
  if ('start' in first) return first.start.some((id) => (ROUTINE_IDS as readonly string[]).includes(id)) ? 'start' : 'stretch';
  if ('notOurs' in first) return 'not-ours';
  if ('control' in first) return 'control';
  if ('answer' in first) return 'question';
  return 'feeling';
}

export const URGENT: Expect = { triage: 'urgent' };
export const SOON: Expect = { triage: 'soon' };
export const EASE: Expect = { triage: 'ease-out' };
export const GOOD: Expect = { acknowledge: true };
export const start = (...ids: (RoutineId | StretchId)[]): Expect => ({ start: ids });
export const notOurs = (...ids: StretchId[]): Expect => ({ notOurs: ids });
export const ctl = (control: Control): Expect => ({ control });
export const ans = (answer: Topic): Expect => ({ answer });

/** A group of phrasings said in one context, all needing the same outcome (or any of several). */
export function said(persona: string, context: Context, expect: Expect | Expect[], phrases: string[]): Entry[] {
  const outcomes = Array.isArray(expect) ? expect : [expect];
  return phrases.map((phrase) => ({ phrase, context, expect: outcomes, persona }));
}
