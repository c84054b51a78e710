/**
 * The local skill endpoint: POST /alexa runs the skill handler on the request envelope, as
 * Alexa would call an HTTPS endpoint. Without verification it answers only requests from this
 * computer (the simulator, curl); with verification it checks Alexa's signature instead, so
 * it can sit behind an HTTPS tunnel.
 *
 * Before any work: no cross-site or rebinding requests (Host, Origin), JSON only, and a body
 * read with bounded memory. A failure never shows internals to the caller (they are logged).
 */
import { cutText } from '../skill/text/safe-text';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Hono, type Context } from 'hono';
import { AlexaVerificationError, parseEnvelope, type AlexaRequestVerifier } from './alexa-verification';
import { isLocalRequest } from './loopback';
import { crossSiteProblem, isJsonContentType, readBodyWithin } from './request-checks';

export type SkillHandler = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface SkillEndpointOptions {
  handler: SkillHandler;
  /** Verify Alexa's signature (any caller); absent: loopback callers only, no signature. */
  verifier?: AlexaRequestVerifier;
  /** The caller's IP address (the socket's remote address under @hono/node-server). */
  remoteAddress: (c: Context) => string | undefined;
  /** Where failures are reported; console.error by default. */
  log?: (message: string) => void;
  /** Hosts the endpoint is published under (an HTTPS tunnel's), besides this computer's. */
  publicHosts?: readonly string[];
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

  const tooLarge = (c: Context) => {
    c.header('Connection', 'close');
    return c.json({ error: 'too_large', message: `The request body is over ${MAX_BODY_BYTES} bytes.` }, 413);
  };

  endpoint.post('/', async (c) => {
    const headers = c.req.raw.headers;
    if (!options.verifier && !isLocalRequest(options.remoteAddress(c), headers)) {
      return c.json({ error: 'forbidden', message: LOOPBACK_ONLY_MESSAGE }, 403);
    }
    const crossSite = crossSiteProblem(headers, { publicHosts: options.publicHosts, anyHost: Boolean(options.verifier) });
    if (crossSite) return c.json({ error: 'forbidden', message: crossSite }, 403);
    if (!isJsonContentType(headers.get('content-type'))) {
      return c.json({ error: 'unsupported_media_type', message: 'The skill endpoint only accepts application/json.' }, 415);
    }
    const declaredLength = Number(headers.get('content-length') ?? '0');
    if (declaredLength > MAX_BODY_BYTES) return tooLarge(c);
    // Counted as it arrives: a chunked body without a Content-Length is never held whole.
    const rawBody = await readBodyWithin(c.req.raw.body, MAX_BODY_BYTES);
    if (rawBody === 'too_large') return tooLarge(c);

    let envelope: unknown;
    try {
      envelope = options.verifier
        ? await options.verifier.verify({ headers: c.req.raw.headers, rawBody })
        : parseEnvelope(rawBody);
    } catch (error) {
      if (error instanceof AlexaVerificationError) {
        log(`skill endpoint: refused a request (${error.code}): ${cutText(error.message, 500)}`);
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
      // The details stay in this terminal; the caller learns only that it failed.
      log(`skill endpoint: the skill failed on ${cutText(String(envelope.request.type), 80)}: ${cutText(String((error as Error)?.stack ?? error), 2000)}`);
      return c.json({ error: 'skill_error', message: 'The skill could not answer this request. The details are in the local log.' }, 500);
    }
  });

  endpoint.all('/', (c) => {
    c.header('Allow', 'POST');
    return c.json({ error: 'method_not_allowed', message: 'The skill endpoint only accepts POST.' }, 405);
  });

  return endpoint;
}
