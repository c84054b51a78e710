/**
 * Stand-in for @aws-sdk/credential-provider-node inside the Lambda bundles (wired with an
 * esbuild alias in infra/bundling.ts). On Lambda the function role's credentials are always in
 * the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), so the default
 * chain's SSO, INI/STS, web-identity and container providers, and the four nested clients
 * they carry (~135 KB minified), are dead weight there. Local runs and tests are not bundled
 * and keep the full chain. Measured by `npm run bench` (bundle size row).
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (): ReturnType<typeof fromEnv> => fromEnv();
