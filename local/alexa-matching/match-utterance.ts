/**
 * A small stand-in for Alexa's language understanding, for the terminal simulator and tests:
 * maps a typed phrase to the intent and slots the interaction model would produce. It is not
 * part of the skill package (Alexa does this on the device side); it matches the way Alexa
 * hears people (see "How Alexa hears people" in the design):
 *
 * - Sample utterances match word for word (case, punctuation and apostrophes ignored).
 * - A custom {slot} inside a sample with carrier words takes any words (up to eight): one of
 *   its type's values or synonyms resolves (ER_SUCCESS_MATCH with the value id), anything else
 *   is ER_SUCCESS_NO_MATCH with the raw words, as Alexa fills custom slots.
 * - A bare "{slot}" sample (no carrier words) only hears its listed values and synonyms.
 * - Best match: fewest unresolved slots, then a sample said word for word, then the longest
 *   resolved slot values (the most specific entity), then most fixed words, then model order.
 * - Built-in intents also answer their own core words ("stop", "help", "next"...) the way
 *   Alexa's built-ins do without samples; the model's samples win over them.
 * - "alexa", "ask back stretch coach to ...", "open back stretch coach" are understood as
 *   invocations; a phrase that fits no sample is AMAZON.FallbackIntent (no sample).
 * Pure: no I/O.
 */
import type { InteractionModelFile, ModelIntent, SlotType } from '../../skill/package/model-types';
import { matchKey, words } from '../../skill/package/spoken';

export interface SlotResolution {
  status: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH';
  /** The slot type the value was resolved against (for the ER authority name). */
  slotType: string;
  /** ER_SUCCESS_MATCH: the value's id and name. */
  id?: string;
  name?: string;
}

export interface SlotMatch {
  /** What the person said, as Alexa would transcribe it. */
  value: string;
  /** The entity-resolution id, when the value matched a slot value or synonym. */
  resolvedId?: string;
  resolution: SlotResolution;
}

export interface IntentMatch {
  request: 'IntentRequest';
  intent: string;
  /** Filled slots only; an intent's other slots are empty. */
  slots: Record<string, SlotMatch>;
  /** The sample utterance that matched (absent for a built-in's own words and for Fallback). */
  sample?: string;
}

export interface LaunchMatch {
  request: 'LaunchRequest';
}

/** "exit" / "quit": Alexa closes the session and sends SessionEndedRequest USER_INITIATED. */
export interface ExitMatch {
  request: 'SessionEndedRequest';
}

export type UtteranceMatch = (IntentMatch | LaunchMatch | ExitMatch) & {
  /** How the skill was addressed: not at all (in-session), "open ...", or "ask ... to ...". */
  invocation: 'none' | 'launch' | 'one-shot';
};

/**
 * Words Alexa's built-in intents understand without sample utterances (a subset of the
 * documented common utterances). Model samples take precedence over these.
 */
