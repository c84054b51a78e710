/**
 * What the skill package needs from a deployment: the skill Lambda's ARN (the manifest's
 * apis and events endpoints) and the companion page's base URL (icons, privacy policy and
 * terms of use). Committed in skill/deployment.json: placeholders until
 * `npm run stamp:endpoint` writes the deployed stack's outputs there and regenerates
 * skill/package/skill.json. Pure: parsing and checking only; scripts do the file I/O.
 */

/** The skill Lambda's fixed name (infra/skill-function.ts), so its ARN is known from account and region. */
export const SKILL_FUNCTION_NAME = 'back-stretch-coach-skill';

export interface Deployment {
  /** arn:aws:lambda:<region>:<account>:function:<name> */
  skillFunctionArn: string;
  /** https://<companion host>, no trailing slash. */
  companionUrl: string;
}

export const PLACEHOLDER_ACCOUNT = '000000000000';

/** Before any deploy: a placeholder ARN and a companion host that cannot resolve (.invalid). */
export const PLACEHOLDER_DEPLOYMENT: Deployment = {
  skillFunctionArn: `arn:aws:lambda:us-east-1:${PLACEHOLDER_ACCOUNT}:function:${SKILL_FUNCTION_NAME}`,
  companionUrl: 'https://back-stretch-coach.invalid',
};

/** Paths on the companion page the manifest links; the companion app serves each of them. */
export const COMPANION_LINKS = {
  smallIcon: '/assets/skill-icon-108.png',
  largeIcon: '/assets/skill-icon-512.png',
  privacyPolicy: '/privacy',
  termsOfUse: '/terms',
} as const;

export function companionLink(deployment: Deployment, path: string): string {
  return `${deployment.companionUrl}${path}`;
}

const LAMBDA_ARN = /^arn:aws[a-z-]*:lambda:[a-z]{2}(?:-[a-z]+)+-\d:\d{12}:function:[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9_$-]{1,128})?$/;

/** Problems with a deployment's values; empty when it is usable. `placeholderOk` accepts the committed placeholders. */
export function deploymentProblems(deployment: Deployment, placeholderOk = false): string[] {
  const problems: string[] = [];
  if (!LAMBDA_ARN.test(deployment.skillFunctionArn)) problems.push(`not a Lambda function ARN: "${deployment.skillFunctionArn}"`);
  let url: URL | undefined;
  try {
    url = new URL(deployment.companionUrl);
  } catch {
    problems.push(`not a URL: "${deployment.companionUrl}"`);
  }
  if (url) {
    if (url.protocol !== 'https:') problems.push(`the companion URL must be https: "${deployment.companionUrl}"`);
    if (url.pathname !== '/' || deployment.companionUrl.endsWith('/') || url.search || url.hash) {
      problems.push(`the companion URL must be an origin with no path or trailing slash: "${deployment.companionUrl}"`);
    }
  }
  if (!placeholderOk) {
    if (deployment.skillFunctionArn.includes(`:${PLACEHOLDER_ACCOUNT}:`)) problems.push('the ARN is the placeholder');
    if (url?.hostname.endsWith('.invalid')) problems.push('the companion URL is the placeholder');
  }
  return problems;
}

/** Reads a deployment from parsed JSON (skill/deployment.json); throws with the reason when it is not one. */
export function parseDeployment(value: unknown): Deployment {
  if (typeof value !== 'object' || value === null) throw new Error('a deployment is a JSON object');
  const { skillFunctionArn, companionUrl } = value as Record<string, unknown>;
  if (typeof skillFunctionArn !== 'string' || typeof companionUrl !== 'string') {
    throw new Error('a deployment needs "skillFunctionArn" and "companionUrl" strings');
  }
  return { skillFunctionArn, companionUrl };
}

/**
 * The deployment from `cdk deploy --outputs-file` JSON: { "<stack>": { "SkillFunctionArn": ..., "CompanionUrl": ... } }.
 * Takes the stack named `stackName`, or the only stack that has both outputs.
 */
export function deploymentFromCdkOutputs(outputs: unknown, stackName?: string): Deployment {
  if (typeof outputs !== 'object' || outputs === null) throw new Error('CDK outputs must be a JSON object');
  const stacks = Object.entries(outputs as Record<string, unknown>).filter(
    ([name, out]) =>
      (stackName === undefined || name === stackName) &&
      typeof out === 'object' &&
      out !== null &&
      typeof (out as Record<string, unknown>).SkillFunctionArn === 'string' &&
      typeof (out as Record<string, unknown>).CompanionUrl === 'string',
  );
  if (stacks.length !== 1) {
    throw new Error(
      stacks.length === 0
        ? `no stack${stackName ? ` named ${stackName}` : ''} with SkillFunctionArn and CompanionUrl outputs`
        : `several stacks have the outputs (${stacks.map(([n]) => n).join(', ')}): pass --stack`,
    );
  }
  const out = stacks[0]![1] as Record<string, string>;
  return { skillFunctionArn: out.SkillFunctionArn!, companionUrl: out.CompanionUrl!.replace(/\/+$/, '') };
}
