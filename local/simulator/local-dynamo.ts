/**
 * The DynamoDB the in-process skill talks to: the one configured in the environment
 * (TABLE_NAME, with DYNAMODB_ENDPOINT for a local server), or else an embedded dynalite server
 * started here, in memory or in a directory so progress survives restarts. It only reads the
 * environment; the caller builds the skill against the table it returns.
 */
import { createTableIfMissing } from '../../lambda/state/create-table';
import { startEmbeddedDynamo } from '../embedded-dynamo';

export const LOCAL_TABLE_NAME = 'back-stretch-coach-local';

export interface LocalDynamo {
  /** For the reader: where progress is kept. */
  description: string;
  tableName: string;
  /** Unset: the real DynamoDB of the AWS account in the environment. */
  endpoint?: string;
  stop(): Promise<void>;
}

/**
 * Makes sure env.TABLE_NAME names a reachable table, starting an embedded server when none is
 * configured.
 */
export async function ensureLocalDynamo(env: Readonly<NodeJS.ProcessEnv>, options: { dbPath?: string } = {}): Promise<LocalDynamo> {
  if (env.TABLE_NAME) {
    const endpoint = env.DYNAMODB_ENDPOINT;
    const tableName = env.TABLE_NAME;
    if (!endpoint) return { description: `DynamoDB table ${tableName} (AWS)`, tableName, stop: async () => {} };
    try {
      await createTableIfMissing(endpoint, env.TABLE_NAME);
    } catch (error) {
      throw new Error(`DynamoDB at ${endpoint} is not reachable: ${(error as Error).message}`);
    }
    return { description: `DynamoDB table ${tableName} at ${endpoint}`, tableName, endpoint, stop: async () => {} };
  }
  const dynamo = await startEmbeddedDynamo(options.dbPath ? { dataDir: options.dbPath } : {});
  const endpoint = dynamo.endpoint;
  await createTableIfMissing(endpoint, LOCAL_TABLE_NAME);
  return {
    tableName: LOCAL_TABLE_NAME,
    endpoint,
    description: options.dbPath
      ? `embedded DynamoDB (dynalite) stored in ${options.dbPath}`
      : 'embedded DynamoDB (dynalite) in memory: progress lasts until you quit',
    stop: () => dynamo.close(),
  };
}