export const BUILT_IN_CORE_PHRASES: Record<string, readonly string[]> = {
  'AMAZON.HelpIntent': ['help', 'help me', 'what can i do here'],
  'AMAZON.StopIntent': ['stop', 'off', 'shut up', 'be quiet', 'stop it'],
  'AMAZON.CancelIntent': ['cancel', 'cancel that', 'nevermind'],
  'AMAZON.NextIntent': ['next', 'skip', 'skip forward'],
  'AMAZON.PreviousIntent': ['previous', 'back', 'go back'],
  'AMAZON.RepeatIntent': ['repeat', 'say it again'],
  'AMAZON.PauseIntent': ['pause', 'pause it'],
  'AMAZON.ResumeIntent': ['resume', 'continue please'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'start from the top'],
  'AMAZON.YesIntent': ['yes', 'yep', 'yup', 'yes i do', 'correct'],
  'AMAZON.NoIntent': ['no', 'no i don\'t', 'nah'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to the home screen'],
};

const EXIT_PHRASES = new Set(['exit', 'quit', 'goodbye', 'good bye']);

/** The most words Alexa puts in one slot here (a long description, a stretch name we lack). */
const MAX_SLOT_WORDS = 8;

type Part = { kind: 'word'; key: string } | { kind: 'slot'; name: string; type: string };

interface CompiledSample {
  intent: string;
  sample?: string;
  parts: Part[];
  fixedWords: number;
  /** The sample's fixed words: a phrase lacking one of them cannot match (a quick filter). */
  needs: string[];
  /** Lower ranks win ties: model samples in model order, then built-in core phrases. */
  rank: number;
}

interface ValueEntry {
  id: string;
  name: string;
}

export interface CompiledModel {
  invocationKey: string;
  samples: CompiledSample[];
  /**
   * Samples by the one of their fixed words that the fewest samples have: a phrase without that
   * word cannot match them. Samples without fixed words (a bare "{slot}") are under "".
   */
  byRarestWord: Map<string, CompiledSample[]>;
  /** Slot type name -> phrase key -> value. */
  values: Map<string, Map<string, ValueEntry>>;
  intents: Map<string, ModelIntent>;
}

/** The word keys of a sample's fixed token ("let's" -> ["lets"]), made once per token: samples share most of their words. */
const tokenKeys = new Map<string, readonly string[]>();

function keysOfToken(token: string): readonly string[] {
  let keys = tokenKeys.get(token);
  if (!keys) tokenKeys.set(token, (keys = words(token).map(matchKey)));
  return keys;
}

function compileSample(intent: ModelIntent, sample: string, rank: number): CompiledSample {
  const slotTypes = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
  const parts: Part[] = [];
  for (const token of sample.split(/\s+/).filter(Boolean)) {
    const slot = /^\{(\w+)\}$/.exec(token);
    if (slot) {
      const name = slot[1] ?? '';
      parts.push({ kind: 'slot', name, type: slotTypes.get(name) ?? '' });
    } else {
      for (const key of keysOfToken(token)) parts.push({ kind: 'word', key });
    }
  }
  const needs = [...new Set(parts.flatMap((p) => (p.kind === 'word' ? [p.key] : [])))];
  return { intent: intent.name, sample, parts, fixedWords: needs.length === 0 ? 0 : parts.filter((p) => p.kind === 'word').length, needs, rank };
}

function compileValues(types: readonly SlotType[]): Map<string, Map<string, ValueEntry>> {
  const out = new Map<string, Map<string, ValueEntry>>();
  for (const type of types) {
    const byKey = new Map<string, ValueEntry>();
    for (const value of type.values) {
      const entry = { id: value.id, name: value.name.value };
      for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const key = matchKey(phrase);
        if (!byKey.has(key)) byKey.set(key, entry);
      }
    }
    out.set(type.name, byKey);
  }
  return out;
}

const compiledCache = new WeakMap<InteractionModelFile, CompiledModel>();

export function compileModel(model: InteractionModelFile): CompiledModel {
  const cached = compiledCache.get(model);
  if (cached) return cached;
  const { languageModel } = model.interactionModel;
  const samples: CompiledSample[] = [];
  let rank = 0;
  for (const intent of languageModel.intents) {
    for (const sample of intent.samples) samples.push(compileSample(intent, sample, rank++));
  }
  for (const intent of languageModel.intents) {
    for (const phrase of BUILT_IN_CORE_PHRASES[intent.name] ?? []) {
      const compiled = compileSample(intent, phrase, rank++);
      delete compiled.sample;
      samples.push(compiled);
    }
  }
  const samplesWith = new Map<string, number>();
  for (const sample of samples) for (const key of sample.needs) samplesWith.set(key, (samplesWith.get(key) ?? 0) + 1);
  const byRarestWord = new Map<string, CompiledSample[]>();
  for (const sample of samples) {
    let rarest = '';
    for (const key of sample.needs) if (rarest === '' || (samplesWith.get(key) ?? 0) < (samplesWith.get(rarest) ?? 0)) rarest = key;
    const bucket = byRarestWord.get(rarest);
    if (bucket) bucket.push(sample);
    else byRarestWord.set(rarest, [sample]);
  }
  const compiled: CompiledModel = {
    invocationKey: matchKey(languageModel.invocationName),
    samples,
    byRarestWord,
    values: compileValues(languageModel.types),
    intents: new Map(languageModel.intents.map((i) => [i.name, i])),
  };
  compiledCache.set(model, compiled);
  return compiled;
}

interface Capture {
  slot: string;
  type: string;
  words: string[];
  entry?: ValueEntry;
}

