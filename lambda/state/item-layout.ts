/**
 * The person's DynamoDB item: how it is written, and how any item found under a userId is read.
 *
 * Layout written now (partition key `userId`, string):
 *   userId         S  the Alexa userId
 *   version        N  optimistic-locking counter, 1 after the first save
 *   schemaVersion  N  layout of `state` (USER_STATE_SCHEMA_VERSION)
 *   updatedAt      S  ISO time of the last save
 *   state          S  the UserState as JSON (without `version`)
 *   writes         L  ids of the last few saves, newest first (did a save whose answer was lost land?)
 *   expiresAt      N  epoch seconds; the table's TTL deletes an item nobody used for ~18 months
 *
 * Deletion marker (the person disabled the skill), which no save's condition accepts:
 *   userId, deleted BOOL true, deletedAt S, expiresAt N (TTL removes the marker later)
 *
 * Why one JSON attribute rather than a DynamoDB map: the item is always read and written
 * whole, it stays a few KB, and every read goes through normalizeUserState anyway.
 *
 * Read as well, and migrated on the next save: items without a usable `version` (older
 * layout, restored by hand), a `version` of another type, `state` stored as a map, an
 * ask-sdk persistence adapter item (`attributes` map), fields stored as top-level attributes,
 * a corrupt JSON document, a deletion marker whose time is up.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { UserState } from '../../skill/conversation/types';
import { normalizeUserState } from '../../skill/state/normalize';
import { fromAttributeMap, fromAttributeValue } from './attribute-values';
import type { StoredState, StoredVersion } from './store';

type Item = Record<string, AttributeValue>;

/** Layout version of the stored item; bump it when the stored shape changes. */
export const USER_STATE_SCHEMA_VERSION = 2;

/** An item nobody used for this long is deleted by the table's TTL (about 18 months). */
export const ITEM_LIFETIME_DAYS = 548;
/** A deletion marker outlives every turn that could still be in flight by far. */
export const DELETION_MARKER_DAYS = 30;
/** How many recent save ids an item keeps. */
export const RECENT_WRITES = 8;

const DAY_SECONDS = 24 * 60 * 60;

/** Adapter-private markers for StoredVersion 'legacy'. */
type LegacyMarker = { version: AttributeValue } | { noVersion: true } | { expiredMarker: string };

const USABLE_VERSION = /^(0|[1-9]\d{0,14})$/;

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    // A corrupt document loses its content; the item is still replaced by the next save.
    return {};
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The state document of any item shape we know. */
function documentOf(item: Item): Record<string, unknown> {
  const state = item.state;
  if (state?.S !== undefined) {
    const parsed = parseJson(state.S);
    return isRecord(parsed) ? parsed : {};
  }
  if (state?.M !== undefined) return fromAttributeMap(state.M);
  // ask-sdk-dynamodb-persistence-adapter: the session's persistent attributes as a map (or JSON).
  const attributes = item.attributes;
  if (attributes?.M !== undefined) return fromAttributeMap(attributes.M);
  if (attributes?.S !== undefined) {
    const parsed = parseJson(attributes.S);
    return isRecord(parsed) ? parsed : {};
  }
  // Fields restored by hand as top-level attributes.
  const { userId: _key, version: _version, ...rest } = item;
  return fromAttributeMap(rest);
}

function epochSeconds(value: AttributeValue | undefined): number | undefined {
  const seconds = value?.N !== undefined ? Number(value.N) : NaN;
  return Number.isFinite(seconds) ? seconds : undefined;
}

function recentWritesOf(item: Item): string[] {
  const list = fromAttributeValue(item.writes);
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string').slice(0, RECENT_WRITES) : [];
}

