/**
 * The Lambda entry point: `handler`, configured from the environment.
 * TABLE_NAME (required), DYNAMODB_ENDPOINT (local/tests), SKILL_ID (verify the caller when
 * set), COMPANION_URL (base URL of the companion page, for cards), ILLUSTRATION_PNG=1 (PNG
 * illustrations are published at COMPANION_URL/illustrations/<id>.png: Standard cards and APL images).
 *
 * The skill is built on the first request, so importing this module never needs the
 * environment, and tests can set it first.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createStoreFromEnv } from './state/index';
import type { StretchId } from '../skill/catalog/types';
import { buildSkill, type CustomSkill } from './skill';

const DEFAULT_COMPANION_URL = 'https://backstretchcoach.example.com';

let built: { key: string; skill: CustomSkill } | undefined;

function skillFromEnv(env: NodeJS.ProcessEnv = process.env): CustomSkill {
  const key = [env.TABLE_NAME, env.DYNAMODB_ENDPOINT, env.SKILL_ID, env.COMPANION_URL, env.ILLUSTRATION_PNG].join('|');
  if (built?.key !== key) {
    const companionUrl = (env.COMPANION_URL || DEFAULT_COMPANION_URL).replace(/\/$/, '');
    // The companion page serves SVG illustrations; cards (Standard) and APL Image need a raster.
    // Set ILLUSTRATION_PNG=1 once /illustrations/<id>.png is published.
    const png = env.ILLUSTRATION_PNG === '1' ? (id: StretchId) => `${companionUrl}/illustrations/${id}.png` : undefined;
    const skill = buildSkill({
      store: createStoreFromEnv(env),
      skillId: env.SKILL_ID || undefined,
      companionUrl,
      cardImagesFor: png ? (id) => ({ smallImageUrl: png(id), largeImageUrl: png(id) }) : undefined,
      screenImageFor: png,
    });
    built = { key, skill };
  }
  return built.skill;
}

/** The Alexa-triggered Lambda handler (async form; Lambda awaits the returned promise). */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  return skillFromEnv().invoke(event, context);
}
