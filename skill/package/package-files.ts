/**
 * The files of the skill package, as text, exactly as committed under skill/package/.
 * Pure: scripts/generate-model.ts writes them, the tests compare them with the committed ones.
 */
import { buildInteractionModel, buildSkillManifest } from './build-model';
import { INVOCATION_NAME, LOCALES } from './intents';
import { validateInteractionModel, validateSkillManifest } from './validate-model';
import { deploymentProblems, PLACEHOLDER_DEPLOYMENT, type Deployment } from './deployment';

export interface PackageFile {
  /** Path relative to skill/package/. */
  path: string;
  text: string;
}

/** Pretty JSON with a trailing newline: the committed form. */
export function toFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function interactionModelPath(locale: string): string {
  return `interactionModels/custom/${locale}.json`;
}

/** The files for a deployment (skill/deployment.json: the ARN and companion URL stamped into skill.json). */
export function buildPackageFiles(deployment: Deployment = PLACEHOLDER_DEPLOYMENT): PackageFile[] {
  return [
    { path: 'skill.json', text: toFileText(buildSkillManifest(deployment)) },
    ...LOCALES.map((locale) => ({ path: interactionModelPath(locale), text: toFileText(buildInteractionModel(locale)) })),
  ];
}

/** Every problem of every generated file; empty when the package is valid. */
export function packageProblems(deployment: Deployment = PLACEHOLDER_DEPLOYMENT): string[] {
  const problems = LOCALES.flatMap((locale) =>
    validateInteractionModel(buildInteractionModel(locale)).map((p) => `${locale}: ${p}`),
  );
  return [
    ...problems,
    ...deploymentProblems(deployment, true).map((p) => `skill/deployment.json: ${p}`),
    ...validateSkillManifest(buildSkillManifest(deployment), INVOCATION_NAME).map((p) => `skill.json: ${p}`),
  ];
}
