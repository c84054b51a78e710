/**
 * What certification needs from the package, per locale: icons, a privacy policy and terms
 * of use that the companion app really serves, example phrases that are samples, and a real
 * endpoint once stamped (`npm run stamp:endpoint`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { app } from '../../web/app';
import { buildInteractionModel, buildSkillManifest } from '../../skill/package/build-model';
import {
  COMPANION_LINKS,
  deploymentFromCdkOutputs,
  deploymentProblems,
  PLACEHOLDER_DEPLOYMENT,
  SKILL_FUNCTION_NAME,
  type Deployment,
} from '../../skill/package/deployment';
import { INVOCATION_NAME, LOCALES } from '../../skill/package/intents';
import { matchUtterance } from '../../local/alexa-matching/match-utterance';
import { validateSkillManifest } from '../../skill/package/validate-model';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '..', '..');

const DEPLOYED: Deployment = {
  skillFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${SKILL_FUNCTION_NAME}`,
  companionUrl: 'https://d1234abcd.cloudfront.net',
};

/** The path part of a companion URL, to ask the app for it. */
function pathOf(url: string): string {
  return new URL(url).pathname;
}

describe('every locale has icons, a privacy policy and terms the companion app serves', () => {
  const { manifest } = buildSkillManifest(DEPLOYED);

  it.each([...LOCALES])('%s', async (locale) => {
    const entry = manifest.publishingInformation.locales[locale]!;
    expect(entry.smallIconUri).toBe('https://d1234abcd.cloudfront.net/assets/skill-icon-108.png');
    expect(entry.largeIconUri).toBe('https://d1234abcd.cloudfront.net/assets/skill-icon-512.png');
    const legal = manifest.privacyAndCompliance.locales?.[locale];
    expect(legal?.privacyPolicyUrl).toBe('https://d1234abcd.cloudfront.net/privacy');
    expect(legal?.termsOfUseUrl).toBe('https://d1234abcd.cloudfront.net/terms');

    for (const [url, size] of [
      [entry.smallIconUri!, 108],
      [entry.largeIconUri!, 512],
    ] as const) {
      const response = await app.request(pathOf(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size, size]);
    }
    const privacy = await app.request(pathOf(legal!.privacyPolicyUrl!));
    expect(privacy.status).toBe(200);
    expect(await privacy.text()).toContain('What we never store');
    const terms = await app.request(pathOf(legal!.termsOfUseUrl!));
    expect(terms.status).toBe(200);
    expect(await terms.text()).toContain('Not medical advice');
  });

  it('the manifest says personal information is used, and passes the manifest checks', () => {
    expect(manifest.privacyAndCompliance.usesPersonalInfo).toBe(true);
    expect(manifest.privacyAndCompliance.containsAds).toBe(false);
    expect(manifest.privacyAndCompliance.isChildDirected).toBe(false);
    expect(validateSkillManifest(buildSkillManifest(DEPLOYED), INVOCATION_NAME)).toEqual([]);
  });

  it('asks for no account linking and no address, profile or location permission', () => {
    const file = buildSkillManifest(DEPLOYED) as unknown as { manifest: Record<string, unknown> & { permissions?: { name: string }[] } };
    expect(file.manifest).not.toHaveProperty('accountLinking');
    for (const permission of file.manifest.permissions ?? []) expect(permission.name).not.toMatch(/address|profile|geolocation/);
  });

  it('the manifest checks catch a missing icon or privacy policy', () => {
    const broken = buildSkillManifest(DEPLOYED);
    delete broken.manifest.publishingInformation.locales['en-GB']!.largeIconUri;
    delete broken.manifest.privacyAndCompliance.locales!['en-AU']!.privacyPolicyUrl;
    expect(validateSkillManifest(broken, INVOCATION_NAME)).toEqual([
      'en-GB: largeIconUri must be an https PNG URL',
      'en-AU: a skill that uses personal information needs an https privacyPolicyUrl',
    ]);
  });
});

describe('example phrases', () => {
  it('lead with "Alexa, open back stretch coach", and every request part is literally a sample of its intent', () => {
    for (const locale of LOCALES) {
      const phrases = buildSkillManifest().manifest.publishingInformation.locales[locale]!.examplePhrases;
      expect(phrases[0]).toBe('Alexa, open back stretch coach');
      const model = buildInteractionModel(locale);
      for (const phrase of phrases.slice(1)) {
        const match = matchUtterance(model, phrase);
        expect(match?.request, phrase).toBe('IntentRequest');
        const intent = model.interactionModel.languageModel.intents.find((i) => i.name === (match as { intent?: string } | undefined)?.intent);
        const request = phrase.replace(/^Alexa, ask back stretch coach (to )?/i, '').toLowerCase();
        const samples = intent?.samples ?? [];
        const literal = samples.some((sample) => {
          const pattern = new RegExp(`^${sample.replace(/\{[A-Za-z_]+\}/g, '.+')}$`);
          return pattern.test(request);
        });
        expect(literal, `${locale}: "${request}" is a sample of ${intent?.name}`).toBe(true);
      }
    }
  });
});

