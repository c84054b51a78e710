/**
 * The person's state in DynamoDB: one item per Alexa userId.
 *
 * Item layout (partition key `userId`, string):
 *   userId         S  the Alexa userId; `<userId>#<personId>` for a recognised speaker, whose
 *                     personIds the account lists in `<userId>#people` (see peopleIndex.ts)
 *   version        N  optimistic-locking counter, 1 after the first save
 *   schemaVersion  N  layout of `state` (USER_STATE_SCHEMA_VERSION)
 *   updatedAt      S  ISO time of the last save
 *   state          S  the UserState as JSON (without `version`)
 *
 * Why one JSON attribute rather than a DynamoDB map: the item is always read and written
 * whole (never queried or updated per field), it stays a few KB even with a full history,
 * and every load goes through normalizeUserState anyway, so a JSON document keeps old,
 * partial or newer items readable without a hand-written recursive marshaller (DynamoDB
 * maps reject `undefined` and have their own empty-set rules). `version` stays a top-level
 * number because the conditional write compares it.
 */
import {
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import type { UserState } from '../../skill/conversation/types';
import { normalizeUserState, USER_STATE_SCHEMA_VERSION } from './userState';
import { addPerson, personOfKey, removePeople } from './peopleIndex';

export interface UserStateStore {
  /** The person's state; a new state (version 0) when nothing is stored. Throws when DynamoDB fails. */
  load(userId: string): Promise<UserState>;
  /**
   * Stores `next` as version expectedVersion + 1, only if the stored version is still
   * `expectedVersion` (0: nothing stored yet). 'conflict' when another turn saved first.
   * Throws when DynamoDB fails.
   */
  save(userId: string, next: UserState, expectedVersion: number): Promise<'saved' | 'conflict'>;
  /** Deletes everything stored about the person (for an account: its recognised speakers' items too). */
  remove(userId: string): Promise<void>;
}

export interface DynamoStoreOptions {
  tableName: string;
  /** A local DynamoDB-compatible endpoint (dynalite), e.g. http://127.0.0.1:4567. */
  endpoint?: string;
  /** An existing client (tests add instrumentation to it); endpoint is then ignored. */
  client?: DynamoDBClient;
}

/** Per-attempt limits: a DynamoDB outage must fail well inside the skill's ~7 s budget. */
export const DYNAMO_CONNECTION_TIMEOUT_MS = 1000;
export const DYNAMO_REQUEST_TIMEOUT_MS = 1200;
export const DYNAMO_MAX_ATTEMPTS = 2;

/**
 * A DynamoDB client for the skill: region from AWS_REGION (default us-east-1), two attempts
 * at most, short connection and request timeouts. With an endpoint (dynalite locally and in
 * tests) it uses dummy credentials, which the embedded server accepts.
 */
export function createDynamoClient(endpoint?: string): DynamoDBClient {
  const config: DynamoDBClientConfig = {
    region: process.env.AWS_REGION || 'us-east-1',
    maxAttempts: DYNAMO_MAX_ATTEMPTS,
    requestHandler: {
      connectionTimeout: DYNAMO_CONNECTION_TIMEOUT_MS,
      requestTimeout: DYNAMO_REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
    },
  };
  if (endpoint) {
    config.endpoint = endpoint;
    config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  return new DynamoDBClient(config);
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

function parseStoredState(json: string | undefined): unknown {
  if (json === undefined) return {};
  try {
    return JSON.parse(json) as unknown;
  } catch {
    // A corrupt document loses its content but keeps its version, so the next save works.
    return {};
  }
}

export function createDynamoStore(options: DynamoStoreOptions): UserStateStore {
  const client = options.client ?? createDynamoClient(options.endpoint);
  const TableName = options.tableName;

  return {
    async load(userId) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName, Key: { userId: { S: userId } }, ConsistentRead: true }),
      );
      if (!Item) return normalizeUserState(undefined);
      const stored = parseStoredState(Item.state?.S);
      const version = Number(Item.version?.N ?? '0');
      const withVersion =
        typeof stored === 'object' && stored !== null && !Array.isArray(stored)
          ? { ...stored, version }
          : { version };
      return normalizeUserState(withVersion);
    },

    async save(userId, next, expectedVersion) {
      const { version: _ignored, ...document } = next;
      // A recognised speaker's first save: list them on the account first, so remove() finds them.
      const person = expectedVersion === 0 ? personOfKey(userId) : undefined;
      if (person) await addPerson(client, TableName, person.userId, person.personId);
      try {
        await client.send(
          new PutItemCommand({
            TableName,
            Item: {
              userId: { S: userId },
              version: { N: String(expectedVersion + 1) },
              schemaVersion: { N: String(USER_STATE_SCHEMA_VERSION) },
              updatedAt: { S: new Date().toISOString() },
              state: { S: JSON.stringify(document) },
            },
            ...(expectedVersion === 0
              ? { ConditionExpression: 'attribute_not_exists(userId)' }
              : {
                  ConditionExpression: '#version = :expected',
                  ExpressionAttributeNames: { '#version': 'version' },
                  ExpressionAttributeValues: { ':expected': { N: String(expectedVersion) } },
                }),
          }),
        );
        return 'saved';
      } catch (error) {
        if (isConditionFailure(error)) return 'conflict';
        throw error;
      }
    },

    async remove(userId) {
      if (!personOfKey(userId)) await removePeople(client, TableName, userId);
      await client.send(new DeleteItemCommand({ TableName, Key: { userId: { S: userId } } }));
    },
  };
}

/** The store the Lambda uses: TABLE_NAME and, locally, DYNAMODB_ENDPOINT from the environment. */
export function createStoreFromEnv(env: NodeJS.ProcessEnv = process.env): UserStateStore {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set: the skill needs its DynamoDB table name.');
  return createDynamoStore({ tableName, endpoint: env.DYNAMODB_ENDPOINT || undefined });
}
