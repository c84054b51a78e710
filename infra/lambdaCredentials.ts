/**
 * The proposed fix for the skill bundle's size, measured by the benchmark (not used by the
 * skill yet): a stand-in for @aws-sdk/credential-provider-node whose default chain reads only
 * the environment. On Lambda the function's role credentials are always in the environment
 * (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), so the SSO, INI/STS, web
 * identity, login and container providers (and the four nested clients they carry) are dead
 * weight there. Wired with esbuild `alias: { '@aws-sdk/credential-provider-node': <this file> }`.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (): ReturnType<typeof fromEnv> => fromEnv();
