/**
 * Where the simulator sends requests: the skill's Lambda handler in this process, or a
 * running local HTTP endpoint (npm start).
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Transport } from './simulator';

/** The skill's handler, as the Lambda calls it. */
export type SkillInvoke = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

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

/** Sends each request to the skill in this process, with a Lambda-like context. */
export function inProcessTransport(invoke: SkillInvoke): Transport {
  return (request) => invoke(request, lambdaContext(request.request.requestId));
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