describe('testing instructions', () => {
  it("every phrase they ask the certification tester to say reaches the intent it is meant for", () => {
    const instructions = buildSkillManifest().manifest.publishingInformation.testingInstructions;
    const quoted = [...instructions.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    const expected: Record<string, string> = {
      'Alexa, open back stretch coach': 'LaunchRequest',
      'start my back routine': 'StartRoutineIntent',
      next: 'AMAZON.NextIntent',
      pause: 'AMAZON.PauseIntent',
      resume: 'AMAZON.ResumeIntent',
      repeat: 'AMAZON.RepeatIntent',
      stop: 'AMAZON.StopIntent',
      'how do I do cat cow': 'StretchIntent',
      'my legs are numb': 'SymptomIntent',
      'I have a fever': 'SymptomIntent',
    };
    for (const locale of LOCALES) {
      const model = buildInteractionModel(locale);
      for (const phrase of quoted) {
        const match = matchUtterance(model, phrase.toLowerCase().startsWith('alexa') ? phrase : `Alexa, ask back stretch coach ${phrase}`);
        expect(match, `${locale}: '${phrase}'`).toBeDefined();
        const got = match?.request === 'IntentRequest' ? (match as { intent?: string }).intent : match?.request;
        expect(got, `${locale}: '${phrase}'`).not.toBe('AMAZON.FallbackIntent');
        if (expected[phrase]) expect(got, `${locale}: '${phrase}'`).toBe(expected[phrase]);
      }
    }
    expect(quoted).toEqual(expect.arrayContaining(Object.keys(expected)));
  });
});

describe('stamping the deployed endpoint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stamp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the committed package carries placeholders that the stamp check refuses', () => {
    const committed = JSON.parse(readFileSync(join(repo, 'skill', 'package', 'skill.json'), 'utf8')) as ReturnType<typeof buildSkillManifest>;
    const deployment = JSON.parse(readFileSync(join(repo, 'skill', 'deployment.json'), 'utf8')) as Deployment;
    expect(committed.manifest.apis.custom.endpoint.uri).toBe(deployment.skillFunctionArn);
    expect(committed.manifest.events.endpoint.uri).toBe(deployment.skillFunctionArn);
    if (deployment.skillFunctionArn === PLACEHOLDER_DEPLOYMENT.skillFunctionArn) {
      expect(deploymentProblems(deployment)).toEqual(['the ARN is the placeholder', 'the companion URL is the placeholder']);
    }
  });

  it('reads the ARN and companion URL from `cdk deploy --outputs-file` JSON', () => {
    const outputs = { BackStretchCoach: { SkillFunctionArn: DEPLOYED.skillFunctionArn, CompanionUrl: `${DEPLOYED.companionUrl}/`, TableName: 't' } };
    expect(deploymentFromCdkOutputs(outputs)).toEqual(DEPLOYED);
    expect(() => deploymentFromCdkOutputs({ Other: { TableName: 't' } })).toThrow(/no stack/);
  });

  it('refuses what is not a Lambda ARN or an https origin', () => {
    expect(deploymentProblems({ ...DEPLOYED, skillFunctionArn: 'arn:aws:s3:::bucket' })).toEqual(['not a Lambda function ARN: "arn:aws:s3:::bucket"']);
    expect(deploymentProblems({ ...DEPLOYED, companionUrl: 'http://d1.cloudfront.net' })).toEqual(['the companion URL must be https: "http://d1.cloudfront.net"']);
    expect(deploymentProblems({ ...DEPLOYED, companionUrl: 'https://d1.cloudfront.net/app' })).toHaveLength(1);
    expect(deploymentProblems(DEPLOYED)).toEqual([]);
  });

  it('npm run stamp:endpoint -- --outputs <file> --print writes the ARN into both endpoints and the companion links', async () => {
    const file = join(dir, 'cdk-outputs.json');
    writeFileSync(file, JSON.stringify({ BackStretchCoach: { SkillFunctionArn: DEPLOYED.skillFunctionArn, CompanionUrl: DEPLOYED.companionUrl } }));
    const { stdout } = await run(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'scripts', 'stamp-endpoint.ts'), '--outputs', file, '--print'], { cwd: repo });
    const stamped = JSON.parse(stdout) as ReturnType<typeof buildSkillManifest>;
    expect(stamped.manifest.apis.custom.endpoint.uri).toBe(DEPLOYED.skillFunctionArn);
    expect(stamped.manifest.events.endpoint.uri).toBe(DEPLOYED.skillFunctionArn);
    expect(stamped.manifest.events.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
    for (const locale of LOCALES) {
      expect(stamped.manifest.publishingInformation.locales[locale]?.largeIconUri).toBe(`${DEPLOYED.companionUrl}${COMPANION_LINKS.largeIcon}`);
      expect(stamped.manifest.privacyAndCompliance.locales?.[locale]?.privacyPolicyUrl).toBe(`${DEPLOYED.companionUrl}/privacy`);
    }
    expect(JSON.stringify(stamped)).not.toContain('000000000000');
    expect(JSON.stringify(stamped)).not.toContain('.invalid');
  });

  it('the stamp refuses a placeholder ARN and says why', async () => {
    const result = await run(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'scripts', 'stamp-endpoint.ts'), '--arn', PLACEHOLDER_DEPLOYMENT.skillFunctionArn, '--companion-url', DEPLOYED.companionUrl, '--print'], { cwd: repo }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the ARN is the placeholder');
  });
});

describe('ASK CLI project', () => {
  it('ask-resources.json points the skill package at skill/package', () => {
    const resources = JSON.parse(readFileSync(join(repo, 'ask-resources.json'), 'utf8')) as {
      askcliResourcesVersion: string;
      profiles: Record<string, { skillMetadata: { src: string } }>;
    };
    expect(resources.askcliResourcesVersion).toBe('2020-03-31');
    expect(resources.profiles.default?.skillMetadata.src).toBe('./skill/package');
    expect(readFileSync(join(repo, resources.profiles.default!.skillMetadata.src, 'skill.json'), 'utf8')).toContain('"manifest"');
  });
});
