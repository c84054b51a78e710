/**
 * The DynamoDB store against a real embedded DynamoDB (dynalite): what is stored, what
 * comes back, and how a stale write is refused.
 */
import { DynamoDBClient, GetItemCommand, PutItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserState } from '../../skill/conversation/types';
import { createDynamoClient, createDynamoStore, type StoredVersion, type UserStateStore } from '../../lambda/state';
import { newUserState } from '../../skill/state/index';
import { startDynalite, type RunningDynalite } from '../support/dynalite';

let db: RunningDynalite;
let client: DynamoDBClient;
let store: UserStateStore;

beforeAll(async () => {
  db = await startDynalite();
  client = createDynamoClient(db.endpoint);
  store = createDynamoStore({ tableName: db.tableName, client });
});

const NOTHING: StoredVersion = { kind: 'none' };
const v = (version: number): StoredVersion => ({ kind: 'version', version });
let writes = 0;
const id = () => ({ writeId: `write-${++writes}` });

async function rawItem(userId: string): Promise<Record<string, AttributeValue> | undefined> {
  const { Item } = await client.send(new GetItemCommand({ TableName: db.tableName, Key: { userId: { S: userId } }, ConsistentRead: true }));
  return Item;
}

async function putRaw(Item: Record<string, AttributeValue>): Promise<void> {
  await client.send(new PutItemCommand({ TableName: db.tableName, Item }));
}

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
    const { state, stored, deleted } = await store.load('amzn1.ask.account.never-seen');
    expect(state).toEqual(newUserState());
    expect(stored).toEqual(NOTHING);
    expect(deleted).toBe(false);
  });

  it('keeps every field through a save and a load, and counts the version up', async () => {
    const userId = 'amzn1.ask.account.round-trip';
    const state = everyFieldSet();
    expect(await store.save(userId, state, NOTHING, id())).toBe(1);
    const loaded = await store.load(userId);
    expect(loaded.state).toEqual({ ...state, version: 1 });
    expect(loaded.stored).toEqual(v(1));

    const changed: UserState = { ...loaded.state, streakDays: 7 };
    delete changed.active;
    expect(await store.save(userId, changed, v(1), id())).toBe(2);
    const again = (await store.load(userId)).state;
    expect(again.version).toBe(2);
    expect(again.streakDays).toBe(7);
    expect(again.active).toBeUndefined();
  });

  it('stores one item per person with a schema version, a version number, an update time, recent write ids and an expiry about 18 months out', async () => {
    const userId = 'amzn1.ask.account.layout';
    await store.save(userId, { ...newUserState(), disclaimerSeen: true }, NOTHING, { writeId: 'first', previousWrites: ['older'] });
    const Item = await rawItem(userId);
    expect(Item?.userId?.S).toBe(userId);
    expect(Item?.version?.N).toBe('1');
    expect(Item?.schemaVersion?.N).toBe('2');
    expect(Number.isNaN(Date.parse(Item?.updatedAt?.S ?? ''))).toBe(false);
    expect(JSON.parse(Item?.state?.S ?? '{}')).toMatchObject({ disclaimerSeen: true });
    expect(Item?.writes?.L?.map((w) => w.S)).toEqual(['first', 'older']);
    const days = (Number(Item?.expiresAt?.N) * 1000 - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(540);
    expect(days).toBeLessThan(550);
    expect((await store.load(userId)).recentWrites).toEqual(['first', 'older']);
  });

  it('refuses a save made from a stale version', async () => {
    const userId = 'amzn1.ask.account.stale';
    expect(await store.save(userId, newUserState(), NOTHING, id())).toBe(1);
    // A second "first save" is stale: someone stored this person already.
    expect(await store.save(userId, { ...newUserState(), streakDays: 3 }, NOTHING, id())).toBe('conflict');
    expect(await store.save(userId, { ...newUserState(), streakDays: 4 }, v(1), id())).toBe(2);
    expect(await store.save(userId, { ...newUserState(), streakDays: 5 }, v(1), id())).toBe('conflict');
    const stored = (await store.load(userId)).state;
    expect(stored.version).toBe(2);
    expect(stored.streakDays).toBe(4);
  });

  it('forgets a person with a deletion marker that no save can overwrite, and that expires later', async () => {
    const userId = 'amzn1.ask.account.forget-me';
    await store.save(userId, everyFieldSet(), NOTHING, id());
    const before = await store.load(userId);
    await store.remove(userId);
    const after = await store.load(userId);
    expect(after.deleted).toBe(true);
    expect(after.state).toEqual(newUserState());
    // Nothing of the person is left in the item.
    const marker = await rawItem(userId);
    expect(Object.keys(marker ?? {}).sort()).toEqual(['deleted', 'deletedAt', 'expiresAt', 'userId']);
    const days = (Number(marker?.expiresAt?.N) * 1000 - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(25);
    // A turn that loaded before the deletion cannot bring the data back, whatever it expected.
    expect(await store.save(userId, before.state, before.stored, id())).toBe('conflict');
    expect(await store.save(userId, before.state, NOTHING, id())).toBe('conflict');
    expect(await store.save(userId, before.state, after.stored, id())).toBe('conflict');
    expect((await store.load(userId)).deleted).toBe(true);
    // Removing again is not an error.
    await expect(store.remove(userId)).resolves.toBeUndefined();
  });

  it('treats a deletion marker whose time is up as nothing stored, and can write over it', async () => {
    const userId = 'amzn1.ask.account.marker-expired';
    const past = String(Math.floor(Date.now() / 1000) - 60);
    await putRaw({ userId: { S: userId }, deleted: { BOOL: true }, deletedAt: { S: '2024-01-01T00:00:00.000Z' }, expiresAt: { N: past } });
    const loaded = await store.load(userId);
    expect(loaded.deleted).toBe(false);
    expect(loaded.state).toEqual(newUserState());
    expect(await store.save(userId, { ...loaded.state, disclaimerSeen: true }, loaded.stored, id())).toBe(1);
    expect((await store.load(userId)).state.disclaimerSeen).toBe(true);
  });
});

