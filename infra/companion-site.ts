/**
 * The companion web page: the Hono app in a Lambda behind a Function URL, with CloudFront in
 * front. CloudFront gives a stable HTTPS domain for the skill's cards (and an optional custom
 * domain), caches illustrations and assets at the edge, and signs its requests to the
 * Function URL (Origin Access Control), so the URL itself accepts no anonymous callers and
 * every visitor goes through the cache.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib/core';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_BUNDLING } from './bundling';
import { repoPath } from './paths';

export interface CompanionSiteProps {
  /** Custom domain name for the distribution; needs `certificateArn`. */
  domainName?: string;
  /** ACM certificate in us-east-1 covering `domainName`. */
  certificateArn?: string;
}

/** Where the web Lambda finds the pre-built browser player script (the code is in /var/task). */
export const PLAYER_SCRIPT_FILE = 'player.js';
/** Where the web Lambda finds the PNG illustrations (copied from web/static/illustrations). */
export const ILLUSTRATION_FOLDER = 'illustrations';
/** Where the web Lambda finds the skill's PNG icons (copied from web/static/icons). */
export const ICON_FOLDER = 'icons';
const LAMBDA_TASK_ROOT = '/var/task';

/** Paths whose responses never change between deploys: cached a day by default. */
export const STATIC_PATH_PATTERNS = ['/illustrations/*', '/assets/*'] as const;

export class CompanionSite extends Construct {
  readonly fn: NodejsFunction;
  readonly functionUrl: lambda.FunctionUrl;
  /** The Function URL as CloudFront reaches it (signed, Origin Access Control). */
  readonly origin: cloudfront.IOrigin;
  readonly distribution: cloudfront.Distribution;
  /** https://<custom domain or CloudFront domain>, no trailing slash. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: CompanionSiteProps = {}) {
    super(scope, id);

    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.fn = new NodejsFunction(this, 'Function', {
      description: 'Back Stretch Coach: the companion web page',
      entry: repoPath('web/lambda.ts'),
      handler: 'handler',
      projectRoot: repoPath('.'),
      depsLockFilePath: repoPath('package-lock.json'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: Duration.seconds(10),
      memorySize: 512,
      logGroup,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        PLAYER_SCRIPT_PATH: `${LAMBDA_TASK_ROOT}/${PLAYER_SCRIPT_FILE}`,
        ILLUSTRATION_DIR: `${LAMBDA_TASK_ROOT}/${ILLUSTRATION_FOLDER}`,
        ICON_DIR: `${LAMBDA_TASK_ROOT}/${ICON_FOLDER}`,
      },
      bundling: {
        ...LAMBDA_BUNDLING,
        // The player script is bundled for the browser at deploy time, next to index.mjs; the
        // committed PNG illustrations (npm run render:pngs) are copied beside it.
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir: string, outputDir: string) => [
            `"${inputDir}/node_modules/.bin/tsx" "${inputDir}/infra/write-player-script.ts" "${outputDir}/${PLAYER_SCRIPT_FILE}"`,
            `cp -R "${inputDir}/web/static/illustrations" "${outputDir}/${ILLUSTRATION_FOLDER}"`,
            `cp -R "${inputDir}/web/static/icons" "${outputDir}/${ICON_FOLDER}"`,
          ],
        },
      },
    });

    // AWS_IAM: only CloudFront (signing through Origin Access Control) may call the URL.
    this.functionUrl = this.fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
    const origin = origins.FunctionUrlOrigin.withOriginAccessControl(this.functionUrl);
    this.origin = origin;

    // Pages are rendered from the catalog and change only on deploy: a few minutes at the
    // edge keeps them fast while a new deploy shows up quickly. The origin's own
    // Cache-Control header wins when it sets one.
    const pagesCachePolicy = new cloudfront.CachePolicy(this, 'PagesCachePolicy', {
      comment: 'Back Stretch Coach companion pages: short edge cache',
      defaultTtl: Duration.minutes(5),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.hours(1),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.all(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    // Illustrations and assets are linked with a content hash (?v=...): the query string is
    // part of the cache key, so a new drawing or stylesheet is a new object at the edge.
    // The origin's Cache-Control decides how long (a year on versioned URLs, minutes else).
    const staticCachePolicy = new cloudfront.CachePolicy(this, 'StaticCachePolicy', {
      comment: 'Back Stretch Coach illustrations and assets: versioned by query string',
      defaultTtl: Duration.days(1),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.days(365),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.allowList('v'),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const staticBehavior: cloudfront.BehaviorOptions = {
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      cachePolicy: staticCachePolicy,
      compress: true,
    };

    const certificate =
      props.certificateArn !== undefined
        ? acm.Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn)
        : undefined;
    const customDomain = props.domainName !== undefined && certificate !== undefined;

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Back Stretch Coach companion page',
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        cachePolicy: pagesCachePolicy,
        // Everything the viewer sent except Host: a Function URL only answers to its own host.
        originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        compress: true,
      },
      additionalBehaviors: Object.fromEntries(
        STATIC_PATH_PATTERNS.map((pattern) => [pattern, staticBehavior]),
      ),
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      // A custom domain brings its own certificate, and with it a TLS 1.2+ policy; the
      // default *.cloudfront.net certificate has a fixed policy that cannot be changed.
      ...(customDomain
        ? {
            domainNames: [props.domainName as string],
            certificate,
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });

    this.url = customDomain
      ? `https://${props.domainName as string}`
      : `https://${this.distribution.distributionDomainName}`;
  }
}