/** Every way the sample's parts can cover the words exactly. */
function* alignments(
  compiled: CompiledModel,
  sample: CompiledSample,
  tokens: readonly string[],
  keys: readonly string[],
  partIndex = 0,
  tokenIndex = 0,
  captures: Capture[] = [],
): Generator<Capture[]> {
  if (partIndex === sample.parts.length) {
    if (tokenIndex === tokens.length) yield captures;
    return;
  }
  const part = sample.parts[partIndex];
  if (!part) return;
  if (part.kind === 'word') {
    if (keys[tokenIndex] === part.key) yield* alignments(compiled, sample, tokens, keys, partIndex + 1, tokenIndex + 1, captures);
    return;
  }
  const values = compiled.values.get(part.type);
  const remaining = tokens.length - tokenIndex;
  for (let length = 1; length <= Math.min(MAX_SLOT_WORDS, remaining); length++) {
    const span = tokens.slice(tokenIndex, tokenIndex + length);
    const entry = values?.get(keys.slice(tokenIndex, tokenIndex + length).join(' '));
    // Carrier words make a custom slot take any words; a bare {slot} hears only its values.
    if (!entry && sample.fixedWords === 0) continue;
    const capture: Capture = entry ? { slot: part.name, type: part.type, words: span, entry } : { slot: part.name, type: part.type, words: span };
    yield* alignments(compiled, sample, tokens, keys, partIndex + 1, tokenIndex + length, [...captures, capture]);
  }
}

interface Candidate {
  sample: CompiledSample;
  captures: Capture[];
  unresolved: number;
  /** Words covered by resolved slot values: the longer value is the more specific one. */
  resolvedWords: number;
}

function candidate(sample: CompiledSample, captures: Capture[]): Candidate {
  return {
    sample,
    captures,
    unresolved: captures.filter((c) => !c.entry).length,
    resolvedWords: captures.reduce((sum, c) => sum + (c.entry ? c.words.length : 0), 0),
  };
}

/**
 * Fewest unresolved slots; then the most specific value ("my legs are numb" as one symptom
 * beats "my legs are {numb}"); then the most fixed words; then model order.
 */
function better(a: Candidate, b: Candidate): boolean {
  if (a.unresolved !== b.unresolved) return a.unresolved < b.unresolved;
  // A sample said word for word beats one that needs a slot to fit.
  const exactA = a.captures.length === 0;
  const exactB = b.captures.length === 0;
  if (exactA !== exactB) return exactA;
  if (a.resolvedWords !== b.resolvedWords) return a.resolvedWords > b.resolvedWords;
  if (a.sample.fixedWords !== b.sample.fixedWords) return a.sample.fixedWords > b.sample.fixedWords;
  return a.sample.rank < b.sample.rank;
}

function toSlotMatch(capture: Capture): SlotMatch {
  const value = capture.words.join(' ');
  if (capture.entry) {
    return {
      value,
      resolvedId: capture.entry.id,
      resolution: { status: 'ER_SUCCESS_MATCH', slotType: capture.type, id: capture.entry.id, name: capture.entry.name },
    };
  }
  return { value, resolution: { status: 'ER_SUCCESS_NO_MATCH', slotType: capture.type } };
}

/** Matches an in-session phrase (no invocation words) against the model's intents. */
export function matchIntent(model: InteractionModelFile, phrase: string): IntentMatch {
  const compiled = compileModel(model);
  const tokens = words(phrase);
  const keys = tokens.map(matchKey);
  let best: Candidate | undefined;
  const present = new Set(keys);
  // Every sample that can match is under one of the phrase's words or under "" (each sample is
  // under one key, so none is tried twice); the best is the same whatever order they come in.
  const candidates = ['', ...present].flatMap((key) => compiled.byRarestWord.get(key) ?? []);
  for (const sample of candidates) {
    if (sample.parts.length > tokens.length || !sample.needs.every((k) => present.has(k))) continue;
    const first = sample.parts[0];
    if (first?.kind === 'word' && first.key !== keys[0]) continue;
    for (const captures of alignments(compiled, sample, tokens, keys)) {
      const next = candidate(sample, captures);
      if (!best || better(next, best)) best = next;
    }
  }
  if (!best || tokens.length === 0) return { request: 'IntentRequest', intent: 'AMAZON.FallbackIntent', slots: {} };
  const slots = Object.fromEntries(best.captures.map((c) => [c.slot, toSlotMatch(c)]));
  const match: IntentMatch = { request: 'IntentRequest', intent: best.sample.intent, slots };
  if (best.sample.sample !== undefined) match.sample = best.sample.sample;
  return match;
}

