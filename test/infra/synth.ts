/** Synthesizes the real stack (real esbuild bundling) into a temporary cloud assembly. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import { repoPath } from '../../infra/paths';
import { BackStretchCoachStack } from '../../infra/stack';

/** The feature flags in cdk.json, so the test template matches what `cdk synth` writes. */
function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(repoPath('cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

export interface Synthesized {
  stack: BackStretchCoachStack;
  template: Template;
  /** The cloud assembly folder (holds the bundled assets). */
  outdir: string;
  cleanup: () => void;
}

/**
 * `bundle: false` skips esbuild (the asset is a placeholder) and CDK's built-in CloudFormation
 * rule check (seconds of WebAssembly per synth, and it only warns), for tests about settings
 * that do not depend on the code; the main suite bundles and checks for real.
 */
export function synthStack(
  context: Record<string, unknown> = {},
  options: { bundle?: boolean } = {},
): Synthesized {
  const outdir = mkdtempSync(join(tmpdir(), 'bsc-cdk-'));
  const skipBundling = options.bundle === false ? { 'aws:cdk:bundling-stacks': [] } : {};
  // Asset metadata (which folder holds which function's code) is on under the CLI too.
  const assetMetadata = { 'aws:cdk:enable-asset-metadata': true };
  const app = new App({
    outdir,
    ...(options.bundle === false ? { builtinCloudFormationValidation: false } : {}),
    context: { ...cdkJsonContext(), ...assetMetadata, ...skipBundling, ...context },
  });
  const stack = new BackStretchCoachStack(app, 'BackStretchCoach');
  const template = Template.fromStack(stack);
  return { stack, template, outdir, cleanup: () => rmSync(outdir, { recursive: true, force: true }) };
}

/** The logical id of the one resource of `type` whose id starts with `prefix`. */
export function logicalId(template: Template, type: string, prefix: string): string {
  const ids = Object.keys(template.findResources(type)).filter((id) => id.startsWith(prefix));
  if (ids.length !== 1) throw new Error(`Expected one ${type} starting with ${prefix}, found ${ids.join(', ') || 'none'}`);
  return ids[0] as string;
}

/** The folder of the bundled code of a function, from its asset metadata. */
export function assetFolder(synth: Synthesized, functionIdPrefix: string): string {
  const id = logicalId(synth.template, 'AWS::Lambda::Function', functionIdPrefix);
  const fn = synth.template.findResources('AWS::Lambda::Function')[id] as {
    Metadata: { 'aws:asset:path': string };
  };
  return join(synth.outdir, fn.Metadata['aws:asset:path']);
}
