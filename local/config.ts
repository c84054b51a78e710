/**
 * Settings of the local run, from the environment and the command line (`npm start -- --verify`).
 * Everything has a default: with no AWS account and no configuration it just runs.
 */
import { fileURLToPath } from 'node:url';

export interface LocalConfig {
  /** Port of the companion page and the skill endpoint (PORT, default 3000; 0 = any free port). */
  port: number;
  /** Interface to listen on (HOST, default 127.0.0.1: this computer only). */
  hostname: string;
  /** DynamoDB table (TABLE_NAME). */
  tableName: string;
  /** An existing DynamoDB endpoint to use instead of the embedded one (DYNAMODB_ENDPOINT). */
  dynamoEndpoint?: string;
  /** Preferred port of the embedded DynamoDB (DYNAMODB_PORT, default 8000). */
  dynamoPort: number;
  /** Where the embedded DynamoDB keeps its files (LOCAL_DATA_DIR, default .local/dynamodb). */
  dataDir: string;
  /** Verify Alexa's request signatures and accept any caller (ALEXA_VERIFY=1 or --verify). */
  verify: boolean;
  /** Base URL used in cards (COMPANION_URL, default the local page). */
  companionUrl?: string;
  /** The skill id requests must carry (SKILL_ID; unchecked when absent). */
  skillId?: string;
}

export const DEFAULT_TABLE_NAME = 'BackStretchCoachUsers';
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.local/dynamodb', import.meta.url));

export const USAGE = `Usage: npm start [-- --verify]

Runs Back Stretch Coach on this computer: an embedded DynamoDB, the companion page and the
skill endpoint (POST /alexa). No AWS account needed.

Options:
  --verify     check Alexa's request signatures and accept requests from anywhere (needs SKILL_ID)
               (for an HTTPS tunnel to a real Alexa skill); same as ALEXA_VERIFY=1
  --no-talk    don't open the simulator in this terminal (it opens when run in a terminal)
  --help       show this text

Environment:
  PORT               page and skill endpoint port (default 3000, 0 = any free port)
  HOST               interface to listen on (default 127.0.0.1)
  TABLE_NAME         DynamoDB table (default ${DEFAULT_TABLE_NAME})
  DYNAMODB_ENDPOINT  use this DynamoDB instead of the embedded one
  DYNAMODB_PORT      preferred port of the embedded DynamoDB (default 8000)
  LOCAL_DATA_DIR     where the embedded DynamoDB keeps data (default .local/dynamodb)
  COMPANION_URL      base URL of the companion page used in cards
  SKILL_ID           only accept requests for this skill id
  ALEXA_VERIFY=1     same as --verify`;

export class ConfigError extends Error {}

function portFrom(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a port number from 0 to 65535, not "${value}".`);
  }
  return port;
}

function flagFrom(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Returns the config, `'help'` for --help, or throws ConfigError with a readable message. */
export function readLocalConfig(env: NodeJS.ProcessEnv, args: readonly string[]): LocalConfig | 'help' {
  let verify = flagFrom(env.ALEXA_VERIFY);
  for (const arg of args) {
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--verify') verify = true;
    else if (arg === '--no-talk') continue; // read by scripts/start.ts: no simulator in this terminal
    else throw new ConfigError(`Unknown option "${arg}".\n\n${USAGE}`);
  }
  const config: LocalConfig = {
    port: portFrom(env.PORT, 'PORT', 3000),
    hostname: nonEmpty(env.HOST) ?? '127.0.0.1',
    tableName: nonEmpty(env.TABLE_NAME) ?? DEFAULT_TABLE_NAME,
    dynamoPort: portFrom(env.DYNAMODB_PORT, 'DYNAMODB_PORT', 8000),
    dataDir: nonEmpty(env.LOCAL_DATA_DIR) ?? DEFAULT_DATA_DIR,
    verify,
  };
  const dynamoEndpoint = nonEmpty(env.DYNAMODB_ENDPOINT);
  const companionUrl = nonEmpty(env.COMPANION_URL);
  const skillId = nonEmpty(env.SKILL_ID);
  if (dynamoEndpoint !== undefined) {
    try {
      new URL(dynamoEndpoint);
    } catch {
      throw new ConfigError(`DYNAMODB_ENDPOINT must be a URL like http://localhost:8000, not "${dynamoEndpoint}".`);
    }
    config.dynamoEndpoint = dynamoEndpoint;
  }
  if (companionUrl !== undefined) config.companionUrl = companionUrl.replace(/\/+$/, '');
  if (skillId !== undefined) config.skillId = skillId;
  if (verify && skillId === undefined) {
    // Signed requests for any skill would otherwise be accepted: anyone's skill could call this one.
    throw new ConfigError('--verify (ALEXA_VERIFY=1) needs SKILL_ID: the skill id Alexa requests must carry (amzn1.ask.skill...).');
  }
  return config;
}
