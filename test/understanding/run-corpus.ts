/**
 * Runs corpus entries the way a device would: each person gets a fresh simulator (Alexa-like
 * matching of every phrase through the committed model, real request envelopes, sessions as
 * Alexa keeps them) in front of the real skill handler with an in-memory store. The context is
 * reached by saying what a person would say first; then the entry's phrase is said. Each
 * context's setup is said once, by one person, and every entry in that context is said by an
 * exact copy of them (the simulator's session and the stored state, on one clock for the run):
 * the corpus test holds that a copy answers byte for byte as a person who says the setup.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/skill';
import { AlexaSimulator, type Turn } from '../../local/simulator/simulator';
import { ssmlToText } from '../../local/simulator/ssml-text';
import type { Context, Entry } from './corpus/dsl';
import { memoryStore } from './memory-store';
import type { UserState } from '../../skill/conversation/types';
import { meets, type Heard } from './outcome';
import { COMMITTED_MODEL } from '../support/committed-model';

export const MODEL = COMMITTED_MODEL;

/** What a person says to get into each context (each line must work, or the run says so). */
const SETUP: Record<Context, string[]> = {
  fresh: [],
  launch: ['open back stretch coach'],
  'in-routine': ['open back stretch coach', 'start my back routine'],
  'after-hold': ['open back stretch coach', 'start my back routine', 'next', 'next'],
  paused: ['open back stretch coach', 'start my back routine', 'pause'],
  'in-stretch': ['open back stretch coach', 'how do i do knee to chest'],
};

/** Every context an entry can be in. */
export const CONTEXTS = Object.keys(SETUP) as Context[];

export interface Result {
  entry: Entry;
  ok: boolean;
  /** The intent and sample the phrase hit (or Fallback). */
  heardAs: string;
  said: string;
  problems: string[];
  /** The skill's answer to the phrase, and what is stored for the person after it. */
  response: Turn['response'];
  after: UserState | undefined;
}

const store = memoryStore();
const skill = buildSkill({ store, companionUrl: 'https://coach.example', log: () => {} });
const transport = (request: RequestEnvelope) => skill.invoke(request);
/** One time for the whole run, so a person copied after the setup is the person who said it. */
const NOW = new Date();
const now = () => NOW;
let people = 0;

function textOf(turn: Turn): string {
  const speech = turn.response?.response.outputSpeech;
  const ssml = speech?.type === 'SSML' ? speech.ssml : '';
  return ssmlToText(ssml).replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
}

function invariants(turn: Turn, text: string): string[] {
  const problems: string[] = [];
  if (turn.error) problems.push(`skill error: ${turn.error}`);
  const response = turn.response?.response;
  if (response && response.shouldEndSession === false) {
    if (!response.reprompt) problems.push('open session without a reprompt');
    if (!/\?\s*$/.test(text)) problems.push('open session that does not end on a question');
  }
  return problems;
}

interface Person {
  sim: AlexaSimulator;
  userId: string;
  /** Setup lines that did not work. */
  problems: string[];
}

/** A new person who has said the context's setup lines. */
async function personIn(context: Context): Promise<Person> {
  people += 1;
  const userId = `amzn1.ask.account.CORPUS-${people}`;
  const sim = new AlexaSimulator({ model: MODEL, transport, userId, now });
  const problems: string[] = [];
  for (const line of SETUP[context]) {
    const turn = await sim.say(line);
    if (turn.error || turn.match?.request === 'IntentRequest' && turn.match.intent === 'AMAZON.FallbackIntent') {
      problems.push(`setup "${line}" failed`);
    }
  }
  return { sim, userId, problems };
}

/** Each context's setup is said once; every entry in it is a copy of that person (the session and the stored state). */
const afterSetup = new Map<Context, Promise<Person>>();

async function copyIn(context: Context): Promise<Person> {
  let template = afterSetup.get(context);
  if (!template) afterSetup.set(context, (template = personIn(context)));
  const { sim, userId, problems } = await template;
  people += 1;
  const copy = `amzn1.ask.account.CORPUS-${people}`;
  store.copy(userId, copy);
  return { sim: sim.copyFor(copy), userId: copy, problems: [...problems] };
}

/**
 * The entry's phrase said by a person in its context: a copy of the person who said the
 * context's setup (the default), or (`replay`) a new person who says the setup lines first.
 */
export async function runEntry(entry: Entry, options: { replay?: boolean } = {}): Promise<Result> {
  const { sim, userId, problems } = options.replay ? await personIn(entry.context) : await copyIn(entry.context);
  const before = store.peek(userId);
  const turn = await sim.say(entry.phrase);
  const match = turn.match;
  const heardAs =
    match?.request === 'IntentRequest' ? `${match.intent}${match.sample ? ` "${match.sample}"` : ''}` : (match?.request ?? 'nothing');
  const text = textOf(turn);
  const said = text.toLowerCase();
  problems.push(...invariants(turn, text));
  const after = store.peek(userId);
  const heard: Heard = { said, ended: turn.sessionEnded, before, after };
  const ok = problems.length === 0 && entry.expect.some((e) => meets(e, heard));
  return { entry, ok, heardAs, said, problems, response: turn.response, after };
}
