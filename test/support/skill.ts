/**
 * The real skill, built the way the Lambda builds it (lambda/settings.ts), against a test's
 * own DynamoDB: no environment variables involved.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { skillDepsFor, type SkillSettings } from '../../lambda/settings';
import { buildSkill } from '../../lambda/skill';

export type SkillInvoke = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

export const TEST_COMPANION_URL = 'https://coach.example';

/** The skill's handler for a table at `dynamoEndpoint`; `settings` override the defaults. */
export function skillHandler(
  db: { tableName: string; endpoint: string },
  settings: Partial<SkillSettings> = {},
): SkillInvoke {
  const skill = buildSkill(
    skillDepsFor({
      tableName: db.tableName,
      dynamoEndpoint: db.endpoint,
      companionUrl: TEST_COMPANION_URL,
      illustrationImages: true,
      ...settings,
    }),
  );
  return (event, context) => skill.invoke(event, context);
}
