/**
 * The state interceptors inside a real ask-sdk skill, against a real embedded DynamoDB:
 * one read and one write per turn, overlapping turns both kept, an outage never breaks a
 * turn (and the handler learns whether its change was kept), and disabling the skill forgets
 * the person.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { SkillBuilders, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  commitTurn,
  createDynamoClient,
  createDynamoStore,
  createStateInterceptors,
  getTurnState,
  getUserState,
  setUserState,
  SkillDisabledHandler,
  type StateLog,
  type UserStateStore,
  userRef,
} from '../../lambda/state';
import { newUserState } from '../../skill/state/index';
import { closedEndpoint, startDynalite, type RunningDynalite } from '../support/dynalite';

// ---------- real request envelopes ----------

function envelope(userId: string | undefined, request: Record<string, unknown>): RequestEnvelope {
  const user = userId === undefined ? undefined : { userId };
  return {
    version: '1.0',
    session: {
      new: false,
      sessionId: 'amzn1.echo-api.session.test',
      application: { applicationId: 'amzn1.ask.skill.test' },
      ...(user ? { user } : {}),
    },
    context: {
      System: {
        application: { applicationId: 'amzn1.ask.skill.test' },
        ...(user ? { user } : {}),
        device: { deviceId: 'amzn1.ask.device.test', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: {
      requestId: `amzn1.echo-api.request.${Math.random().toString(36).slice(2)}`,
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      ...request,
    },
  } as unknown as RequestEnvelope;
}

function intent(userId: string | undefined, name: string): RequestEnvelope {
  return envelope(userId, { type: 'IntentRequest', dialogState: 'COMPLETED', intent: { name, confirmationStatus: 'NONE', slots: {} } });
}

function skillDisabled(userId: string): RequestEnvelope {
  return envelope(userId, { type: 'AlexaSkillEvent.SkillDisabled', eventCreationTime: new Date().toISOString() });
}

function speech(response: ResponseEnvelope): string {
  return (response.response.outputSpeech as ui.SsmlOutputSpeech | undefined)?.ssml ?? '';
}

// ---------- a small skill whose handlers change state the way the real ones do ----------

const today = '2026-11-25';

/** Lets a test hold handlers until several turns have loaded, so they overlap for sure. */
let gate: { expected: number; arrived: number; open: () => void; opened: Promise<void> } | undefined;
function holdUntilAllArrive(expected: number): void {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  gate = { expected, arrived: 0, open, opened };
}
async function passGate(): Promise<void> {
  if (!gate) return;
  gate.arrived += 1;
  if (gate.arrived === gate.expected) gate.open();
  await gate.opened;
}

/** Run inside a handler; tests use it to stop DynamoDB after the load. */
let duringHandler: (() => Promise<void>) | undefined;

const stateChangingHandler: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request.type === 'IntentRequest',
  async handle(input: HandlerInput) {
    await passGate();
    if (duringHandler) await duringHandler();
    const name = input.requestEnvelope.request.type === 'IntentRequest' ? input.requestEnvelope.request.intent.name : '';
    const state = structuredClone(getUserState(input));
    if (name === 'SlowerIntent') state.preferences.pace = 'slower';
    if (name === 'FinishIntent') {
      state.completedSessions += 1;
      state.lastCompletedDate = today;
      state.streakDays += 1;
      state.history = [{ date: today, kind: 'routine' as const, id: 'basic-daily' as const, completed: true }, ...state.history];
    }
    if (name === 'DisclaimerIntent') state.disclaimerSeen = true;
    setUserState(input, state);
    const { outcome } = await commitTurn(input);
    return input.responseBuilder.speak(`Done with ${name}: ${outcome}.`).reprompt('Anything else?').getResponse();
  },
};

