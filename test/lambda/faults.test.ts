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
import { startFaultProxy, type Fault, type FaultProxy } from '../support/faultProxy';
import { burst, disableRace, ordinarySession } from '../support/reliabilityScenarios';

let db: RunningDynalite;
let proxy: FaultProxy;
let client: DynamoDBClient;
let directClient: DynamoDBClient;
/** The skill, talking to DynamoDB through the proxy. */
let skill: CustomSkill;
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
        const result = await ordinarySession(skill, direct);
        expect(result.failures).toEqual([]);
        expect(result.lost).toEqual([]);
      } finally {
        proxy.setFault(undefined);
      }
      expect(proxy.injected).toBeGreaterThan(before);
    }, 60_000);
  }
});

describe('overlapping turns of one person', () => {
  for (const size of [2, 5, 10, 25, 50]) {
    it(`${size} at once: nothing acknowledged is lost`, async () => {
      const result = await burst(skill, direct, size);
      expect(result.failures).toEqual([]);
      expect(result.lost).toEqual([]);
      // Most of them make it within the budget.
      expect(result.acknowledged).toBeGreaterThanOrEqual(Math.min(size, 2));
    }, 60_000);
  }

  it('50 at once with half the saves answered too late (reset after the write): no change counted twice or lost', async () => {
    proxy.setFault({ kind: 'reset-after', operations: ['PutItem'], rate: 0.5 });
    try {
      const result = await burst(skill, direct, 50);
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
