/**
 * Stamps a deployment into the skill package: the skill Lambda's ARN into skill.json's apis
 * and events endpoints, and the companion URL into its icons, privacy policy and terms links.
 * Writes skill/deployment.json and regenerates skill/package/skill.json (commit both).
 *
 *   npx cdk deploy -c skillId=$SKILL_ID --outputs-file cdk-outputs.json
 *   npm run stamp:endpoint -- --outputs cdk-outputs.json
 *   npm run stamp:endpoint -- --arn arn:aws:lambda:us-east-1:123456789012:function:back-stretch-coach-skill --companion-url https://d111.cloudfront.net
 *
 * --stack <name>  which stack of the outputs file (default: the only one with the outputs)
 * --print         print the stamped skill.json instead of writing anything
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deploymentFromCdkOutputs, deploymentProblems, type Deployment } from '../skill/package/deployment';
import { buildSkillManifest } from '../skill/package/build-model';
import { toFileText } from '../skill/package/package-files';
import { readDeployment, writeDeployment, writePackage } from './package-io';

function fail(message: string): never {
  console.error(`stamp:endpoint: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    outputs: { type: 'string' },
    stack: { type: 'string' },
    arn: { type: 'string' },
    'companion-url': { type: 'string' },
    print: { type: 'boolean', default: false },
  },
});

let deployment: Deployment;
if (values.outputs) {
  try {
    deployment = deploymentFromCdkOutputs(JSON.parse(readFileSync(values.outputs, 'utf8')), values.stack);
  } catch (error) {
    fail(`${values.outputs}: ${error instanceof Error ? error.message : String(error)}`);
  }
} else if (values.arn || values['companion-url']) {
  const current = readDeployment();
  deployment = { skillFunctionArn: values.arn ?? current.skillFunctionArn, companionUrl: (values['companion-url'] ?? current.companionUrl).replace(/\/+$/, '') };
} else {
  fail('give --outputs <cdk outputs file>, or --arn <skill function ARN> and --companion-url <https://...>');
}

const problems = deploymentProblems(deployment);
if (problems.length > 0) fail(problems.join('; '));

if (values.print) {
  process.stdout.write(toFileText(buildSkillManifest(deployment)));
} else {
  writeDeployment(deployment);
  console.log('wrote skill/deployment.json');
  writePackage(deployment);
}
