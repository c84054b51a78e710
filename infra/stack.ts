/**
 * Everything Back Stretch Coach needs in one AWS account: the user-state table, the skill
 * Lambda with its Alexa trigger, the companion page (Lambda + CloudFront) and alarms.
 */
import { Annotations, CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib/core';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { FunctionAlarms } from './alarms';
import { CompanionSite } from './companion-site';
import { readStackConfig, type StackConfig } from './config';
import { SkillFunction } from './skill-function';
import { AUDIO_PREFIX, AudioLibrary } from './audio-library';

export interface BackStretchCoachStackProps extends StackProps {
  /** Settings; read from CDK context when absent. */
  config?: StackConfig;
}

export class BackStretchCoachStack extends Stack {
  readonly table: dynamodb.Table;
  readonly skill: SkillFunction;
  readonly companion: CompanionSite;
  readonly audio: AudioLibrary;

  constructor(scope: Construct, id: string, props: BackStretchCoachStackProps = {}) {
    super(scope, id, props);
    const config = props.config ?? readStackConfig(this.node);

    if (config.skillIdMissing) {
      Annotations.of(this).addWarningV2(
        'back-stretch-coach:skillIdMissing',
        `No skillId given: synthesized with the placeholder ${config.skillId}. ` +
          'Deploy with: npx cdk deploy -c skillId=amzn1.ask.skill.<your skill id>',
      );
    }
    if (config.companionDomain !== undefined && config.companionCertificateArn === undefined) {
      Annotations.of(this).addError(
        `companionDomain "${config.companionDomain}" needs companionCertificateArn ` +
          '(an ACM certificate in us-east-1 covering that name).',
      );
    }

    this.table = new dynamodb.Table(this, 'UserState', {
      partitionKey: { name: 'userId', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      // Each item carries its own expiry (lambda/state/item-layout.ts): ~18 months after its last use.
      timeToLiveAttribute: 'expiresAt',
      deletionProtection: config.deletionProtection,
      removalPolicy: config.deletionProtection ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    this.companion = new CompanionSite(this, 'Companion', {
      ...(config.companionDomain !== undefined ? { domainName: config.companionDomain } : {}),
      ...(config.companionCertificateArn !== undefined
        ? { certificateArn: config.companionCertificateArn }
        : {}),
    });

    this.skill = new SkillFunction(this, 'Skill', {
      table: this.table,
      skillId: config.skillId,
      companionUrl: this.companion.url,
    });

    // Hands-free streams: rendered with Polly at deploy time, served by CloudFront under /audio/.
    this.audio = new AudioLibrary(this, 'Audio', {
      distribution: this.companion.distribution,
      companion: { fn: this.companion.fn, origin: this.companion.origin },
    });
    this.skill.fn.addEnvironment('AUDIO_BASE_URL', `${this.companion.url}/${AUDIO_PREFIX.replace(/\/$/, '')}`);
    this.skill.fn.addEnvironment('AUDIO_VOICE', this.audio.voice);

    new FunctionAlarms(this, 'SkillAlarms', {
      fn: this.skill.fn,
      label: 'Back Stretch Coach skill',
      ...(config.alarmEmail !== undefined ? { alarmEmail: config.alarmEmail } : {}),
    });

    new CfnOutput(this, 'SkillFunctionArn', {
      value: this.skill.fn.functionArn,
      description: "Paste into the skill's Default Endpoint (AWS Lambda ARN).",
    });
    new CfnOutput(this, 'CompanionUrl', {
      value: this.companion.url,
      description: 'The companion page (CloudFront).',
    });
    new CfnOutput(this, 'TableName', {
      value: this.table.tableName,
      description: 'DynamoDB table holding one item per Alexa user.',
    });
    new CfnOutput(this, 'SkillLogGroup', {
      value: this.skill.logGroup.logGroupName,
      description: 'The skill Lambda logs: aws logs tail <this> --follow',
    });
    new CfnOutput(this, 'SkillId', {
      value: config.skillId,
      description: 'The skill id the Lambda trigger and SKILL_ID are locked to.',
    });
  }
}
