import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_SKILL_ID } from '../../infra/config';
import { startDynalite } from '../support/dynalite';
import { Person } from '../support/envelopes';
import { functionUrlGet, loadBundledHandler, withEnv } from './bundles';
import { assetFolder, logicalId, synthStack, type Synthesized } from './synth';

const SKILL_ID = 'amzn1.ask.skill.12345678-abcd-4ef0-9876-0123456789ab';

describe('BackStretchCoachStack with a skill id', () => {
  let synth: Synthesized;
  beforeAll(() => {
    synth = synthStack({ skillId: SKILL_ID });
  });
  afterAll(() => synth.cleanup());

  const skillFunction = () => logicalId(synth.template, 'AWS::Lambda::Function', 'SkillFunction');
  const companionFunction = () =>
    logicalId(synth.template, 'AWS::Lambda::Function', 'CompanionFunction');
  const table = () => logicalId(synth.template, 'AWS::DynamoDB::Table', 'UserState');

  it('keeps user state in an on-demand table keyed by userId, with PITR, encryption and deletion protection', () => {
    synth.template.resourceCountIs('AWS::DynamoDB::Table', 1);
    synth.template.hasResource('AWS::DynamoDB::Table', {
      Properties: {
        KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        // SSEEnabled without a key id is the AWS-managed key (aws/dynamodb).
        SSESpecification: { SSEEnabled: true, KMSMasterKeyId: Match.absent() },
        DeletionProtectionEnabled: true,
        // Inactive items (and deletion markers) expire: the skill writes expiresAt on every item.
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('runs the skill on Node 22, ARM, 7 s, 512 MB with the environment the handler reads', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('Alexa skill'),
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Timeout: 7,
      MemorySize: 512,
      Handler: 'index.handler',
      Environment: {
        Variables: {
          TABLE_NAME: { Ref: table() },
          SKILL_ID: SKILL_ID,
          COMPANION_URL: {
            'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^CompanionDistribution'), 'DomainName'] }]],
          },
          NODE_OPTIONS: '--enable-source-maps',
        },
      },
    });
  });

  it('lets only Alexa, for this skill id, invoke the skill function', () => {
    const permissions = synth.template.findResources('AWS::Lambda::Permission', {
      Properties: { FunctionName: { 'Fn::GetAtt': [skillFunction(), 'Arn'] } },
    });
    const all = Object.values(permissions).map((p) => (p as { Properties: Record<string, unknown> }).Properties);
    expect(all).toEqual([
      {
        Action: 'lambda:InvokeFunction',
        Principal: 'alexa-appkit.amazon.com',
        EventSourceToken: SKILL_ID,
        FunctionName: { 'Fn::GetAtt': [skillFunction(), 'Arn'] },
      },
    ]);
  });

  it('grants the skill exactly GetItem, PutItem and DeleteItem on the table and nothing else', () => {
    const roleId = logicalId(synth.template, 'AWS::IAM::Role', 'SkillFunctionServiceRole');
    const policies = Object.values(
      synth.template.findResources('AWS::IAM::Policy', {
        Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
      }),
    ) as Array<{ Properties: { PolicyDocument: { Statement: Array<Record<string, unknown>> } } }>;
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement);
    expect(statements).toEqual([
      {
        Effect: 'Allow',
        Action: ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem'],
        Resource: { 'Fn::GetAtt': [table(), 'Arn'] },
      },
    ]);
  });

  it('keeps each function log for one month', () => {
    for (const fn of [skillFunction(), companionFunction()]) {
      const props = synth.template.findResources('AWS::Lambda::Function')[fn] as {
        Properties: { LoggingConfig: { LogGroup: { Ref: string } } };
      };
      const group = synth.template.findResources('AWS::Logs::LogGroup')[props.Properties.LoggingConfig.LogGroup.Ref] as {
        Properties: { RetentionInDays: number };
      };
      expect(group.Properties.RetentionInDays).toBe(30);
    }
  });

  it('alarms on any skill error or throttle within five minutes', () => {
    for (const metric of ['Errors', 'Throttles']) {
      synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: metric,
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: skillFunction() } }],
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
    }
  });

  it('serves the companion page from a Function URL that only CloudFront can call', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('companion'),
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
    });
    synth.template.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'AWS_IAM',
      TargetFunctionArn: { 'Fn::GetAtt': [companionFunction(), 'Arn'] },
    });
    synth.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 'lambda', SigningBehavior: 'always' },
    });
    const url = logicalId(synth.template, 'AWS::Lambda::Url', 'CompanionFunctionFunctionUrl');
    const distribution = logicalId(synth.template, 'AWS::CloudFront::Distribution', 'CompanionDistribution');
    synth.template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunctionUrl',
      Principal: 'cloudfront.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [url, 'FunctionArn'] },
      SourceArn: { 'Fn::Join': ['', Match.arrayWith([{ Ref: distribution }])] },
    });
    // No anonymous ("*") caller may invoke either function.
    const principals = Object.values(synth.template.findResources('AWS::Lambda::Permission')).map(
      (p) => (p as { Properties: { Principal: string } }).Properties.Principal,
    );
    expect(principals).not.toContain('*');
  });

  it('caches illustrations, assets and the hands-free audio at the edge and pages only briefly', () => {
    const distributions = Object.values(synth.template.findResources('AWS::CloudFront::Distribution')) as Array<{
      Properties: {
        DistributionConfig: {
          DefaultCacheBehavior: { CachePolicyId: unknown; ViewerProtocolPolicy: string };
          CacheBehaviors: Array<{ PathPattern: string; CachePolicyId: unknown; ViewerProtocolPolicy: string }>;
        };
      };
    }>;
    expect(distributions).toHaveLength(1);
    const config = distributions[0]!.Properties.DistributionConfig;
    // Versioned URLs (?v=<hash>) must be distinct objects at the edge: v is in the cache key.
    const staticPolicy = { Ref: logicalId(synth.template, 'AWS::CloudFront::CachePolicy', 'CompanionStaticCachePolicy') };
    // The hands-free audio files are named by content hash: the managed CachingOptimized policy fits.
    const cachingOptimized = '658327ea-f89d-4fab-a63d-7e88639e58f6';
    expect(config.CacheBehaviors.map((b) => [b.PathPattern, b.CachePolicyId, b.ViewerProtocolPolicy])).toEqual([
      ['/illustrations/*', staticPolicy, 'redirect-to-https'],
      ['/assets/*', staticPolicy, 'redirect-to-https'],
      // Tracks joined at request time are named by their recipe: cached the same way, matched first.
      ['/audio/joined/*', cachingOptimized, 'redirect-to-https'],
      ['/audio/*', cachingOptimized, 'redirect-to-https'],
    ]);
    synth.template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          QueryStringsConfig: { QueryStringBehavior: 'whitelist', QueryStrings: ['v'] },
        }),
      }),
    });
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    const pagesPolicy = logicalId(synth.template, 'AWS::CloudFront::CachePolicy', 'CompanionPagesCachePolicy');
    expect(config.DefaultCacheBehavior.CachePolicyId).toEqual({ Ref: pagesPolicy });
    synth.template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: { DefaultTTL: 300, MinTTL: 0, MaxTTL: 3600 },
    });
  });

  it('outputs the skill ARN, the companion URL, the table name and the log group', () => {
    synth.template.hasOutput('SkillFunctionArn', { Value: { 'Fn::GetAtt': [skillFunction(), 'Arn'] } });
    synth.template.hasOutput('CompanionUrl', {
      Value: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^CompanionDistribution'), 'DomainName'] }]] },
    });
    synth.template.hasOutput('TableName', { Value: { Ref: table() } });
    synth.template.hasOutput('SkillId', { Value: SKILL_ID });
    synth.template.hasOutput('SkillLogGroup', {
      Value: { Ref: logicalId(synth.template, 'AWS::Logs::LogGroup', 'SkillLogs') },
    });
  });

  it('has no warning about a missing skill id', () => {
    Annotations.fromStack(synth.stack).hasNoWarning('*', Match.stringLikeRegexp('No skillId given'));
  });

  it('deploys a skill bundle that answers a launch and refuses another skill', async () => {
    const db = await startDynalite();
    try {
      const handler = await loadBundledHandler(assetFolder(synth, 'SkillFunction'));
      const env = {
        TABLE_NAME: db.tableName,
        DYNAMODB_ENDPOINT: db.endpoint,
        SKILL_ID,
        COMPANION_URL: 'https://coach.example.test',
      };
      const ours = new Person().session().launch();
      ours.context.System.application.applicationId = SKILL_ID;
      if (ours.session) ours.session.application.applicationId = SKILL_ID;
      const response = (await withEnv(env, () => handler(ours, {}))) as ResponseEnvelope;
      expect(response.response.outputSpeech).toMatchObject({ type: 'SSML', ssml: expect.stringMatching(/^<speak>.*Back Stretch Coach.*<\/speak>$/s) });
      expect(response.response.shouldEndSession).toBe(false);
      expect(response.response.reprompt?.outputSpeech).toBeDefined();

      const someoneElses: RequestEnvelope = new Person().session().launch();
      await expect(withEnv(env, () => handler(someoneElses, {}))).rejects.toThrow(/ID verification failed/);
    } finally {
      await db.stop();
    }
  });

  it('gives the companion function the folders it reads in /var/task', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('companion'),
      Environment: {
        Variables: Match.objectLike({
          PLAYER_SCRIPT_PATH: '/var/task/player.js',
          ILLUSTRATION_DIR: '/var/task/illustrations',
          ICON_DIR: '/var/task/icons',
        }),
      },
    });
  });

  it('deploys a companion bundle that serves the home page, the pre-built player script and the PNG illustrations', async () => {
    const folder = assetFolder(synth, 'CompanionFunction');
    expect(existsSync(join(folder, 'player.js'))).toBe(true);
    expect(existsSync(join(folder, 'illustrations', 'cat-cow-720x480.png'))).toBe(true);
    expect(existsSync(join(folder, 'icons', 'skill-icon-512.png'))).toBe(true);
    const handler = await loadBundledHandler(folder);
    // In the cloud PLAYER_SCRIPT_PATH is /var/task/player.js and ILLUSTRATION_DIR
    // /var/task/illustrations; here the asset folder stands in.
    const env = { PLAYER_SCRIPT_PATH: join(folder, 'player.js'), ILLUSTRATION_DIR: join(folder, 'illustrations'), ICON_DIR: join(folder, 'icons') };
    const home = (await withEnv(env, () => handler(functionUrlGet('/'), {}))) as { statusCode: number; body: string };
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Back Stretch Coach');
    const player = (await withEnv(env, () => handler(functionUrlGet('/assets/player.js'), {}))) as {
      statusCode: number;
      headers: Record<string, string>;
    };
    expect(player.statusCode).toBe(200);
    expect(player.headers['content-type']).toMatch(/javascript/);
    // The skill's card image: binary PNG through the Function URL (base64 in the event).
    const png = (await withEnv(env, () => handler(functionUrlGet('/illustrations/cat-cow-large.png'), {}))) as {
      statusCode: number;
      headers: Record<string, string>;
      body: string;
      isBase64Encoded: boolean;
    };
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['access-control-allow-origin']).toBe('*');
    expect(png.isBase64Encoded).toBe(true);
    const bytes = Buffer.from(png.body, 'base64');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 800]);
    // The skill's store icon, as the manifest links it.
    const icon = (await withEnv(env, () => handler(functionUrlGet('/assets/skill-icon-108.png'), {}))) as { statusCode: number; body: string };
    expect(icon.statusCode).toBe(200);
    const iconBytes = Buffer.from(icon.body, 'base64');
    expect([iconBytes.readUInt32BE(16), iconBytes.readUInt32BE(20)]).toEqual([108, 108]);
  });
});

