/**
 * The UserStateStore port (lambda/state/store.ts) on DynamoDB: one item per Alexa userId, read
 * with a consistent GetItem, written with a conditional PutItem, deleted by a deletion marker.
 * The item's layout and the conditions are in lambda/state/item-layout.ts. A recognised
 * speaker's item is keyed `<userId>#<personId>`; the account lists its speakers in
 * `<userId>#people` (peopleIndex.ts) so that forgetting the account forgets them too.
 */
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from './dynamo-client';
import { conditionFor, deletionMarker, itemFor, readItem } from './item-layout';
import { addPerson, personOfKey, removePeople } from './people-index';
import type { UserStateStore } from './store';

export interface DynamoStoreOptions {
  tableName: string;
  /** A local DynamoDB-compatible endpoint (dynalite), e.g. http://127.0.0.1:4567. */
  endpoint?: string;
  /** An existing client (tests add instrumentation to it); endpoint is then ignored. */
  client?: DynamoDBClient;
  /** The clock (item expiry, deletion markers); default Date.now. */
  now?: () => number;
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

export function createDynamoStore(options: DynamoStoreOptions): UserStateStore {
  const client = options.client ?? createDynamoClient(options.endpoint);
  const TableName = options.tableName;
  const now = options.now ?? Date.now;

  return {
    async load(userId, call = {}) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName, Key: { userId: { S: userId } }, ConsistentRead: true }),
        { abortSignal: call.signal },
      );
      return readItem(Item, now());
    },

    async save(userId, next, expected, call) {
      // A recognised speaker's first save: list them on the account first, so remove() finds them.
      const person = expected.kind === 'none' ? personOfKey(userId) : undefined;
      if (person) await addPerson(client, TableName, person.userId, person.personId);
      const writes = [call.writeId, ...(call.previousWrites ?? []).filter((id) => id !== call.writeId)];
      try {
        const Item = itemFor(userId, next, expected, writes, now());
        await client.send(new PutItemCommand({ TableName, Item, ...conditionFor(expected) }), { abortSignal: call.signal });
        return Number(Item.version?.N);
      } catch (error) {
        if (isConditionFailure(error)) return 'conflict';
        throw error;
      }
    },

    async remove(userId, call = {}) {
      const forget = async (key: string) => {
        await client.send(new PutItemCommand({ TableName, Item: deletionMarker(key, now()) }), { abortSignal: call.signal });
      };
      if (!personOfKey(userId)) await removePeople(client, TableName, userId, forget);
      await forget(userId);
    },
  };
}

