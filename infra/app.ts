/**
 * CDK app entry (cdk.json: "npx tsx infra/app.ts"). Settings come from context:
 *   npx cdk deploy -c skillId=amzn1.ask.skill.<id> [-c deletionProtection=false]
 *   [-c companionDomain=coach.example.com -c companionCertificateArn=arn:aws:acm:us-east-1:...]
 *   [-c alarmEmail=you@example.com]
 * Account and region come from the AWS CLI profile (CDK_DEFAULT_ACCOUNT / CDK_DEFAULT_REGION);
 * synth works without either.
 */
import { App } from 'aws-cdk-lib/core';
import { BackStretchCoachStack } from './stack';

const app = new App();
const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;

new BackStretchCoachStack(app, 'BackStretchCoach', {
  description: 'Back Stretch Coach: Alexa skill, user state table and companion page',
  ...(account !== undefined && region !== undefined ? { env: { account, region } } : {}),
});

app.synth();
