/**
 * How both Lambda functions are bundled: esbuild from node_modules on this machine (no
 * Docker), one minified ES-module file per function with a source map.
 *
 * Why ESM: our code is ESM, esbuild tree-shakes ESM dependencies better, and Node 22 on
 * Lambda loads `index.mjs` natively. ask-sdk-core, ask-sdk-runtime and parts of the AWS SDK
 * are CommonJS and call `require()` for Node built-ins; inside an ES module `require` does not
 * exist, so the banner defines one with `createRequire`. Without it the bundle fails at cold
 * start with `Dynamic require of "url" is not supported` (a test loads the real bundle).
 */
import { fileURLToPath } from 'node:url';
import { BundlingFileAccess } from 'aws-cdk-lib/core';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

export const REQUIRE_SHIM_BANNER =
  "import { createRequire as __bscCreateRequire } from 'node:module';" +
  ' const require = __bscCreateRequire(import.meta.url);';

/**
 * Packages the bundles take from our own small stand-ins, each explained in its file:
 * environment-only credentials (infra/lambda-credentials.ts) and ask-sdk-model without its
 * service clients (infra/lambda-ask-model.ts).
 */
export const LAMBDA_ALIASES: Readonly<Record<string, string>> = {
  '@aws-sdk/credential-provider-node': fileURLToPath(new URL('./lambda-credentials.ts', import.meta.url)),
  'ask-sdk-model': fileURLToPath(new URL('./lambda-ask-model.ts', import.meta.url)),
};

export const LAMBDA_BUNDLING: BundlingOptions = {
  forceDockerBundling: false,
  bundlingFileAccess: BundlingFileAccess.BIND_MOUNT,
  format: OutputFormat.ESM,
  target: 'node22',
  minify: true,
  sourceMap: true,
  // Keep the map small: names and line numbers are enough for readable stack traces.
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: REQUIRE_SHIM_BANNER,
  // Bundle our pinned @aws-sdk/client-dynamodb instead of the runtime's copy: the code runs
  // against the exact version it was tested with, and one bundled file loads faster.
  bundleAwsSDK: true,
  esbuildArgs: Object.fromEntries(Object.entries(LAMBDA_ALIASES).map(([from, to]) => [`--alias:${from}`, to])),
};
