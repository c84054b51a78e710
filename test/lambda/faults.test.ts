/**
 * DynamoDB misbehaving under the real skill: a fault proxy around dynalite resets
 * connections (before and after the work is done), stalls, delays and throttles single
 * operations; bursts of 2-50 overlapping turns of one person; the skill disabled while turns
 * are in flight. Whatever happens, every turn answers, and nothing the person was told is kept
 * is missing from DynamoDB afterwards. (How long turns take is measured by
 * `npm run reliability`, not asserted here.)
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSkill, type CustomSkill } from '../../lambda/skill';
import { createDynamoClient, createDynamoStore, createStateInterceptors, type UserStateStore } from '../../lambda/state/index';
import { startDynalite, type RunningDynalite } from '../support/dynalite';
import { startFaultProxy, type Fault, type FaultProxy } from '../support/fault-proxy';
import { burst, disableRace, ordinarySession, saidIn } from '../support/reliability-scenarios';
import { Person } from '../support/envelopes';
import { excludeNotKept, preferenceKept, preferenceNotKept, stopNotKept } from '../../skill/text/en/saving';

let db: RunningDynalite;
let proxy: FaultProxy;
let client: DynamoDBClient;
let directClient: DynamoDBClient;
/** The skill, talking to DynamoDB through the proxy (a short storage budget, for stalled runs). */
let skill: CustomSkill;
/** The same with the Lambda's own budget (bursts). */
let fullBudgetSkill: CustomSkill;
/** Reads what is really stored, around the proxy. */
let direct: UserStateStore;

beforeAll(async () => {
  db = await startDynalite();
  proxy = await startFaultProxy(db.endpoint, 20261201);
  client = createDynamoClient(proxy.endpoint);
  directClient = createDynamoClient(db.endpoint);
  const store = createDynamoStore({ tableName: db.tableName, client });
  direct = createDynamoStore({ tableName: db.tableName, client: directClient });
  const log = () => {};
  // A shorter storage budget than the Lambda's keeps stalled runs short; the rules are the same.
  skill = buildSkill({ store, log, companionUrl: 'https://coach.example', interceptors: createStateInterceptors(store, { log, budgetMs: 2000 }) });
  fullBudgetSkill = buildSkill({ store, log, companionUrl: 'https://coach.example' });
});

afterAll(async () => {
  client?.destroy();
  directClient?.destroy();
  await proxy?.close();
  await db?.stop();
});

const FAULTS: [string, Fault][] = [
  ['every save throttled', { kind: 'throttle', operations: ['PutItem'] }],
  ['every read throttled', { kind: 'throttle', operations: ['GetItem'] }],
  ['half the saves reset before DynamoDB sees them', { kind: 'reset', operations: ['PutItem'], rate: 0.5 }],
  ['half the saves reset after DynamoDB did the work', { kind: 'reset-after', operations: ['PutItem'], rate: 0.5 }],
  ['half the reads reset', { kind: 'reset', operations: ['GetItem'], rate: 0.5 }],
  ['a third of the saves stall', { kind: 'stall', operations: ['PutItem'], rate: 0.33 }],
  ['a third of the reads stall', { kind: 'stall', operations: ['GetItem'], rate: 0.33 }],
  ['every call delayed by 700 ms', { kind: 'delay', delayMs: 700 }],
];

describe('an ordinary session while DynamoDB misbehaves', () => {
  it('with no fault, every change is acknowledged and stored', async () => {
    proxy.setFault(undefined);
    const result = await ordinarySession(skill, direct);
    expect(result.failures).toEqual([]);
    expect(result.acknowledged).toBe(3);
    expect(result.lost).toEqual([]);
  });

  for (const [name, fault] of FAULTS) {
    it(`${name}: every turn answers, and every acknowledged change is stored`, async () => {
      proxy.setFault(fault);
      const before = proxy.injected;
      try {
        // Faults that hit a share of the calls may miss a whole session: run until one hit.
        for (let run = 0; run < 4 && proxy.injected === before; run++) {
          const result = await ordinarySession(skill, direct);
          expect(result.failures).toEqual([]);
          expect(result.lost).toEqual([]);
        }
      } finally {
        proxy.setFault(undefined);
      }
      expect(proxy.injected).toBeGreaterThan(before);
    }, 60_000);
  }
});

