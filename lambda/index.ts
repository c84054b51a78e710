/**
 * The Lambda entry point: `handler`. The settings come from the environment, read once on
 * the first request (lambda/settings.ts lists them), so importing this module never needs
 * the environment. Everything else builds the skill with buildSkill(skillDepsFor(settings)).
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { settingsFromEnv, skillDepsFor } from './settings';
import { buildSkill, type CustomSkill } from './skill';

let skill: CustomSkill | undefined;

/** The Alexa-triggered Lambda handler (async form; Lambda awaits the returned promise). */
export async function handler(event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
  skill ??= buildSkill(skillDepsFor(settingsFromEnv(process.env)));
  return skill.invoke(event, context);
}
