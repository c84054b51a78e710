/**
 * The deploy-time settings of the stack, read from CDK context (`-c key=value` on the command
 * line or the "context" block of cdk.json). Command-line context arrives as strings, so
 * booleans are parsed here rather than trusted.
 */
import type { Node } from 'constructs';

/** Used when no skill id is given, so `cdk synth` works before the skill exists. */
export const PLACEHOLDER_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

export interface StackConfig {
  /** The Alexa skill id; the placeholder when none was given (fine for synth, not for deploy). */
  skillId: string;
  /** True when `skillId` is the placeholder. */
  skillIdMissing: boolean;
  /** Custom domain for the companion page (needs `companionCertificateArn`). */
  companionDomain?: string;
  /** ACM certificate (us-east-1) covering `companionDomain`. */
  companionCertificateArn?: string;
  /** Protect the table from deletion and keep it when the stack is destroyed. */
  deletionProtection: boolean;
  /** Where alarm notifications are emailed; no notification topic when absent. */
  alarmEmail?: string;
}

const SKILL_ID_PATTERN = /^amzn1\.ask\.skill\.[0-9a-f-]{36}$/;

function optionalString(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** `true`, `"true"`, `"1"`, `"yes"` are on; `false`, `"false"`, `"0"`, `"no"` are off. */
export function parseBoolean(value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  throw new Error(`Context value "${String(value)}" is not a boolean (use true or false).`);
}

export function readStackConfig(node: Node): StackConfig {
  const skillId = optionalString(node, 'skillId');
  if (skillId !== undefined && !SKILL_ID_PATTERN.test(skillId)) {
    throw new Error(
      `Context skillId "${skillId}" does not look like an Alexa skill id (amzn1.ask.skill.<uuid>).`,
    );
  }
  const config: StackConfig = {
    skillId: skillId ?? PLACEHOLDER_SKILL_ID,
    skillIdMissing: skillId === undefined,
    deletionProtection: parseBoolean(node.tryGetContext('deletionProtection'), true),
  };
  const companionDomain = optionalString(node, 'companionDomain');
  const companionCertificateArn = optionalString(node, 'companionCertificateArn');
  const alarmEmail = optionalString(node, 'alarmEmail');
  if (companionDomain !== undefined) config.companionDomain = companionDomain;
  if (companionCertificateArn !== undefined) config.companionCertificateArn = companionCertificateArn;
  if (alarmEmail !== undefined) config.alarmEmail = alarmEmail;
  return config;
}
