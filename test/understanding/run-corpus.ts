/**
 * Runs corpus entries the way a device would: each person gets a fresh simulator (Alexa-like
 * matching of every phrase through the committed model, real request envelopes, sessions as
 * Alexa keeps them) in front of the real skill handler with an in-memory store. The context is
 * reached by saying what a person would say first; then the entry's phrase is said.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/skill';
import { AlexaSimulator, type Turn } from '../../local/simulator/simulator';
import { ssmlToText } from '../../local/simulator/ssml-text';
import type { Context, Entry } from './corpus/dsl';
import { memoryStore } from './memory-store';
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

export interface Result {
  entry: Entry;
  ok: boolean;
  /** The intent and sample the phrase hit (or Fallback). */
  heardAs: string;
  said: string;
  problems: string[];
}

const store = memoryStore();
const skill = buildSkill({ store, companionUrl: 'https://coach.example', log: () => {} });
let people = 0;

function textOf(turn: Turn): string {
  const speech = turn.response?.response.outputSpeech;
  const ssml = speech?.type === 'SSML' ? speech.ssml : '';
  return ssmlToText(ssml).replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
}

function invariants(turn: Turn): string[] {
  const problems: string[] = [];
  if (turn.error) problems.push(`skill error: ${turn.error}`);
  const response = turn.response?.response;
  if (response && response.shouldEndSession === false) {
    if (!response.reprompt) problems.push('open session without a reprompt');
    if (!/\?\s*$/.test(textOf(turn))) problems.push('open session that does not end on a question');
  }
  return problems;
}

export async function runEntry(entry: Entry): Promise<Result> {
  people += 1;
  const userId = `amzn1.ask.account.CORPUS-${people}`;
  const transport = (request: RequestEnvelope) => skill.invoke(request);
  const sim = new AlexaSimulator({ model: MODEL, transport, userId });
  const problems: string[] = [];
  for (const line of SETUP[entry.context]) {
    const turn = await sim.say(line);
    if (turn.error || turn.match?.request === 'IntentRequest' && turn.match.intent === 'AMAZON.FallbackIntent') {
      problems.push(`setup "${line}" failed`);
    }
  }
  const before = store.peek(userId);
  const turn = await sim.say(entry.phrase);
  const match = turn.match;
  const heardAs =
    match?.request === 'IntentRequest' ? `${match.intent}${match.sample ? ` "${match.sample}"` : ''}` : (match?.request ?? 'nothing');
  const said = textOf(turn).toLowerCase();
  problems.push(...invariants(turn));
  const heard: Heard = { said, ended: turn.sessionEnded, before, after: store.peek(userId) };
  const ok = problems.length === 0 && entry.expect.some((e) => meets(e, heard));
  return { entry, ok, heardAs, said, problems };
}
