/**
 * The DynamoDB the in-process skill talks to: the one configured in the environment
 * (TABLE_NAME, with DYNAMODB_ENDPOINT for a local server), or else an embedded dynalite server
 * started here, in memory or in a directory so progress survives restarts.
 */
import { createTableIfMissing } from '../../lambda/state/createTable';
import { startEmbeddedDynamo } from '../embeddedDynamo';

export const LOCAL_TABLE_NAME = 'back-stretch-coach-local';

export interface LocalDynamo {
  /** For the reader: where progress is kept. */
  description: string;
  stop(): Promise<void>;
}

/**
 * Makes sure env.TABLE_NAME names a reachable table, starting an embedded server when none is
 * configured. Sets TABLE_NAME and DYNAMODB_ENDPOINT in `env` for the skill to read.
 */
export async function ensureLocalDynamo(env: NodeJS.ProcessEnv, options: { dbPath?: string } = {}): Promise<LocalDynamo> {
  if (env.TABLE_NAME) {
    const endpoint = env.DYNAMODB_ENDPOINT;
    if (!endpoint) return { description: `DynamoDB table ${env.TABLE_NAME} (AWS)`, stop: async () => {} };
    try {
      await createTableIfMissing(endpoint, env.TABLE_NAME);
    } catch (error) {
      throw new Error(`DynamoDB at ${endpoint} is not reachable: ${(error as Error).message}`);
    }
    return { description: `DynamoDB table ${env.TABLE_NAME} at ${endpoint}`, stop: async () => {} };
  }
  const dynamo = await startEmbeddedDynamo(options.dbPath ? { dataDir: options.dbPath } : {});
  const endpoint = dynamo.endpoint;
  env.TABLE_NAME = LOCAL_TABLE_NAME;
  env.DYNAMODB_ENDPOINT = endpoint;
  await createTableIfMissing(endpoint, LOCAL_TABLE_NAME);
  return {
    description: options.dbPath
      ? `embedded DynamoDB (dynalite) stored in ${options.dbPath}`
      : 'embedded DynamoDB (dynalite) in memory: progress lasts until you quit',
    stop: () => dynamo.close(),
  };
}
