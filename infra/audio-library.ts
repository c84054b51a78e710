/**
 * Hands-free audio in the cloud: a private S3 bucket served by the companion's CloudFront
 * distribution under /audio/* (Origin Access Control), /audio/joined/* sent to the companion
 * Lambda (tracks joined at request time from the clips, which it may read), and a deploy-time
 * custom resource that renders every sentence of every stream with Amazon Polly into it. The resource's input is a hash of the
 * narration sources, so a deploy re-renders only when the words can have changed, and then
 * synthesizes only the clips that are new.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CustomResource, Duration, RemovalPolicy } from 'aws-cdk-lib/core';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { DEFAULT_POLLY_VOICE } from '../audio/polly-engine';
import { LAMBDA_BUNDLING } from './bundling';
import { repoPath } from './paths';

/** Where the stream files live, in the bucket and on the distribution. */
export const AUDIO_PREFIX = 'audio/';
export const AUDIO_PATH_PATTERN = '/audio/*';
/** Tracks joined at request time from the clips, by the companion app (web/routes/joined-tracks.ts). */
export const JOINED_AUDIO_PATH_PATTERN = '/audio/joined/*';

/** Everything the rendered words and timings come from. */
const NARRATION_SOURCES = ['skill/catalog', 'skill/narration', 'skill/audio', 'skill/text', 'audio'];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

export function narrationHash(): string {
  const hash = createHash('sha256');
  for (const source of NARRATION_SOURCES) {
    for (const file of filesUnder(repoPath(source))) {
      hash.update(file.slice(repoPath('.').length));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export interface AudioLibraryProps {
  distribution: cloudfront.Distribution;
  /** The companion app's Lambda and its origin: it joins tracks and lists the browser's streams. */
  companion: { fn: lambda.Function; origin: cloudfront.IOrigin };
  /** Polly voice (neural). */
  voice?: string;
}

export class AudioLibrary extends Construct {
  readonly bucket: s3.Bucket;
  readonly renderFn: NodejsFunction;
  readonly voice: string;

  constructor(scope: Construct, id: string, props: AudioLibraryProps) {
    super(scope, id);
    this.voice = props.voice ?? DEFAULT_POLLY_VOICE;

    // The audio can always be rendered again: it goes with the stack.
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    // Any track nobody joined ahead (a stretch left out, an easier version) is joined from the
    // clips by the companion Lambda; its URL is its recipe, so the edge keeps it like a file.
    // Added before /audio/*, so CloudFront matches it first.
    props.distribution.addBehavior(JOINED_AUDIO_PATH_PATTERN, props.companion.origin, {
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      compress: false,
    });
    this.bucket.grantRead(props.companion.fn, `${AUDIO_PREFIX}*`);
    props.companion.fn.addEnvironment('AUDIO_BUCKET', this.bucket.bucketName);
    props.companion.fn.addEnvironment('AUDIO_PREFIX', AUDIO_PREFIX);
    props.companion.fn.addEnvironment('AUDIO_VOICE', this.voice);

    props.distribution.addBehavior(AUDIO_PATH_PATTERN, origins.S3BucketOrigin.withOriginAccessControl(this.bucket), {
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      // MP3 does not shrink with gzip, and players seek with byte ranges of the real file.
      compress: false,
      responseHeadersPolicy: cloudfront.ResponseHeadersPolicy.CORS_ALLOW_ALL_ORIGINS,
    });

    const logGroup = new logs.LogGroup(this, 'RenderLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.renderFn = new NodejsFunction(this, 'RenderFunction', {
      description: 'Back Stretch Coach: renders the hands-free audio with Polly at deploy time',
      entry: repoPath('infra/audio-render-handler.ts'),
      handler: 'handler',
      projectRoot: repoPath('.'),
      depsLockFilePath: repoPath('package-lock.json'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: Duration.minutes(15),
      memorySize: 1024,
      logGroup,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        AUDIO_BUCKET: this.bucket.bucketName,
        AUDIO_PREFIX,
        AUDIO_VOICE: this.voice,
      },
      bundling: LAMBDA_BUNDLING,
    });
    this.bucket.grantReadWrite(this.renderFn, `${AUDIO_PREFIX}*`);
    this.renderFn.addToRolePolicy(new iam.PolicyStatement({ actions: ['polly:SynthesizeSpeech'], resources: ['*'] }));

    const provider = new cr.Provider(this, 'RenderProvider', {
      onEventHandler: this.renderFn,
      logGroup: new logs.LogGroup(this, 'ProviderLogs', { retention: logs.RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY }),
    });
    new CustomResource(this, 'Render', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::HandsFreeAudio',
      properties: { narration: narrationHash(), voice: this.voice },
    });
  }
}
