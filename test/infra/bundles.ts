/** Loads a bundled Lambda (the exact files the stack deploys) and calls its handler. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

/** Imports `index.mjs` from an asset folder (bundles read their environment per request). */
export async function loadBundledHandler(folder: string): Promise<Handler> {
  const module = (await import(pathToFileURL(join(folder, 'index.mjs')).href)) as { handler: Handler };
  return module.handler;
}

/** Runs `body` with extra environment variables, restoring the previous values after. */
export async function withEnv<T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await body();
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** A Lambda Function URL event (payload format 2.0) for a GET, as CloudFront forwards it. */
export function functionUrlGet(path: string): Record<string, unknown> {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'abc.lambda-url.us-east-1.on.aws', accept: 'text/html,*/*' },
    requestContext: {
      accountId: 'anonymous',
      apiId: 'abc',
      domainName: 'abc.lambda-url.us-east-1.on.aws',
      domainPrefix: 'abc',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'Amazon CloudFront' },
      requestId: 'test-request',
      routeKey: '$default',
      stage: '$default',
      time: '25/Nov/2026:17:00:00 +0000',
      timeEpoch: 1795539600000,
    },
    isBase64Encoded: false,
  };
}