describe('BackStretchCoachStack settings from context', () => {
  it('names the skill function back-stretch-coach-skill, so the stamped endpoint ARN is stable', () => {
    const synth = synthStack({}, { bundle: false });
    try {
      synth.template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: 'back-stretch-coach-skill',
        Description: Match.stringLikeRegexp('Alexa skill'),
      });
    } finally {
      synth.cleanup();
    }
  });

  it('synthesizes without a skill id, using the placeholder and warning about it', () => {
    const synth = synthStack({}, { bundle: false });
    try {
      synth.template.hasResourceProperties('AWS::Lambda::Permission', {
        Principal: 'alexa-appkit.amazon.com',
        EventSourceToken: PLACEHOLDER_SKILL_ID,
      });
      Annotations.fromStack(synth.stack).hasWarning('*', Match.stringLikeRegexp('No skillId given'));
    } finally {
      synth.cleanup();
    }
  });

  it('lets a throwaway stack drop deletion protection and delete the table with the stack', () => {
    const synth = synthStack({ skillId: SKILL_ID, deletionProtection: 'false' }, { bundle: false });
    try {
      synth.template.hasResource('AWS::DynamoDB::Table', {
        Properties: { DeletionProtectionEnabled: false },
        DeletionPolicy: 'Delete',
      });
    } finally {
      synth.cleanup();
    }
  });

  it('refuses a skill id that is not one', () => {
    expect(() => synthStack({ skillId: 'my-skill' }, { bundle: false })).toThrow(/does not look like an Alexa skill id/);
  });

  it('puts a custom companion domain in the cards and on the distribution', () => {
    const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234';
    const synth = synthStack({
      skillId: SKILL_ID,
      companionDomain: 'coach.example.com',
      companionCertificateArn: certificateArn,
    }, { bundle: false });
    try {
      synth.template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike({ COMPANION_URL: 'https://coach.example.com' }) },
      });
      synth.template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          Aliases: ['coach.example.com'],
          ViewerCertificate: Match.objectLike({ AcmCertificateArn: certificateArn, MinimumProtocolVersion: 'TLSv1.2_2021' }),
        }),
      });
      synth.template.hasOutput('CompanionUrl', { Value: 'https://coach.example.com' });
    } finally {
      synth.cleanup();
    }
  });

  it('emails alarms when an address is given', () => {
    const synth = synthStack({ skillId: SKILL_ID, alarmEmail: 'ops@example.com' }, { bundle: false });
    try {
      synth.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
      const alarms = Object.values(synth.template.findResources('AWS::CloudWatch::Alarm')) as Array<{
        Properties: { AlarmActions: unknown[] };
      }>;
      expect(alarms).toHaveLength(2);
      for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toHaveLength(1);
    } finally {
      synth.cleanup();
    }
  });
});
