/**
 * The Alexa skill's Lambda: Node 22 on ARM, a 7 s timeout (Alexa waits about 8 s), the
 * Alexa Skills Kit trigger locked to our skill id, and only the three DynamoDB actions the
 * state store uses.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib/core';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_BUNDLING } from './bundling';
import { repoPath } from './paths';
import { SKILL_FUNCTION_NAME } from '../skill/package/deployment';

export interface SkillFunctionProps {
  table: dynamodb.ITable;
  skillId: string;
  companionUrl: string;
}

export class SkillFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: SkillFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.fn = new NodejsFunction(this, 'Function', {
      // A fixed name, so the skill's endpoint ARN is known from the account and region and
      // survives replacing the function (one stack per account and region).
      functionName: SKILL_FUNCTION_NAME,
      description: 'Back Stretch Coach: the Alexa skill',
      entry: repoPath('lambda/index.ts'),
      handler: 'handler',
      projectRoot: repoPath('.'),
      depsLockFilePath: repoPath('package-lock.json'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: Duration.seconds(7),
      memorySize: 512,
      logGroup: this.logGroup,
      environment: {
        TABLE_NAME: props.table.tableName,
        SKILL_ID: props.skillId,
        COMPANION_URL: props.companionUrl,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: LAMBDA_BUNDLING,
    });

    // Only Alexa, and only for our skill, may invoke the function.
    this.fn.addPermission('AlexaSkillsKit', {
      principal: new iam.ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      eventSourceToken: props.skillId,
    });

    // Least privilege: the state store reads, writes and deletes one item per user.
    props.table.grant(this.fn, 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem');
  }
}
