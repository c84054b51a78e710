/**
 * The local skill endpoint: POST /alexa runs the skill handler on the request envelope, as
 * Alexa would call an HTTPS endpoint. Without verification it answers only requests from this
 * computer (the simulator, curl); with verification it checks Alexa's signature instead, so
 * it can sit behind an HTTPS tunnel.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Hono, type Context } from 'hono';
import { AlexaVerificationError, parseEnvelope, type AlexaRequestVerifier } from './alexaVerification';
import { isLocalRequest } from './loopback';

export type SkillHandler = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface SkillEndpointOptions {
  handler: SkillHandler;
  /** Verify Alexa's signature (any caller); absent: loopback callers only, no signature. */
  verifier?: AlexaRequestVerifier;
  /** The caller's IP address (the socket's remote address under @hono/node-server). */
  remoteAddress: (c: Context) => string | undefined;
  /** Where failures are reported; console.error by default. */
  log?: (message: string) => void;
}

/** Alexa request bodies are a few KB; anything far bigger is not from Alexa. */
export const MAX_BODY_BYTES = 256 * 1024;

const LOOPBACK_ONLY_MESSAGE =
  'This local skill endpoint only answers requests from this computer. ' +
  'To accept requests from Alexa through an HTTPS tunnel, restart with ALEXA_VERIFY=1 (or npm start -- --verify).';

function isRequestEnvelope(value: unknown): value is RequestEnvelope {
  const request = (value as { request?: { type?: unknown } }).request;
  return typeof request === 'object' && request !== null && typeof request.type === 'string';
}

/** A Hono app answering at its root; mount it with `app.route('/alexa', endpoint)`. */
export function createSkillEndpoint(options: SkillEndpointOptions): Hono {
  const log = options.log ?? ((message: string) => console.error(message));
  const endpoint = new Hono();

  endpoint.post('/', async (c) => {
    if (!options.verifier && !isLocalRequest(options.remoteAddress(c), c.req.raw.headers)) {
      return c.json({ error: 'forbidden', message: LOOPBACK_ONLY_MESSAGE }, 403);
    }
    const declaredLength = Number(c.req.header('content-length') ?? '0');
    if (declaredLength > MAX_BODY_BYTES) {
      return c.json({ error: 'too_large', message: `The request body is over ${MAX_BODY_BYTES} bytes.` }, 413);
    }
    const rawBody = new Uint8Array(await c.req.arrayBuffer());
    if (rawBody.byteLength > MAX_BODY_BYTES) {
      return c.json({ error: 'too_large', message: `The request body is over ${MAX_BODY_BYTES} bytes.` }, 413);
    }

    let envelope: unknown;
    try {
      envelope = options.verifier
        ? await options.verifier.verify({ headers: c.req.raw.headers, rawBody })
        : parseEnvelope(rawBody);
    } catch (error) {
      if (error instanceof AlexaVerificationError) {
        log(`skill endpoint: refused a request (${error.code}): ${error.message}`);
        return c.json({ error: error.code, message: error.message }, 400);
      }
      throw error;
    }
    if (!isRequestEnvelope(envelope)) {
      return c.json({ error: 'bad_body', message: 'The body is not an Alexa request envelope (no request.type).' }, 400);
    }

    try {
      return c.json(await options.handler(envelope));
    } catch (error) {
      log(`skill endpoint: the skill failed on ${envelope.request.type}: ${(error as Error).stack ?? String(error)}`);
      return c.json({ error: 'skill_error', message: `The skill could not answer: ${(error as Error).message}` }, 500);
    }
  });

  endpoint.all('/', (c) => {
    c.header('Allow', 'POST');
    return c.json({ error: 'method_not_allowed', message: 'The skill endpoint only accepts POST.' }, 405);
  });

  return endpoint;
}
