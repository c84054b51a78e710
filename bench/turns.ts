/**
 * Skill turn latency in-process: a realistic conversation mix, played through the terminal
 * simulator (real Alexa-shaped envelopes, session attributes carried between turns), with
 * only the skill's `invoke` timed. The phrase matching that stands in for Alexa is outside
 * the timed part.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { buildSkill } from '../lambda/skill';
import { createDynamoClient, createDynamoStore, type StateLog, type UserStateStore } from '../lambda/state/index';
import { AlexaSimulator } from '../local/simulator/simulator';
import type { InteractionModelFile } from '../skill/package/model-types';
import { createMemoryStore } from './memory-store';
import { mean, percentile } from './stats';

/** One session of the mix: launch, a routine with next/repeat, a stretch by name, help, stop. */
export const SESSION_SCRIPT: readonly string[] = [
  'open back stretch coach',
  'start my back routine',
  'next',
  'say that again',
  'next',
  'how do i do cat cow',
  'what can i say',
  'guide me through child\'s pose',
  'next',
  'stop',
];

/** Distinct people: each comes back several times, so loads find real saved progress. */
const USER_COUNT = 25;
const WARMUP_TURNS = 100;

export interface TurnSample {
  label: string;
  ms: number;
  /** Process CPU time (user + system) during the turn: less sensitive to other load on the machine. */
  cpuMs: number;
  getItem: number;
  putItem: number;
  other: number;
}

export interface TurnResult {
  turns: number;
  warmupTurns: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
  cpuP50: number;
  cpuP99: number;
  firstTurnMs: number;
  byLabel: { label: string; count: number; p50: number; p99: number; getItem: number; putItem: number }[];
  getItemPerTurn: number;
  putItemPerTurn: number;
  otherCallsPerTurn: number;
  errors: number;
  stateLogEvents: Record<string, number>;
  mix: Record<string, number>;
}

function loadModel(): InteractionModelFile {
  const path = fileURLToPath(new URL('../skill/package/interactionModels/custom/en-US.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as InteractionModelFile;
}

function labelOf(request: RequestEnvelope): string {
  const r = request.request;
  return r.type === 'IntentRequest' ? r.intent.name : r.type;
}

interface CallCounter {
  counts: Record<string, number>;
  reset(): void;
}

/** Counts commands sent by the client (once per command, before retries). */
export function countCalls(client: DynamoDBClient): CallCounter {
  const counter: CallCounter = {
    counts: {},
    reset() {
      counter.counts = {};
    },
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName ?? 'unknown');
      counter.counts[name] = (counter.counts[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchCallCounter' },
  );
  return counter;
}

async function runMix(store: UserStateStore, totalTurns: number, counter?: CallCounter): Promise<TurnResult> {
  const stateLogEvents: Record<string, number> = {};
  const log: StateLog = (event) => {
    stateLogEvents[event] = (stateLogEvents[event] ?? 0) + 1;
  };
  const skill = buildSkill({ store, log, companionUrl: 'https://backstretchcoach.example.com' });
  const samples: TurnSample[] = [];
  let errors = 0;
  let firstTurnMs = Number.NaN;
  const model = loadModel();

  const timedTransport = async (request: RequestEnvelope): Promise<ResponseEnvelope> => {
    counter?.reset();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const response = await skill.invoke(request);
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    if (Number.isNaN(firstTurnMs)) firstTurnMs = ms;
    const counts = counter?.counts ?? {};
    const getItem = counts.GetItemCommand ?? 0;
    const putItem = counts.PutItemCommand ?? 0;
    const other = Object.values(counts).reduce((sum, n) => sum + n, 0) - getItem - putItem;
    samples.push({ label: labelOf(request), ms, cpuMs, getItem, putItem, other });
    return response;
  };

  const simulators = Array.from(
    { length: USER_COUNT },
    (_, i) => new AlexaSimulator({ model, transport: timedTransport, userId: `amzn1.ask.account.BENCH-USER-${i}` }),
  );
  let session = 0;
  while (samples.length < totalTurns + WARMUP_TURNS) {
    const simulator = simulators[session % USER_COUNT] as AlexaSimulator;
    session++;
    for (const phrase of SESSION_SCRIPT) {
      if (samples.length >= totalTurns + WARMUP_TURNS) break;
      const turn = await simulator.say(phrase);
      if (turn.error) errors++;
    }
    // A session left open (a phrase ended early) is closed the way Alexa would.
    if (simulator.sessionOpen) await simulator.endSession('USER_INITIATED');
  }

  const measured = samples.slice(WARMUP_TURNS, WARMUP_TURNS + totalTurns);
  const ms = measured.map((s) => s.ms);
  const labels = [...new Set(measured.map((s) => s.label))];
  const mix: Record<string, number> = {};
  for (const s of measured) mix[s.label] = (mix[s.label] ?? 0) + 1;
  return {
    turns: measured.length,
    warmupTurns: WARMUP_TURNS,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    max: Math.max(...ms),
    mean: mean(ms),
    cpuP50: percentile(measured.map((s) => s.cpuMs), 50),
    cpuP99: percentile(measured.map((s) => s.cpuMs), 99),
    firstTurnMs,
    byLabel: labels.map((label) => {
      const of = measured.filter((s) => s.label === label);
      const t = of.map((s) => s.ms);
      return {
        label,
        count: of.length,
        p50: percentile(t, 50),
        p99: percentile(t, 99),
        getItem: mean(of.map((s) => s.getItem)),
        putItem: mean(of.map((s) => s.putItem)),
      };
    }),
    getItemPerTurn: mean(measured.map((s) => s.getItem)),
    putItemPerTurn: mean(measured.map((s) => s.putItem)),
    otherCallsPerTurn: mean(measured.map((s) => s.other)),
    errors,
    stateLogEvents,
    mix,
  };
}

/** (a) The skill with an in-memory store: its own work per turn, no I/O. */
export function benchTurnsInMemory(turns: number): Promise<TurnResult> {
  return runMix(createMemoryStore(), turns);
}

/** (b) The skill with the real DynamoDB client against an embedded dynalite server. */
export async function benchTurnsDynamo(endpoint: string, tableName: string, turns: number): Promise<TurnResult> {
  const client = createDynamoClient(endpoint);
  const counter = countCalls(client);
  try {
    return await runMix(createDynamoStore({ tableName, client }), turns, counter);
  } finally {
    client.destroy();
  }
}
