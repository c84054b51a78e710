/**
 * The hands-free audio in the stack: a private bucket, CloudFront serving it under /audio/*
 * through Origin Access Control, the deploy-time Polly rendering as a custom resource with
 * only the permissions it needs, and the skill told where the streams are.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { narrationHash } from '../../infra/audio-library';
import { logicalId, synthStack, type Synthesized } from './synth';

const SKILL_ID = 'amzn1.ask.skill.12345678-abcd-4ef0-9876-0123456789ab';

type Statement = { Effect: string; Action: string | string[]; Resource?: unknown; Principal?: unknown; Condition?: unknown };

describe('hands-free audio in the stack', () => {
  let synth: Synthesized;
  beforeAll(() => {
    synth = synthStack({ skillId: SKILL_ID }, { bundle: false });
  });
  afterAll(() => synth.cleanup());

  const bucket = () => logicalId(synth.template, 'AWS::S3::Bucket', 'AudioBucket');
  const renderFunction = () => logicalId(synth.template, 'AWS::Lambda::Function', 'AudioRenderFunction');

  it('keeps the audio in a private, encrypted bucket that refuses plain HTTP', () => {
    synth.template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    const policy = Object.values(synth.template.findResources('AWS::S3::BucketPolicy', { Properties: { Bucket: { Ref: bucket() } } }))[0] as {
      Properties: { PolicyDocument: { Statement: Statement[] } };
    };
    const statements = policy.Properties.PolicyDocument.Statement;
    expect(statements.some((s) => s.Effect === 'Deny' && JSON.stringify(s.Condition).includes('aws:SecureTransport'))).toBe(true);
    // CloudFront (this distribution only) may read objects.
    const read = statements.find((s) => s.Effect === 'Allow' && JSON.stringify(s.Principal).includes('cloudfront.amazonaws.com'));
    expect(read?.Action).toBe('s3:GetObject');
    expect(JSON.stringify(read?.Condition)).toMatch(/AWS:SourceArn/);
  });

  it('serves /audio/* from the bucket on the companion distribution, cached, uncompressed, HTTPS only', () => {
    const distribution = Object.values(synth.template.findResources('AWS::CloudFront::Distribution'))[0] as {
      Properties: { DistributionConfig: { CacheBehaviors: Array<Record<string, unknown>>; Origins: Array<Record<string, unknown>> } };
    };
    const config = distribution.Properties.DistributionConfig;
    const audio = config.CacheBehaviors.find((b) => b.PathPattern === '/audio/*');
    expect(audio).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      Compress: false,
      AllowedMethods: ['GET', 'HEAD', 'OPTIONS'],
      CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6', // Managed-CachingOptimized
    });
    const origin = config.Origins.find((o) => o.Id === audio!.TargetOriginId)!;
    expect(JSON.stringify(origin.DomainName)).toContain(bucket());
    expect(origin.OriginAccessControlId).toBeDefined();
    // The pages and the other static paths keep their behaviours.
    expect(config.CacheBehaviors.map((b) => b.PathPattern)).toEqual(expect.arrayContaining(['/illustrations/*', '/assets/*', '/audio/*']));
  });

  it('sends /audio/joined/* (tracks nobody joined ahead) to the companion Lambda, matched before /audio/*, cached like a file', () => {
    const distribution = Object.values(synth.template.findResources('AWS::CloudFront::Distribution'))[0] as {
      Properties: { DistributionConfig: { CacheBehaviors: Array<Record<string, unknown>>; Origins: Array<Record<string, unknown>> } };
    };
    const config = distribution.Properties.DistributionConfig;
    const patterns = config.CacheBehaviors.map((b) => b.PathPattern);
    expect(patterns.indexOf('/audio/joined/*')).toBeGreaterThanOrEqual(0);
    expect(patterns.indexOf('/audio/joined/*')).toBeLessThan(patterns.indexOf('/audio/*'));
    const joined = config.CacheBehaviors.find((b) => b.PathPattern === '/audio/joined/*')!;
    expect(joined).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', Compress: false, CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' });
    const origin = config.Origins.find((o) => o.Id === joined.TargetOriginId)!;
    expect(JSON.stringify(origin.DomainName)).toContain(logicalId(synth.template, 'AWS::Lambda::Url', 'CompanionFunctionFunctionUrl'));
    expect(origin.OriginAccessControlId).toBeDefined();
  });

  it('lets the companion Lambda read the audio (clips and the published index) and tells it where they are', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('companion web page'),
      Environment: { Variables: Match.objectLike({ AUDIO_BUCKET: { Ref: bucket() }, AUDIO_PREFIX: 'audio/', AUDIO_VOICE: 'Joanna' }) },
    });
    const roleId = logicalId(synth.template, 'AWS::IAM::Role', 'CompanionFunctionServiceRole');
    const statements = Object.values(
      synth.template.findResources('AWS::IAM::Policy', { Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) } }),
    ).flatMap((p) => (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement);
    const reads = statements.find((s) => [s.Action].flat().includes('s3:GetObject*'))!;
    expect(JSON.stringify(reads.Resource)).toContain('/audio/*');
    expect(statements.every((s) => ![s.Action].flat().some((a) => String(a).startsWith('s3:Put') || String(a).startsWith('s3:Delete')))).toBe(true);
  });

  it('renders with Polly at deploy time: 15 minutes, only SynthesizeSpeech and the audio prefix of the bucket', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('renders the hands-free audio'),
      Runtime: 'nodejs22.x',
      Timeout: 900,
      Environment: { Variables: Match.objectLike({ AUDIO_BUCKET: { Ref: bucket() }, AUDIO_PREFIX: 'audio/', AUDIO_VOICE: 'Joanna' }) },
    });
    const roleId = logicalId(synth.template, 'AWS::IAM::Role', 'AudioRenderFunctionServiceRole');
    const statements = Object.values(
      synth.template.findResources('AWS::IAM::Policy', { Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) } }),
    ).flatMap((p) => (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement);
    expect(statements.find((s) => s.Action === 'polly:SynthesizeSpeech')).toMatchObject({ Effect: 'Allow', Resource: '*' });
    const writes = statements.find((s) => Array.isArray(s.Action) && s.Action.includes('s3:PutObject'))!;
    expect(JSON.stringify(writes.Resource)).toContain('/audio/*');
    expect(statements.every((s) => ![s.Action].flat().some((a) => String(a).startsWith('dynamodb:')))).toBe(true);
    expect(renderFunction()).toBeDefined();
  });

  it('runs the rendering as a custom resource keyed by the narration, so unchanged words render nothing', () => {
    synth.template.hasResourceProperties('Custom::HandsFreeAudio', { narration: narrationHash(), voice: 'Joanna' });
    expect(narrationHash()).toMatch(/^[0-9a-f]{16}$/);
  });

  it('tells the skill where the streams are, and gives it no access to the bucket', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('Alexa skill'),
      Environment: {
        Variables: Match.objectLike({
          AUDIO_BASE_URL: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^CompanionDistribution'), 'DomainName'] }, '/audio']] },
          AUDIO_VOICE: 'Joanna',
        }),
      },
    });
  });
});