/** `retryPauseMs`: the failed-delete test's shorter pause between attempts (the same three attempts). */
function buildSkill(store: UserStateStore, log: StateLog, budgetMs?: number, retryPauseMs?: number) {
  const { request, response } = createStateInterceptors(store, { log, budgetMs });
  return SkillBuilders.custom()
    .addRequestHandlers(new SkillDisabledHandler(store, { log, retryPauseMs }), stateChangingHandler)
    .addRequestInterceptors(request)
    .addResponseInterceptors(response)
    .create();
}

/** Counts the DynamoDB commands the real client sends (instrumentation, not a mock). */
function countCommands(client: DynamoDBClient): Record<string, number> {
  const counts: Record<string, number> = {};
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? 'unknown';
      counts[name] = (counts[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'countCommandsForTest' },
  );
  return counts;
}

// ---------- tests ----------

let db: RunningDynalite;
let client: DynamoDBClient;
let store: UserStateStore;
let counts: Record<string, number>;
let logged: { event: string; details?: Record<string, unknown> }[];
const log: StateLog = (event, details) => logged.push({ event, details });

beforeAll(async () => {
  db = await startDynalite();
});

afterAll(async () => {
  await db?.stop();
});

beforeEach(() => {
  client?.destroy();
  client = createDynamoClient(db.endpoint);
  counts = countCommands(client);
  store = createDynamoStore({ tableName: db.tableName, client });
  logged = [];
  gate = undefined;
  duringHandler = undefined;
});

