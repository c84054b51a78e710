/**
 * Where the simulator sends requests: the skill's Lambda handler in this process, or a
 * running local HTTP endpoint (npm start).
 */
import { pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Transport } from './simulator';

/** Thrown when lambda/index.ts (the skill handler) does not exist yet or exports no handler. */
export class HandlerMissingError extends Error {
  constructor(detail: string) {
    super(`The skill handler is not built yet (lambda/index.ts must export \`handler\`): ${detail}`);
    this.name = 'HandlerMissingError';
  }
}

type LambdaCallback = (error: unknown, result?: ResponseEnvelope) => void;
/** Either the async Lambda form or ask-sdk's callback form. */
type LambdaHandler = (event: RequestEnvelope, context: unknown, callback?: LambdaCallback) => unknown;

const handlerPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lambda', 'index.ts');

/** A Lambda context with what handlers commonly read. */
function lambdaContext(requestId: string) {
  const deadline = Date.now() + 7000;
  return {
    functionName: 'back-stretch-coach-local',
    functionVersion: '$LATEST',
    awsRequestId: requestId,
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

function isThenable(value: unknown): value is PromiseLike<ResponseEnvelope> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** Loads `handler` from lambda/index.ts (dynamically: it may not exist yet). */
export async function loadHandler(): Promise<LambdaHandler> {
  let loaded: { handler?: unknown };
  try {
    loaded = (await import(pathToFileURL(handlerPath).href)) as { handler?: unknown };
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Only the entry point itself missing means "not built yet"; a broken import inside it is a bug to show.
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(`'${handlerPath}'`)) {
      throw new HandlerMissingError(`${handlerPath} was not found.`);
    }
    throw error;
  }
  if (typeof loaded.handler !== 'function') throw new HandlerMissingError('it exports no `handler` function.');
  return loaded.handler as LambdaHandler;
}

export async function inProcessTransport(): Promise<Transport> {
  const handler = await loadHandler();
  return (request) =>
    new Promise<ResponseEnvelope>((resolve, reject) => {
      let settled = false;
      const callback: LambdaCallback = (error, result) => {
        if (settled) return;
        settled = true;
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else if (!result) reject(new Error('The handler answered nothing.'));
        else resolve(result);
      };
      try {
        const returned = handler(request, lambdaContext(request.request.requestId), callback);
        if (isThenable(returned)) {
          returned.then(
            (result) => callback(null, result),
            (error: unknown) => callback(error),
          );
        }
      } catch (error) {
        callback(error);
      }
    });
}

/** POSTs each request as JSON to a running skill endpoint, e.g. http://127.0.0.1:3000/alexa. */
export function httpTransport(url: string): Transport {
  return async (request) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' },
        body: JSON.stringify(request),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new Error(`Could not reach ${url}${cause ? ` (${cause})` : ''}. Is the local endpoint running (npm start)?`);
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}: ${text.slice(0, 300)}`);
    try {
      return JSON.parse(text) as ResponseEnvelope;
    } catch {
      throw new Error(`${url} answered something that is not JSON: ${text.slice(0, 300)}`);
    }
  };
}
