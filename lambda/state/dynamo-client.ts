/** The DynamoDB client the skill uses: short timeouts, at most two attempts per call. */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

/** Per-attempt limits: a DynamoDB outage must fail well inside the turn's time budget. */
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