/**
 * Items written by older versions, by hand or by other code: each is read, and the next save
 * migrates it to the current layout (a later save then works as usual).
 */
describe('old and foreign items', () => {
  async function migrates(userId: string, check: (state: UserState) => void): Promise<void> {
    const loaded = await store.load(userId);
    check(loaded.state);
    const version = await store.save(userId, { ...loaded.state, streakDays: 9 }, loaded.stored, id());
    expect(typeof version).toBe('number');
    const item = await rawItem(userId);
    expect(item?.schemaVersion?.N).toBe('2');
    expect(item?.version?.N).toBe(String(version));
    const again = await store.load(userId);
    expect(again.state.streakDays).toBe(9);
    check({ ...again.state, streakDays: loaded.state.streakDays });
    // And the next save after the migration goes in too.
    expect(await store.save(userId, { ...again.state, streakDays: 10 }, again.stored, id())).toBe(Number(version) + 1);
  }

  it('a corrupt JSON document keeps its version', async () => {
    const userId = 'amzn1.ask.account.damaged';
    await putRaw({ userId: { S: userId }, version: { N: '4' }, state: { S: '{"disclaimerSeen": tru' } });
    expect((await store.load(userId)).state.version).toBe(4);
    await migrates(userId, (state) => expect({ ...state, version: 0 }).toEqual(newUserState()));
  });

  it('a partial document with wrongly typed fields', async () => {
    const userId = 'amzn1.ask.account.partial';
    await putRaw({
      userId: { S: userId },
      version: { N: '2' },
      state: { S: JSON.stringify({ preferences: { pace: 'slower', holdLength: 'forever' }, streakDays: '3' }) },
    });
    await migrates(userId, (state) => {
      expect(state.preferences).toEqual({ holdLength: 'standard', pace: 'slower', cueStyle: 'voice' });
      expect(state.streakDays).toBe(0);
    });
  });

  it('an item without a version (older layout, or restored by hand)', async () => {
    const userId = 'amzn1.ask.account.no-version';
    await putRaw({ userId: { S: userId }, state: { S: JSON.stringify({ disclaimerSeen: true, completedSessions: 3 }) } });
    await migrates(userId, (state) => expect(state).toMatchObject({ disclaimerSeen: true, completedSessions: 3 }));
  });

  it('a version stored as a string', async () => {
    const userId = 'amzn1.ask.account.string-version';
    await putRaw({ userId: { S: userId }, version: { S: '7' }, state: { S: JSON.stringify({ completedSessions: 7 }) } });
    await migrates(userId, (state) => expect(state.completedSessions).toBe(7));
  });

  it('a version that is not a whole number', async () => {
    for (const [suffix, N] of [['fraction', '2.5'], ['negative', '-3'], ['huge', '1e100']] as const) {
      const userId = `amzn1.ask.account.odd-version-${suffix}`;
      await putRaw({ userId: { S: userId }, version: { N }, state: { S: JSON.stringify({ streakDays: 2 }) } });
      await migrates(userId, (state) => expect(state.streakDays).toBe(2));
    }
  });

  it('the state stored as a DynamoDB map', async () => {
    const userId = 'amzn1.ask.account.map-state';
    await putRaw({
      userId: { S: userId },
      version: { N: '3' },
      state: { M: { disclaimerSeen: { BOOL: true }, preferences: { M: { pace: { S: 'slower' } } }, excludedStretches: { L: [{ S: 'cat-cow' }] } } },
    });
    await migrates(userId, (state) => {
      expect(state.disclaimerSeen).toBe(true);
      expect(state.preferences.pace).toBe('slower');
      expect(state.excludedStretches).toEqual(['cat-cow']);
    });
  });

  it('an ask-sdk persistence adapter item (attributes map, no version)', async () => {
    const userId = 'amzn1.ask.account.persistence-adapter';
    await putRaw({
      userId: { S: userId },
      attributes: { M: { completedSessions: { N: '12' }, preferences: { M: { holdLength: { S: 'longer' } } }, lastCompletedDate: { S: '2026-01-05' } } },
    });
    await migrates(userId, (state) => {
      expect(state.completedSessions).toBe(12);
      expect(state.preferences.holdLength).toBe('longer');
      expect(state.lastCompletedDate).toBe('2026-01-05');
    });
  });

  it('fields restored by hand as top-level attributes', async () => {
    const userId = 'amzn1.ask.account.top-level';
    await putRaw({ userId: { S: userId }, streakDays: { N: '4' }, excludedStretches: { SS: ['sphinx-pose'] } });
    await migrates(userId, (state) => {
      expect(state.streakDays).toBe(4);
      expect(state.excludedStretches).toEqual(['sphinx-pose']);
    });
  });

  it('two turns racing on an old item: one migrates it, the other conflicts instead of overwriting', async () => {
    const userId = 'amzn1.ask.account.legacy-race';
    await putRaw({ userId: { S: userId }, state: { S: JSON.stringify({ completedSessions: 1 }) } });
    const a = await store.load(userId);
    const b = await store.load(userId);
    expect(await store.save(userId, { ...a.state, completedSessions: 2 }, a.stored, id())).toBe(1);
    expect(await store.save(userId, { ...b.state, streakDays: 5 }, b.stored, id())).toBe('conflict');
    expect((await store.load(userId)).state.completedSessions).toBe(2);
  });
});
