/**
 * The local run, composed: DynamoDB (embedded or given), the user-state table, and one server
 * for the companion page and the skill endpoint. lambda/ and web/ never import each other;
 * this is where they meet.
 */
import { resolve } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createTableIfMissing } from '../lambda/state/index';
import { AlexaRequestVerifier } from './alexa-verification';
import type { LocalConfig } from './config';
import { DataDirInUseError } from './data-dir-lock';
import { startEmbeddedDynamo, type EmbeddedDynamo } from './embedded-dynamo';
import { SKILL_ENDPOINT_PATH, startLocalServer, type RunningLocalServer } from './local-server';
import { createLocalSkill } from './local-skill';

export interface LocalRun {
  pageUrl: string;
  skillEndpointUrl: string;
  dynamoEndpoint: string;
  /** Set when the embedded DynamoDB is used. */
  dataDir?: string;
  tableName: string;
  verify: boolean;
  skillId?: string;
  companionUrl: string;
  /** Stops the server, then DynamoDB; safe to call twice. */
  stop(): Promise<void>;
}

export class StartupError extends Error {}

function displayHost(hostname: string): string {
  return ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(hostname) ? 'localhost' : hostname;
}

function explainDynamoFailure(error: unknown, config: LocalConfig): StartupError {
  const message = (error as Error).message ?? String(error);
  const where = config.dynamoEndpoint ?? 'the embedded DynamoDB';
  return new StartupError(`Could not prepare table ${config.tableName} at ${where}: ${message}`);
}

export async function startLocal(config: LocalConfig): Promise<LocalRun> {
  let dynamo: EmbeddedDynamo | undefined;
  let server: RunningLocalServer | undefined;
  const stop = async (): Promise<void> => {
    await server?.close();
    await dynamo?.close();
  };

  try {
    const dataDir = config.dynamoEndpoint === undefined ? resolve(config.dataDir) : undefined;
    if (dataDir !== undefined) {
      try {
        dynamo = await startEmbeddedDynamo({ dataDir, preferredPort: config.dynamoPort });
      } catch (error) {
        if (error instanceof DataDirInUseError) throw new StartupError(error.message);
        throw error;
      }
    }
    const dynamoEndpoint = config.dynamoEndpoint ?? (dynamo as EmbeddedDynamo).endpoint;
    try {
      await createTableIfMissing(dynamoEndpoint, config.tableName);
    } catch (error) {
      throw explainDynamoFailure(error, config);
    }

    // The page URL (and so the cards' links) is known only once the server listens (PORT=0).
    let skillHandler: ((envelope: RequestEnvelope) => Promise<ResponseEnvelope>) | undefined;
    // Hands-free audio lives next to the DynamoDB data (e.g. .local/audio beside .local/dynamodb).
    const audioDir = resolve(config.dataDir, '..', 'audio');
    server = await startLocalServer({
      port: config.port,
      hostname: config.hostname,
      audioDir,
      skillHandler: (envelope) => (skillHandler ? skillHandler(envelope) : Promise.reject(new Error('The skill is still starting.'))),
      ...(config.verify ? { verifier: new AlexaRequestVerifier() } : {}),
      ...(config.companionUrl ? { publicHosts: [new URL(config.companionUrl).host] } : {}),
    });
    const pageUrl = `http://${displayHost(config.hostname)}:${server.port}`;
    const companionUrl = config.companionUrl ?? pageUrl;
    skillHandler = createLocalSkill(
      {
        tableName: config.tableName,
        dynamoEndpoint,
        ...(config.skillId !== undefined ? { skillId: config.skillId } : {}),
        companionUrl,
        illustrationImages: true,
      },
      audioDir,
    );

    return {
      pageUrl: `${pageUrl}/`,
      skillEndpointUrl: `${pageUrl}${SKILL_ENDPOINT_PATH}`,
      dynamoEndpoint,
      ...(dataDir !== undefined ? { dataDir } : {}),
      tableName: config.tableName,
      verify: config.verify,
      ...(config.skillId !== undefined ? { skillId: config.skillId } : {}),
      companionUrl,
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** What the local run prints once it is up. The last line starts with "Ready". */
export function describeLocalRun(run: LocalRun): string {
  const endpointNote = run.verify
    ? 'verifying Alexa signatures; any caller'
    : 'this computer only; --verify to accept signed Alexa requests';
  const lines = [
    'Back Stretch Coach is running locally.',
    '',
    `  Companion page   ${run.pageUrl}`,
    `  Skill endpoint   POST ${run.skillEndpointUrl}  (${endpointNote})`,
    `  DynamoDB         ${run.dynamoEndpoint}${run.dataDir ? ' (embedded)' : ''}, table ${run.tableName}`,
    run.dataDir
      ? `  Data folder      ${run.dataDir}  (progress survives restarts)`
      : '  Data folder      none: using the DynamoDB at DYNAMODB_ENDPOINT',
    `  Card links       ${run.companionUrl}`,
  ];
  if (run.skillId) lines.push(`  Skill id         ${run.skillId} (other skill ids are refused)`);
  lines.push(
    '',
    '  Talk to this skill from another terminal:',
    `    npm run talk -- --endpoint ${run.skillEndpointUrl}`,
    '',
    'Ready. Press Ctrl-C to stop.',
  );
  return lines.join('\n');
}