describe('what the person hears when the save does not go in', () => {
  it('the read works, the save is throttled: the same answer says the change could not be kept', async () => {
    const person = new Person();
    const session = person.session();
    session.remember(await skill.invoke(session.launch()));
    proxy.setFault({ kind: 'throttle', operations: ['PutItem'] });
    try {
      const longer = saidIn(session.remember(await skill.invoke(session.intent('PreferenceIntent', { preference: { value: 'longer holds', id: 'longer-holds' } }))));
      expect(longer).toContain(preferenceNotKept);
      expect(longer).not.toContain(preferenceKept);
      const excluded = saidIn(session.remember(await skill.invoke(session.intent('ExcludeStretchIntent', { stretch: { value: 'sphinx pose', id: 'sphinx-pose' } }))));
      expect(excluded).toContain(excludeNotKept('sphinx pose'));
      // Within the session the change still holds: the routine leaves sphinx pose out.
      session.remember(await skill.invoke(session.intent('StartRoutineIntent', { routine: { value: 'comprehensive', id: 'comprehensive' } })));
      const stop = saidIn(session.remember(await skill.invoke(session.intent('AMAZON.StopIntent'))));
      expect(stop).toContain(stopNotKept);
    } finally {
      proxy.setFault(undefined);
    }
    const { state } = await direct.load(person.userId);
    expect(state.preferences.holdLength).toBe('standard');
    expect(state.excludedStretches).toEqual([]);
  });

  it('once DynamoDB answers again, the changes carried in the session are saved', async () => {
    const person = new Person();
    const session = person.session();
    session.remember(await skill.invoke(session.launch()));
    proxy.setFault({ kind: 'throttle', operations: ['PutItem'] });
    try {
      session.remember(await skill.invoke(session.intent('PreferenceIntent', { preference: { value: 'slower', id: 'slower' } })));
    } finally {
      proxy.setFault(undefined);
    }
    const next = saidIn(session.remember(await skill.invoke(session.intent('PreferenceIntent', { preference: { value: 'chimes only', id: 'chimes-only' } }))));
    expect(next).toContain(preferenceKept);
    const { state } = await direct.load(person.userId);
    expect(state.preferences).toMatchObject({ pace: 'slower', cueStyle: 'chimes' });
  });
});

describe('overlapping turns of one person', () => {
  for (const size of [2, 5, 10, 25, 50]) {
    it(`${size} at once: nothing acknowledged is lost`, async () => {
      const result = await burst(fullBudgetSkill, direct, size);
      expect(result.failures).toEqual([]);
      expect(result.lost).toEqual([]);
      // Some make it within the budget (how many depends on the machine: see docs/RELIABILITY.md).
      expect(result.acknowledged).toBeGreaterThanOrEqual(1);
    }, 60_000);
  }

  it('50 at once with half the saves answered too late (reset after the write): no change counted twice or lost', async () => {
    proxy.setFault({ kind: 'reset-after', operations: ['PutItem'], rate: 0.5 });
    try {
      const result = await burst(fullBudgetSkill, direct, 50);
      expect(result.failures).toEqual([]);
      expect(result.lost).toEqual([]);
    } finally {
      proxy.setFault(undefined);
    }
  }, 60_000);
});

describe('disabling the skill while turns are in flight', () => {
  it('the deletion wins every tight and loose race', async () => {
    let recreated = 0;
    for (let race = 0; race < 12; race++) {
      const outcome = await disableRace(skill, direct, 4, race < 6 ? 5 : 200);
      expect(outcome.result.failures).toEqual([]);
      if (outcome.recreated) recreated += 1;
    }
    expect(recreated).toBe(0);
  }, 60_000);
});
