/**
 * Whatever Alexa (or anyone reaching the endpoint) sends, the skill answers: 2,000 seeded
 * pseudo-random request envelopes through the real Lambda `handler`, backed by an embedded
 * DynamoDB (dynalite). Valid intents with good, missing and malformed slots, unknown intents
 * and request types, missing session/context/user, wrong types, random and huge strings.
 *
 * Every call must resolve (never throw or reject) with a ResponseEnvelope, and any speech
 * must be valid Alexa SSML within the 8,000-character limit and well-formed XML (only
 * characters XML allows: an emoji cut in half or a control character would fail Alexa's parser). A failure prints the seed and
 * the envelope index so it can be replayed (FUZZ_SEED, FUZZ_COUNT override both).
 *
 * dynalite runs in its own process here so that its work uses the second core; several
 * envelopes are in flight at once, so overlapping turns of the same person happen as well.
 */
import { check as checkSsml } from 'ssml-check-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTINES, SAFETY, STRETCHES } from '../../skill/catalog/index';
import { PREFERENCE_VALUES } from '../../skill/catalog/types';
import { BUILT_IN_INTENTS, INTENTS, LOCALES } from '../../skill/package/intents';
import { startDynaliteProcess, type RunningDynalite } from '../support/dynalite';
import { skillHandler } from '../support/skill';
import { xmlProblems } from '../support/xml-well-formed';
import { seededRandom } from '../support/seeded-random';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const ENVELOPES = Number(process.env.FUZZ_COUNT ?? 2000);
const IN_FLIGHT = 8;
const MAX_SSML_CHARS = 8000;


class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  float(): number {
    return this.next();
  }
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  string(maxLength: number): string {
    const alphabets = [
      'abcdefghijklmnopqrstuvwxyz ',
      "ABCxyz0123456789 .,;:!?'\"-_/\\",
      '<>&"\'=/ speak break audio',
      'éüñçøß 日本語 😀🧘‍♀️ \u0000\u0007\u202e\ufeff',
      '😀🧘‍♀️👍🏽 \u001b\uFFFE\uFFFF\uD83D\uDE00',
      '\n\t\r ',
    ];
    const alphabet = [...this.pick(alphabets)];
    const length = this.int(maxLength + 1);
    let out = '';
    for (let i = 0; i < length; i++) out += this.pick(alphabet);
    return out;
  }
}

// ---------- envelope generation ----------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const CUSTOM_INTENTS = Object.values(INTENTS);
const ALL_INTENT_NAMES = [...CUSTOM_INTENTS.map((i) => i.name), ...BUILT_IN_INTENTS];
const STRETCH_WORDS = STRETCHES.flatMap((s) => [s.spokenName, ...s.synonyms]);
const ROUTINE_WORDS = ROUTINES.flatMap((r) => [r.spokenName, ...r.synonyms]);
const SYMPTOM_WORDS = SAFETY.redFlags.flatMap((g) => g.phrases);
const IDS = [
  ...STRETCHES.map((s) => s.id),
  ...ROUTINES.map((r) => r.id),
  ...SAFETY.redFlags.map((g) => g.id),
  ...PREFERENCE_VALUES,
];
const REQUEST_TYPES = [
  'LaunchRequest',
  'IntentRequest',
  'SessionEndedRequest',
  'CanFulfillIntentRequest',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillEnabled',
  'System.ExceptionEncountered',
  'Alexa.Presentation.APL.UserEvent',
  'AudioPlayer.PlaybackStarted',
  'Connections.Response',
];
const USERS = Array.from({ length: 12 }, (_, i) => `amzn1.ask.account.fuzz-${i}`);

/**
 * 9,000 to 30,000 characters: more than a whole response may hold, so any echo of it must be
 * cut. (Far bigger inputs, hundreds of kilobytes, are not something Alexa sends in a slot.)
 */
