/** The local run against a DynamoDB it is given (DYNAMODB_ENDPOINT) instead of its own. */
import { randomUUID } from 'node:crypto';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../lambda/state/index';
import { describeLocalRun, startLocal, type LocalRun } from '../../local/start-local';
import { startDynalite, type RunningDynalite } from '../support/dynalite';
import { launchBody } from './signing';

describe('local run with DYNAMODB_ENDPOINT', () => {
  let db: RunningDynalite;
  let run: LocalRun;
  const tableName = `local-run-${randomUUID()}`;

  beforeAll(async () => {
    db = await startDynalite();
    run = await startLocal({
      port: 0,
      hostname: '127.0.0.1',
      tableName,
      dynamoEndpoint: db.endpoint,
      dynamoPort: 0,
      dataDir: '/nonexistent/never-used',
      verify: false,
    });
  });
  afterAll(async () => {
    await run?.stop();
    await db?.stop();
  });

  it('creates its table there and keeps no data folder of its own', async () => {
    const client = createDynamoClient(db.endpoint);
    try {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      expect(Table?.KeySchema).toEqual([{ AttributeName: 'userId', KeyType: 'HASH' }]);
      expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    } finally {
      client.destroy();
    }
    expect(run.dataDir).toBeUndefined();
    expect(run.dynamoEndpoint).toBe(db.endpoint);
    const banner = describeLocalRun(run);
    expect(banner).toContain('using the DynamoDB at DYNAMODB_ENDPOINT');
    expect(banner).toContain(`table ${tableName}`);
    expect(banner).toMatch(/npm run talk -- --endpoint http:\/\/localhost:\d+\/alexa/);
    expect(banner.trim().split('\n').pop()).toMatch(/^Ready\./);
  });

  it('answers the skill endpoint from that table', async () => {
    const port = new URL(run.pageUrl).port;
    const response = await fetch(`http://127.0.0.1:${port}/alexa`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: launchBody(new Date()) });
    expect(response.status).toBe(200);
    const json = (await response.json()) as { response: { outputSpeech: { ssml: string } } };
    expect(json.response.outputSpeech.ssml).toMatch(/Back Stretch Coach/);
  });
});
