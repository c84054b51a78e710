/**
 * The DynamoDB store against a real embedded DynamoDB (dynalite): what is stored, what
 * comes back, and how a stale write is refused.
 */
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserState } from '../../skill/conversation/types';
import { createDynamoClient, createDynamoStore, newUserState, type UserStateStore } from '../../lambda/state';
import { startDynalite, type RunningDynalite } from '../support/dynalite';

let db: RunningDynalite;
let client: DynamoDBClient;
let store: UserStateStore;

beforeAll(async () => {
  db = await startDynalite();
  client = createDynamoClient(db.endpoint);
  store = createDynamoStore({ tableName: db.tableName, client });
});

afterAll(async () => {
  client?.destroy();
  await db?.stop();
});

function everyFieldSet(): UserState {
  return {
    version: 0,
    disclaimerSeen: true,
    preferences: { holdLength: 'longer', pace: 'slower', cueStyle: 'chimes' },
    active: {
      kind: 'routine',
      id: 'comprehensive',
      segmentIndex: 7,
      variant: 'easier',
      paused: true,
      startedAt: '2026-11-25T07:30:00.000Z',
    },
    excludedStretches: ['sphinx-pose', 'standing-back-extension'],
    completedSessions: 41,
    streakDays: 6,
    lastCompletedDate: '2026-11-24',
    history: Array.from({ length: 30 }, (_, i) => ({
      date: `2026-10-${String(30 - i).padStart(2, '0')}`,
      kind: i % 2 === 0 ? ('routine' as const) : ('stretch' as const),
      id: i % 2 === 0 ? ('basic-daily' as const) : ('cat-cow' as const),
      completed: i % 3 !== 0,
    })),
  };
}

describe('DynamoDB user-state store', () => {
  it('gives a person it has never seen a fresh state with defaults', async () => {
    const state = await store.load('amzn1.ask.account.never-seen');
    expect(state).toEqual(newUserState());
    expect(state.version).toBe(0);
    expect(state.preferences).toEqual({ holdLength: 'standard', pace: 'normal', cueStyle: 'voice' });
  });

  it('keeps every field through a save and a load, and counts the version up', async () => {
    const userId = 'amzn1.ask.account.round-trip';
    const state = everyFieldSet();
    expect(await store.save(userId, state, 0)).toBe('saved');
    const loaded = await store.load(userId);
    expect(loaded).toEqual({ ...state, version: 1 });

    const changed: UserState = { ...loaded, streakDays: 7 };
    delete changed.active;
    expect(await store.save(userId, changed, 1)).toBe('saved');
    const again = await store.load(userId);
    expect(again.version).toBe(2);
    expect(again.streakDays).toBe(7);
    expect(again.active).toBeUndefined();
  });

  it('stores one item per person with a schema version, a version number and an update time', async () => {
    const userId = 'amzn1.ask.account.layout';
    await store.save(userId, { ...newUserState(), disclaimerSeen: true }, 0);
    const { Item } = await client.send(
      new GetItemCommand({ TableName: db.tableName, Key: { userId: { S: userId } }, ConsistentRead: true }),
    );
    expect(Item?.userId?.S).toBe(userId);
    expect(Item?.version?.N).toBe('1');
    expect(Item?.schemaVersion?.N).toBe('1');
    expect(Number.isNaN(Date.parse(Item?.updatedAt?.S ?? ''))).toBe(false);
    expect(JSON.parse(Item?.state?.S ?? '{}')).toMatchObject({ disclaimerSeen: true });
  });

  it('refuses a save made from a stale version', async () => {
    const userId = 'amzn1.ask.account.stale';
    expect(await store.save(userId, newUserState(), 0)).toBe('saved');
    // A second "first save" is stale: someone stored this person already.
    expect(await store.save(userId, { ...newUserState(), streakDays: 3 }, 0)).toBe('conflict');
    expect(await store.save(userId, { ...newUserState(), streakDays: 4 }, 1)).toBe('saved');
    expect(await store.save(userId, { ...newUserState(), streakDays: 5 }, 1)).toBe('conflict');
    const stored = await store.load(userId);
    expect(stored.version).toBe(2);
    expect(stored.streakDays).toBe(4);
  });

  it('reads an old or damaged item as a valid state and can still write over it', async () => {
    const userId = 'amzn1.ask.account.damaged';
    await client.send(
      new PutItemCommand({
        TableName: db.tableName,
        Item: { userId: { S: userId }, version: { N: '4' }, state: { S: '{"disclaimerSeen": tru' } },
      }),
    );
    const damaged = await store.load(userId);
    expect(damaged).toEqual({ ...newUserState(), version: 4 });
    expect(await store.save(userId, { ...damaged, disclaimerSeen: true }, 4)).toBe('saved');

    const partialId = 'amzn1.ask.account.partial';
    await client.send(
      new PutItemCommand({
        TableName: db.tableName,
        Item: {
          userId: { S: partialId },
          version: { N: '2' },
          state: { S: JSON.stringify({ preferences: { pace: 'slower', holdLength: 'forever' }, streakDays: '3' }) },
        },
      }),
    );
    const partial = await store.load(partialId);
    expect(partial.version).toBe(2);
    expect(partial.preferences).toEqual({ holdLength: 'standard', pace: 'slower', cueStyle: 'voice' });
    expect(partial.streakDays).toBe(0);
  });

  it('forgets a person completely on remove', async () => {
    const userId = 'amzn1.ask.account.forget-me';
    await store.save(userId, everyFieldSet(), 0);
    await store.remove(userId);
    expect(await store.load(userId)).toEqual(newUserState());
    // Removing someone not stored is not an error.
    await expect(store.remove(userId)).resolves.toBeUndefined();
  });
});