function hugeString(rng: Random): string {
  const unit = rng.pick(['a', 'stretch ', '<break time="10s"/>', '&amp;', '😀', 'cat cow ']);
  return unit.repeat(Math.ceil((9000 + rng.int(21000)) / unit.length));
}

/** A value of any JSON type, sometimes nested. */
function junk(rng: Random, depth = 0): Json {
  switch (rng.int(depth > 2 ? 6 : 8)) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick([0, -1, 1e308, -0.5, 42, Number.MAX_SAFE_INTEGER]);
    case 3:
      return rng.string(30);
    case 4:
      return rng.chance(0.1) ? hugeString(rng) : '';
    case 5:
      return rng.pick(IDS);
    case 6:
      return Array.from({ length: rng.int(4) }, () => junk(rng, depth + 1));
    default: {
      const out: { [key: string]: Json } = {};
      for (let i = rng.int(4); i > 0; i--) out[rng.pick(['id', 'value', 'name', 'type', 'active', rng.string(6)])] = junk(rng, depth + 1);
      return out;
    }
  }
}

function slotWords(rng: Random, slotName: string): string {
  switch (slotName) {
    case 'stretch':
      return rng.pick(STRETCH_WORDS);
    case 'routine':
      return rng.pick(ROUTINE_WORDS);
    case 'symptom':
      return rng.pick(SYMPTOM_WORDS);
    default:
      return rng.pick(PREFERENCE_VALUES).replace(/-/g, ' ');
  }
}

