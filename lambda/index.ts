/**
 * The Lambda entry point: `handler`, configured from the environment.
 * TABLE_NAME (required), DYNAMODB_ENDPOINT (local/tests), SKILL_ID (verify the caller when
 * set), COMPANION_URL (base URL of the companion page, for cards and images), ILLUSTRATION_PNG=0
 * (opt out of images: Simple cards and a text-only screen).
 *
 * The companion page publishes each stretch's drawing as PNG (Standard cards and APL Image
 * cannot draw SVG): COMPANION_URL/illustrations/<id>.png at 720x480 (the card's small image)
 * and COMPANION_URL/illustrations/<id>-large.png at 1200x800 (the card's large image and the
 * Echo Show screen).
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
    const images = env.ILLUSTRATION_PNG !== '0';
    const small = (id: StretchId) => `${companionUrl}/illustrations/${id}.png`;
    const large = (id: StretchId) => `${companionUrl}/illustrations/${id}-large.png`;
    const skill = buildSkill({
      store: createStoreFromEnv(env),
      skillId: env.SKILL_ID || undefined,
      companionUrl,
      cardImagesFor: images ? (id) => ({ smallImageUrl: small(id), largeImageUrl: large(id) }) : undefined,
      screenImageFor: images ? large : undefined,
    });
    built = { key, skill };
  }
  return built.skill;
}

/** The Alexa-triggered Lambda handler (async form; Lambda awaits the returned promise). */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  return skillFromEnv().invoke(event, context);
}