/**
 * The answer to a slot elicitation ("Which stretch?" -> "the cat cow please"): the slot's own
 * samples or a bare value. Undefined when the phrase is not an answer for that slot.
 */
export function matchSlotAnswer(
  model: InteractionModelFile,
  intentName: string,
  slotName: string,
  phrase: string,
): SlotMatch | undefined {
  const compiled = compileModel(model);
  const intent = compiled.intents.get(intentName);
  const slot = intent?.slots?.find((s) => s.name === slotName);
  if (!intent || !slot) return undefined;
  const tokens = words(phrase);
  const keys = tokens.map(matchKey);
  let best: Candidate | undefined;
  for (const [rank, sample] of [...(slot.samples ?? []), `{${slot.name}}`].entries()) {
    const compiledSample = compileSample(intent, sample, rank);
    for (const captures of alignments(compiled, compiledSample, tokens, keys)) {
      const capture = captures.find((c) => c.slot === slotName);
      if (!capture) continue;
      const next = candidate(compiledSample, captures);
      if (!best || better(next, best)) best = next;
    }
  }
  const capture = best?.captures.find((c) => c.slot === slotName);
  return capture && capture.entry ? toSlotMatch(capture) : undefined;
}

const LAUNCH_VERBS = ['open', 'launch', 'start', 'begin', 'load', 'run', 'play', 'use'];
const ASK_VERBS = ['ask', 'tell'];
const CONNECTORS = ['to', 'for', 'and', 'that', 'if', 'whether'];
const TRAILING_LINKS = ['using', 'with', 'from', 'on', 'in'];

interface Addressed {
  invocation: 'none' | 'launch' | 'one-shot';
  rest: string[];
}

/** Strips the wake word and the invocation ("ask back stretch coach to ..."). */
export function stripInvocation(invocationKey: string, tokens: readonly string[]): Addressed {
  let rest = [...tokens];
  const keyOf = (list: readonly string[]) => list.map(matchKey).join(' ');
  if (matchKey(rest[0] ?? '') === 'alexa') rest = rest.slice(1);
  const invocation = invocationKey.split(' ');
  const n = invocation.length;
  const startsWithName = (offset: number) => keyOf(rest.slice(offset, offset + n)) === invocationKey;

  // "back stretch coach" alone, or "open/launch ... back stretch coach" (optionally "the").
  if (keyOf(rest) === invocationKey) return { invocation: 'launch', rest: [] };
  const first = matchKey(rest[0] ?? '');
  if (LAUNCH_VERBS.includes(first) || ASK_VERBS.includes(first)) {
    const offset = matchKey(rest[1] ?? '') === 'the' && !startsWithName(1) ? 2 : 1;
    if (startsWithName(offset)) {
      let after = rest.slice(offset + n);
      if (after.length === 0) return { invocation: 'launch', rest: [] };
      if (CONNECTORS.includes(matchKey(after[0] ?? ''))) after = after.slice(1);
      if (after.length === 0) return { invocation: 'launch', rest: [] };
      return { invocation: 'one-shot', rest: after };
    }
  }
  // "... using back stretch coach", "start my back routine with back stretch coach"
  if (rest.length > n + 1 && keyOf(rest.slice(-n)) === invocationKey) {
    const link = matchKey(rest[rest.length - n - 1] ?? '');
    if (TRAILING_LINKS.includes(link)) return { invocation: 'one-shot', rest: rest.slice(0, -n - 1) };
  }
  return { invocation: 'none', rest };
}

/**
 * What Alexa would send for a typed phrase: a LaunchRequest, an IntentRequest (Fallback when
 * nothing matches) or, for "exit", a SessionEndedRequest. Undefined for an empty phrase.
 */
export function matchUtterance(model: InteractionModelFile, phrase: string): UtteranceMatch | undefined {
  const compiled = compileModel(model);
  const tokens = words(phrase);
  if (tokens.length === 0) return undefined;
  const { invocation, rest } = stripInvocation(compiled.invocationKey, tokens);
  if (invocation === 'launch') return { request: 'LaunchRequest', invocation };
  if (rest.length === 0) return undefined;
  if (invocation === 'none' && EXIT_PHRASES.has(rest.map(matchKey).join(' '))) {
    return { request: 'SessionEndedRequest', invocation };
  }
  return { ...matchIntent(model, rest.join(' ')), invocation };
}
