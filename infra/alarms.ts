/**
 * Alarms on the skill function: any error or throttle in five minutes means someone heard
 * "There was a problem with the requested skill's response", so one is enough to alarm.
 * With an email address given, alarms (and recoveries) are sent there through SNS.
 */
import { Duration } from 'aws-cdk-lib/core';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface FunctionAlarmsProps {
  fn: lambda.IFunction;
  /** Human name used in the alarm descriptions. */
  label: string;
  alarmEmail?: string;
}

export class FunctionAlarms extends Construct {
  readonly errors: cloudwatch.Alarm;
  readonly throttles: cloudwatch.Alarm;
  readonly topic?: sns.Topic;

  constructor(scope: Construct, id: string, props: FunctionAlarmsProps) {
    super(scope, id);
    const period = Duration.minutes(5);
    const shared = {
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    };

    this.errors = new cloudwatch.Alarm(this, 'Errors', {
      ...shared,
      metric: props.fn.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
      alarmDescription: `${props.label} failed at least once in 5 minutes (see its log group).`,
    });
    this.throttles = new cloudwatch.Alarm(this, 'Throttles', {
      ...shared,
      metric: props.fn.metricThrottles({ period, statistic: cloudwatch.Stats.SUM }),
      alarmDescription: `${props.label} was throttled at least once in 5 minutes (check the account's concurrency).`,
    });

    if (props.alarmEmail !== undefined) {
      this.topic = new sns.Topic(this, 'Topic', { displayName: `${props.label} alarms` });
      this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
      for (const alarm of [this.errors, this.throttles]) {
        alarm.addAlarmAction(new actions.SnsAction(this.topic));
        alarm.addOkAction(new actions.SnsAction(this.topic));
      }
    }
  }
}