function slot(rng: Random, name: string): Json {
  const roll = rng.int(10);
  if (roll === 0) return junk(rng);
  const value: Json =
    roll <= 4
      ? slotWords(rng, name)
      : roll <= 6
        ? rng.string(40)
        : roll === 7
          ? rng.chance(0.3)
            ? hugeString(rng)
            : rng.string(400)
          : rng.chance(0.5)
            ? // An emoji or a surrogate half right where a heard value is cut (60 characters).
              `${'x'.repeat(55 + rng.int(8))}${rng.pick(['😀', '🧘‍♀️', '👍🏽', '\uD83D', '\u0000', '\u001b'])} stretch`
            : junk(rng);
  const out: { [key: string]: Json } = { name, value, confirmationStatus: 'NONE' };
  if (rng.chance(0.2)) delete out.value;
  if (rng.chance(0.5)) {
    const matched = rng.chance(0.6);
    out.resolutions = {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.${name.toUpperCase()}`,
          status: { code: rng.pick(matched ? ['ER_SUCCESS_MATCH'] : ['ER_SUCCESS_NO_MATCH', 'ER_ERROR_TIMEOUT', rng.string(8)]) },
          values: matched
            ? [{ value: { name: typeof value === 'string' ? value.slice(0, 80) : 'x', id: rng.chance(0.8) ? rng.pick(IDS) : junk(rng) } }]
            : rng.chance(0.5)
              ? []
              : junk(rng),
        },
      ],
    };
  }
  if (rng.chance(0.05)) out.resolutions = junk(rng);
  return out;
}

function intent(rng: Random): Json {
  const known = rng.chance(0.85);
  const custom = rng.chance(0.6) ? rng.pick(CUSTOM_INTENTS) : undefined;
  const name = known ? (custom?.name ?? rng.pick(ALL_INTENT_NAMES)) : rng.pick([rng.string(20), 'AMAZON.ShuffleOnIntent', '', 'StretchIntent ']);
  const slots: { [key: string]: Json } = {};
  const slotNames = custom ? Object.keys(custom.slots) : rng.chance(0.2) ? ['stretch', 'routine', 'symptom', 'preference'] : [];
  for (const slotName of slotNames) if (!rng.chance(0.15)) slots[slotName] = slot(rng, slotName);
  const out: { [key: string]: Json } = {
    name: rng.chance(0.03) ? junk(rng) : name,
    confirmationStatus: rng.pick(['NONE', 'CONFIRMED', 'DENIED', rng.string(5)]),
    slots: rng.chance(0.05) ? junk(rng) : slots,
  };
  if (rng.chance(0.05)) delete out.slots;
  return out;
}

function request(rng: Random): Json {
  const type: Json = rng.chance(0.92)
    ? rng.pick(rng.chance(0.7) ? ['IntentRequest'] : rng.chance(0.8) ? REQUEST_TYPES : [rng.string(15)])
    : junk(rng);
  const out: { [key: string]: Json } = {
    type,
    requestId: `amzn1.echo-api.request.${rng.int(1e9)}`,
    timestamp: rng.chance(0.9)
      ? new Date(1_764_000_000_000 + rng.int(1e9)).toISOString()
      : rng.chance(0.3)
        ? rng.pick(['-271821-04-20T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00Z'])
        : (junk(rng) as Json),
    locale: rng.chance(0.85) ? rng.pick(LOCALES) : (junk(rng) as Json),
  };
  if (type === 'IntentRequest' || type === 'CanFulfillIntentRequest' || rng.chance(0.05)) {
    out.intent = rng.chance(0.95) ? intent(rng) : junk(rng);
    out.dialogState = rng.pick(['STARTED', 'IN_PROGRESS', 'COMPLETED', rng.string(4)]);
  }
  if (type === 'SessionEndedRequest') {
    out.reason = rng.pick(['USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS', rng.string(6)]);
    if (rng.chance(0.3)) out.error = { type: 'INVALID_RESPONSE', message: rng.string(60) };
  }
  if (rng.chance(0.05)) out.extra = junk(rng);
  return out;
}

/** Session attributes: either something our skill could have written, or junk. */
function sessionAttributes(rng: Random): Json {
  if (rng.chance(0.5)) return {};
  if (rng.chance(0.02)) {
    // Nested thousands deep: ask-sdk's own copy of the attributes would overflow the stack.
    const root: { [key: string]: Json } = {};
    let deep = root;
    for (let i = 3000 + rng.int(20_000); i > 0; i--) deep = (deep.x = {}) as { [key: string]: Json };
    return { junk: root };
  }
  if (rng.chance(0.1)) {
    // What the skill itself carries, sometimes damaged.
    return { pending: rng.pick(['continue', 'startRoutine', 'gentler', 'doesItHurt']), progress: rng.chance(0.5) ? { base: rng.int(5), saved: rng.chance(0.5), state: { active: { kind: 'routine', id: 'basic-daily', segmentIndex: rng.int(30) } } } : junk(rng) };
  }
  const out: { [key: string]: Json } = {};
  for (let i = rng.int(5); i > 0; i--) out[rng.pick(['player', 'active', 'lastIntent', 'pending', 'segmentIndex', rng.string(10)])] = junk(rng);
  return out;
}

function envelope(rng: Random): Json {
  const userId: Json = rng.chance(0.9) ? rng.pick(USERS) : junk(rng);
  const user: Json = rng.chance(0.93) ? { userId } : junk(rng);
  const application = { applicationId: 'amzn1.ask.skill.fuzz' };
  const out: { [key: string]: Json } = {
    version: rng.chance(0.95) ? '1.0' : junk(rng),
    session: {
      new: rng.chance(0.3),
      sessionId: `amzn1.echo-api.session.${rng.int(1000)}`,
      application,
      user,
      attributes: sessionAttributes(rng),
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: 'amzn1.ask.device.fuzz', supportedInterfaces: rng.chance(0.3) ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } : {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
      ...(rng.chance(0.3) ? { Viewport: junk(rng) } : {}),
    },
    request: request(rng),
  };
  // Knock out or replace whole parts.
  if (rng.chance(0.06)) delete out.session;
  if (rng.chance(0.03)) out.session = junk(rng);
  if (rng.chance(0.04)) delete out.context;
  if (rng.chance(0.03)) out.context = { System: junk(rng) };
  if (rng.chance(0.02)) delete out.request;
  if (rng.chance(0.01)) out.request = junk(rng);
  return out;
}

// ---------- running them ----------

interface Handler {
  (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
}

let db: RunningDynalite;
let handler: Handler;

beforeAll(async () => {
  db = await startDynaliteProcess();
  handler = skillHandler(db);
});

afterAll(async () => {
  await db?.stop();
});

function speechOf(value: unknown): { type?: unknown; ssml?: unknown; text?: unknown } | undefined {
  return typeof value === 'object' && value !== null ? (value as { type?: unknown; ssml?: unknown; text?: unknown }) : undefined;
}

async function problemsWith(result: ResponseEnvelope): Promise<string[]> {
  const problems: string[] = [];
  if (typeof result !== 'object' || result === null) return ['no response envelope'];
  if (result.version !== '1.0') problems.push(`version is ${String(result.version)}`);
  if (typeof result.response !== 'object' || result.response === null) return [...problems, 'no response object'];
  const speeches = [
    ['outputSpeech', speechOf(result.response.outputSpeech)],
    ['reprompt', speechOf(result.response.reprompt?.outputSpeech)],
  ] as const;
  for (const [where, speech] of speeches) {
    if (!speech) continue;
    if (speech.type === 'SSML') {
      if (typeof speech.ssml !== 'string') {
        problems.push(`${where}: SSML is not a string`);
        continue;
      }
      if (speech.ssml.length > MAX_SSML_CHARS) {
        // Already wrong; checking half a megabyte of SSML would only slow the run down.
        problems.push(`${where}: ${speech.ssml.length} SSML characters`);
        continue;
      }
      const errors = await checkSsml(speech.ssml, { platform: 'amazon' });
      if (errors && errors.length > 0) problems.push(`${where}: invalid SSML ${JSON.stringify(errors).slice(0, 300)}`);
      // ssml-check-core does not look at characters; Alexa's XML parser does.
      const xml = xmlProblems(speech.ssml);
      if (xml.length > 0) problems.push(`${where}: not well-formed XML: ${xml.slice(0, 3).join('; ')}`);
    } else if (speech.type === 'PlainText') {
      if (typeof speech.text !== 'string' || speech.text.length > MAX_SSML_CHARS) problems.push(`${where}: bad plain text`);
    } else {
      problems.push(`${where}: unknown speech type ${String(speech.type)}`);
    }
  }
  return problems;
}

describe('the Lambda handler under fuzzed requests', () => {
  it(`answers ${ENVELOPES} random envelopes (seed ${SEED}) with a valid response and valid speech`, async () => {
    const rng = new Random(SEED);
    const envelopes = Array.from({ length: ENVELOPES }, () => envelope(rng));
    const failures: string[] = [];
    let spoke = 0;
    let next = 0;

    // Skill logs of handled errors are expected here (that is what bad input causes); keep the output readable.
    const originalError = console.error;
    const originalWarn = console.warn;
    console.error = () => {};
    console.warn = () => {};
    try {
      const worker = async () => {
        while (next < envelopes.length) {
          const index = next++;
          const event = envelopes[index] as unknown as RequestEnvelope;
          let result: ResponseEnvelope;
          try {
            result = await handler(event, {});
          } catch (error) {
            failures.push(`#${index}: rejected with ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n  ${JSON.stringify(event).slice(0, 600)}`);
            continue;
          }
          const problems = await problemsWith(result);
          if (result?.response?.outputSpeech) spoke++;
          if (problems.length > 0) failures.push(`#${index}: ${problems.join('; ')}\n  ${JSON.stringify(event).slice(0, 600)}`);
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    } finally {
      console.error = originalError;
      console.warn = originalWarn;
    }

    expect(failures.slice(0, 10), `${failures.length} of ${ENVELOPES} envelopes failed (seed ${SEED})`).toEqual([]);
    // The fuzz must reach real answers, not only empty responses to skill events.
    expect(spoke).toBeGreaterThan(ENVELOPES / 2);
  }, 120_000);
});
