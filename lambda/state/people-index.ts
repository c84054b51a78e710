/**
 * Recognised speakers on one account are stored as their own items, keyed
 * `<userId>#<personId>` (see userIdOf). So that disabling the skill deletes theirs too, the
 * account keeps a small index item, `<userId>#people`, listing the personIds that have an
 * item: added once, just before a person's first save; read and emptied on remove.
 */
import { DeleteItemCommand, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

const SEPARATOR = '#';
const INDEX_SUFFIX = `${SEPARATOR}people`;
const MAX_ATTEMPTS = 3;

/** The account and person of a store key, when it is a recognised speaker's. */
export function personOfKey(key: string): { userId: string; personId: string } | undefined {
  const at = key.indexOf(SEPARATOR);
  if (at <= 0 || at === key.length - 1) return undefined;
  return { userId: key.slice(0, at), personId: key.slice(at + 1) };
}

function indexKey(userId: string): string {
  return `${userId}${INDEX_SUFFIX}`;
}

async function readIndex(client: DynamoDBClient, TableName: string, userId: string): Promise<{ people: string[]; exists: boolean }> {
  const { Item } = await client.send(new GetItemCommand({ TableName, Key: { userId: { S: indexKey(userId) } }, ConsistentRead: true }));
  if (!Item) return { people: [], exists: false };
  try {
    const parsed: unknown = JSON.parse(Item.people?.S ?? '[]');
    return { people: Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [], exists: true };
  } catch {
    return { people: [], exists: true };
  }
}

/** Adds personId to the account's index (idempotent; retried when another turn wrote it first). */
export async function addPerson(client: DynamoDBClient, TableName: string, userId: string, personId: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const { people, exists } = await readIndex(client, TableName, userId);
    if (people.includes(personId)) return;
    const next = JSON.stringify([...people, personId]);
    try {
      await client.send(
        new PutItemCommand({
          TableName,
          Item: { userId: { S: indexKey(userId) }, people: { S: next } },
          ...(exists
            ? { ConditionExpression: 'people = :before', ExpressionAttributeValues: { ':before': { S: JSON.stringify(people) } } }
            : { ConditionExpression: 'attribute_not_exists(userId)' }),
        }),
      );
      return;
    } catch (error) {
      const conflict = error instanceof Error && error.name === 'ConditionalCheckFailedException';
      if (!conflict || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/** Forgets every recognised speaker of the account (with `forget`, e.g. a deletion marker), then deletes the index. */
export async function removePeople(
  client: DynamoDBClient,
  TableName: string,
  userId: string,
  forget: (key: string) => Promise<void>,
): Promise<void> {
  const { people, exists } = await readIndex(client, TableName, userId);
  for (const personId of people) await forget(`${userId}${SEPARATOR}${personId}`);
  if (exists) await client.send(new DeleteItemCommand({ TableName, Key: { userId: { S: indexKey(userId) } } }));
}