/** Reads whatever item is stored under a userId (undefined: none) as the person's state. */
export function readItem(item: Item | undefined, nowMs: number): StoredState {
  if (!item) return { state: normalizeUserState(undefined), stored: { kind: 'none' }, recentWrites: [], deleted: false };
  if (item.deleted?.BOOL === true) {
    const expires = epochSeconds(item.expiresAt);
    const expired = expires !== undefined && expires * 1000 <= nowMs;
    const marker: LegacyMarker = { expiredMarker: item.expiresAt?.N ?? '' };
    return {
      state: normalizeUserState(undefined),
      stored: expired ? { kind: 'legacy', marker } : { kind: 'none' },
      recentWrites: [],
      deleted: !expired,
    };
  }
  const document = documentOf(item);
  const raw = item.version;
  const usable = raw?.N !== undefined && USABLE_VERSION.test(raw.N);
  const version = usable ? Number(raw.N) : 0;
  const state = normalizeUserState({ ...document, version });
  const stored: StoredVersion = usable
    ? { kind: 'version', version }
    : { kind: 'legacy', marker: (raw ? { version: raw } : { noVersion: true }) satisfies LegacyMarker };
  return { state, stored, recentWrites: recentWritesOf(item), deleted: false };
}

/** The item a save writes: the current layout, whatever layout it replaces. */
export function itemFor(
  userId: string,
  next: UserState,
  expected: StoredVersion,
  writes: readonly string[],
  nowMs: number,
): Item {
  const { version: _ignored, ...document } = next;
  const version = (expected.kind === 'version' ? expected.version : expected.kind === 'legacy' ? next.version : 0) + 1;
  return {
    userId: { S: userId },
    version: { N: String(version) },
    schemaVersion: { N: String(USER_STATE_SCHEMA_VERSION) },
    updatedAt: { S: new Date(nowMs).toISOString() },
    state: { S: JSON.stringify(document) },
    writes: { L: writes.slice(0, RECENT_WRITES).map((id) => ({ S: id })) },
    expiresAt: { N: String(Math.floor(nowMs / 1000) + ITEM_LIFETIME_DAYS * DAY_SECONDS) },
  };
}

/** The deletion marker that replaces a person's item. */
export function deletionMarker(userId: string, nowMs: number): Item {
  return {
    userId: { S: userId },
    deleted: { BOOL: true },
    deletedAt: { S: new Date(nowMs).toISOString() },
    expiresAt: { N: String(Math.floor(nowMs / 1000) + DELETION_MARKER_DAYS * DAY_SECONDS) },
  };
}

export interface Condition {
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
}

/** The condition under which a save may replace what was read; a deletion marker never qualifies. */
export function conditionFor(expected: StoredVersion): Condition {
  if (expected.kind === 'none') return { ConditionExpression: 'attribute_not_exists(userId)' };
  if (expected.kind === 'version') {
    return {
      ConditionExpression: '#version = :expected AND attribute_not_exists(#deleted)',
      ExpressionAttributeNames: { '#version': 'version', '#deleted': 'deleted' },
      ExpressionAttributeValues: { ':expected': { N: String(expected.version) } },
    };
  }
  const marker = expected.marker as LegacyMarker;
  if ('version' in marker) {
    return {
      ConditionExpression: '#version = :expected AND attribute_not_exists(#deleted)',
      ExpressionAttributeNames: { '#version': 'version', '#deleted': 'deleted' },
      ExpressionAttributeValues: { ':expected': marker.version },
    };
  }
  if ('expiredMarker' in marker) {
    return {
      ConditionExpression: '#deleted = :true AND #expiresAt = :expected',
      ExpressionAttributeNames: { '#deleted': 'deleted', '#expiresAt': 'expiresAt' },
      ExpressionAttributeValues: { ':true': { BOOL: true }, ':expected': { N: marker.expiredMarker || '0' } },
    };
  }
  return {
    ConditionExpression: 'attribute_exists(userId) AND attribute_not_exists(#version) AND attribute_not_exists(#deleted)',
    ExpressionAttributeNames: { '#version': 'version', '#deleted': 'deleted' },
  };
}
