/**
 * Creating the user-state table where none exists: for tests and the local runner (in the
 * cloud the CDK stack owns the table). On-demand billing, partition key `userId` (string).
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from './dynamo-client';

const WAIT_STEP_MS = 100;
const WAIT_LIMIT_MS = 30_000;

async function tableStatus(client: DynamoDBClient, tableName: string): Promise<string | undefined> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Table?.TableStatus ?? 'UNKNOWN';
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

/** Creates the table unless it exists, then waits until it is ACTIVE. */
export async function createTableIfMissing(clientOrEndpoint: DynamoDBClient | string, tableName: string): Promise<void> {
  const ownsClient = typeof clientOrEndpoint === 'string';
  const client = ownsClient ? createDynamoClient(clientOrEndpoint) : clientOrEndpoint;
  try {
    if ((await tableStatus(client, tableName)) === undefined) {
      try {
        await client.send(
          new CreateTableCommand({
            TableName: tableName,
            BillingMode: 'PAY_PER_REQUEST',
            AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
            KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
          }),
        );
      } catch (error) {
        // Another process created it between our check and our create: fine, wait for it below.
        if (!(error instanceof ResourceInUseException)) throw error;
      }
    }
    const deadline = Date.now() + WAIT_LIMIT_MS;
    for (;;) {
      const status = await tableStatus(client, tableName);
      if (status === 'ACTIVE') return;
      if (Date.now() > deadline) throw new Error(`Table ${tableName} is still ${status ?? 'missing'} after ${WAIT_LIMIT_MS} ms.`);
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    }
  } finally {
    if (ownsClient) client.destroy();
  }
}
