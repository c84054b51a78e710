/**
 * The Lambda entry point: `handler`, configured from the environment.
 * TABLE_NAME (required), DYNAMODB_ENDPOINT (local/tests), SKILL_ID (verify the caller when
 * set), COMPANION_URL (base URL of the companion page, for cards).
 *
 * The skill is built on the first request, so importing this module never needs the
 * environment, and tests can set it first.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createStoreFromEnv } from './state/index';
import { buildSkill, type CustomSkill } from './skill';

const DEFAULT_COMPANION_URL = 'https://backstretchcoach.example.com';

let built: { key: string; skill: CustomSkill } | undefined;

function skillFromEnv(env: NodeJS.ProcessEnv = process.env): CustomSkill {
  const key = [env.TABLE_NAME, env.DYNAMODB_ENDPOINT, env.SKILL_ID, env.COMPANION_URL].join('|');
  if (built?.key !== key) {
    const skill = buildSkill({
      store: createStoreFromEnv(env),
      skillId: env.SKILL_ID || undefined,
      companionUrl: env.COMPANION_URL || DEFAULT_COMPANION_URL,
    });
    built = { key, skill };
  }
  return built.skill;
}

/** The Alexa-triggered Lambda handler (async form; Lambda awaits the returned promise). */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  return skillFromEnv().invoke(event, context);
}