describe('state interceptors', () => {
  it('reads once and writes once in a turn that changes the state', async () => {
    const skill = buildSkill(store, log);
    const userId = 'amzn1.ask.account.one-turn';
    const response = await skill.invoke(intent(userId, 'FinishIntent'));
    expect(speech(response)).toContain('Done with FinishIntent: saved.');
    expect(counts).toEqual({ GetItemCommand: 1, PutItemCommand: 1 });

    const stored = (await store.load(userId)).state;
    expect(stored.version).toBe(1);
    expect(stored.completedSessions).toBe(1);
    expect(stored.history[0]).toEqual({ date: today, kind: 'routine', id: 'basic-daily', completed: true });
    expect(logged).toEqual([]);
  });

  it('does not write when the turn changed nothing', async () => {
    const skill = buildSkill(store, log);
    const userId = 'amzn1.ask.account.read-only';
    await skill.invoke(intent(userId, 'DisclaimerIntent'));
    const before = (await store.load(userId)).state;
    for (const key of Object.keys(counts)) delete counts[key];

    await skill.invoke(intent(userId, 'DisclaimerIntent'));
    await skill.invoke(intent(userId, 'HelpIntent'));
    expect(counts).toEqual({ GetItemCommand: 2 });
    expect((await store.load(userId)).state.version).toBe(before.version);
  });

  it('keeps the changes of two overlapping turns of the same person', async () => {
    const skill = buildSkill(store, log);
    const userId = 'amzn1.ask.account.two-devices';
    await skill.invoke(intent(userId, 'DisclaimerIntent'));
    expect((await store.load(userId)).state.version).toBe(1);
    for (const key of Object.keys(counts)) delete counts[key];

    // Both turns load version 1 before either saves: one asks for slower pacing, the other
    // finishes a routine. The second save conflicts, reloads, re-applies its change and saves.
    holdUntilAllArrive(2);
    const [slower, finished] = await Promise.all([
      skill.invoke(intent(userId, 'SlowerIntent')),
      skill.invoke(intent(userId, 'FinishIntent')),
    ]);
    expect(speech(slower)).toContain('Done with SlowerIntent: saved.');
    expect(speech(finished)).toContain('Done with FinishIntent: saved.');
    // Two loads, two saves, and for the turn that lost the race one reload and one more save.
    expect(counts).toEqual({ GetItemCommand: 3, PutItemCommand: 3 });

    const stored = (await store.load(userId)).state;
    expect(stored.version).toBe(3);
    expect(stored.disclaimerSeen).toBe(true);
    expect(stored.preferences.pace).toBe('slower');
    expect(stored.completedSessions).toBe(1);
    expect(stored.streakDays).toBe(1);
    expect(stored.history).toHaveLength(1);
    expect(logged).toEqual([]);
  });

  it('keeps every change when several turns of one person overlap', async () => {
    const skill = buildSkill(store, log);
    const userId = 'amzn1.ask.account.four-at-once';
    holdUntilAllArrive(4);
    await Promise.all([
      skill.invoke(intent(userId, 'FinishIntent')),
      skill.invoke(intent(userId, 'FinishIntent')),
      skill.invoke(intent(userId, 'SlowerIntent')),
      skill.invoke(intent(userId, 'DisclaimerIntent')),
    ]);
    const stored = (await store.load(userId)).state;
    expect(stored.version).toBe(4);
    expect(stored.completedSessions).toBe(2);
    expect(stored.history).toHaveLength(2);
    expect(stored.preferences.pace).toBe('slower');
    expect(stored.disclaimerSeen).toBe(true);
  });

  it('gives up when the turn runs out of time against a writer that always saves first, says so, and logs it', async () => {
    const userId = 'amzn1.ask.account.busy';
    await store.save(userId, newUserState(), { kind: 'none' }, { writeId: 'setup' });
    for (const key of Object.keys(counts)) delete counts[key];
    // A competing device that writes right before every one of our saves.
    const competitor = createDynamoClient(db.endpoint);
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'PutItemCommand') {
          await competitor.send(
            new UpdateItemCommand({
              TableName: db.tableName,
              Key: { userId: { S: userId } },
              UpdateExpression: 'SET #v = #v + :one',
              ExpressionAttributeNames: { '#v': 'version' },
              ExpressionAttributeValues: { ':one': { N: '1' } },
            }),
          );
        }
        return next(args);
      },
      { step: 'initialize', name: 'competingWriterForTest' },
    );
    try {
      const response = await buildSkill(store, log, 800).invoke(intent(userId, 'SlowerIntent'));
      expect(speech(response)).toContain('Done with SlowerIntent: not-saved.');
      expect(counts.PutItemCommand).toBeGreaterThan(1);
      expect(logged.map((entry) => entry.event)).toEqual(['state-save-out-of-time']);
      expect((await store.load(userId)).state.preferences.pace).toBe('normal');
    } finally {
      competitor.destroy();
    }
  });

  it('still answers, and learns that nothing was saved, when DynamoDB cannot be reached', async () => {
    const downClient = createDynamoClient(await closedEndpoint());
    const downCounts = countCommands(downClient);
    const skill = buildSkill(createDynamoStore({ tableName: db.tableName, client: downClient }), log);
    const response = await skill.invoke(intent('amzn1.ask.account.outage', 'FinishIntent'));
    downClient.destroy();

    expect(speech(response)).toContain('Done with FinishIntent: not-saved.');
    // One read, one attempt at the save: an outage does not hold the turn up with retries.
    expect(downCounts).toEqual({ GetItemCommand: 1, PutItemCommand: 1 });
    expect(logged.map((entry) => entry.event)).toEqual(['state-load-failed', 'state-save-failed']);
  });

  it('gives up on a DynamoDB that accepts connections but never answers, and still answers', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const hangingClient = createDynamoClient(`http://127.0.0.1:${port}`);
    try {
      // A short budget: the same give-up path as the 4.5 s default, without waiting it out (the
      // fault suite, test/lambda/faults.test.ts, stalls reads and saves at scale). The server never
      // answers, so however loaded the machine, the read gives up at the budget's end.
      const skill = buildSkill(createDynamoStore({ tableName: db.tableName, client: hangingClient }), log, 100);
      const response = await skill.invoke(intent('amzn1.ask.account.hanging', 'DisclaimerIntent'));
      expect(speech(response)).toContain('Done with DisclaimerIntent: not-saved.');
      expect(logged.map((entry) => entry.event)[0]).toBe('state-load-failed');
    } finally {
      hangingClient.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('still answers when DynamoDB goes down between the read and the write, and logs the lost write', async () => {
    const shortLived = await startDynalite();
    const shortClient = createDynamoClient(shortLived.endpoint);
    const skill = buildSkill(createDynamoStore({ tableName: shortLived.tableName, client: shortClient }), log);
    duringHandler = () => shortLived.stop();
    try {
      const response = await skill.invoke(intent('amzn1.ask.account.mid-turn-outage', 'FinishIntent'));
      expect(speech(response)).toContain('Done with FinishIntent: not-saved.');
      expect(logged.map((entry) => entry.event)).toEqual(['state-save-failed']);
    } finally {
      shortClient.destroy();
      await shortLived.stop();
    }
  });

  it('treats a request without a userId as a turn without saved state', async () => {
    const skill = buildSkill(store, log);
    const response = await skill.invoke(intent(undefined, 'FinishIntent'));
    expect(speech(response)).toContain('Done with FinishIntent: not-saved.');
    expect(counts).toEqual({});
    expect(logged.map((entry) => entry.event)).toEqual(['state-no-user']);
  });

  it('forgets the person when they disable the skill', async () => {
    const skill = buildSkill(store, log);
    const userId = 'amzn1.ask.account.disabling';
    const other = 'amzn1.ask.account.staying';
    await skill.invoke(intent(userId, 'FinishIntent'));
    await skill.invoke(intent(other, 'FinishIntent'));
    expect((await store.load(userId)).state.version).toBe(1);

    const response = await skill.invoke(skillDisabled(userId));
    expect(response.version).toBe('1.0');
    expect(response.response).toEqual({});
    const forgotten = await store.load(userId);
    expect(forgotten.deleted).toBe(true);
    expect(forgotten.state).toEqual(newUserState());
    // Only that person is forgotten.
    expect((await store.load(other)).state.completedSessions).toBe(1);
    expect(logged.map((entry) => entry.event)).toEqual(['state-removed-on-disable']);
    // The log refers to the person by a stable reference, never by the userId.
    expect(JSON.stringify(logged)).not.toContain(userId);
  });

  it('logs a failed delete with a stable reference an operator can match, never the userId', async () => {
    const downClient = createDynamoClient(await closedEndpoint());
    try {
      const skill = buildSkill(createDynamoStore({ tableName: db.tableName, client: downClient }), log, undefined, 10);
      const userId = 'amzn1.ask.account.cannot-delete';
      const response = await skill.invoke(skillDisabled(userId));
      expect(response.response).toEqual({});
      const failed = logged.find((entry) => entry.event === 'state-remove-failed');
      expect(failed?.details?.user).toBe(userRef(userId));
      expect(userRef(userId)).toBe(userRef(userId));
      expect(userRef(userId)).not.toBe(userRef('amzn1.ask.account.someone-else'));
      expect(JSON.stringify(logged)).not.toContain('cannot-delete');
    } finally {
      downClient.destroy();
    }
  });

  it('loads nothing for a CanFulfillIntentRequest', async () => {
    const { request } = createStateInterceptors(store, { log });
    const skill = SkillBuilders.custom()
      .addRequestInterceptors(request)
      .addRequestHandlers({
        canHandle: () => true,
        handle: (input) => {
          const turn = getTurnState(input);
          return input.responseBuilder.speak(`available ${String(turn?.available)} ${String(turn?.unavailableReason)}`).getResponse();
        },
      })
      .create();
    const response = await skill.invoke(
      envelope('amzn1.ask.account.cfir', { type: 'CanFulfillIntentRequest', intent: { name: 'StartRoutineIntent', slots: {} } }),
    );
    expect(speech(response)).toContain('available false not-needed');
    expect(counts).toEqual({});
  });
});
