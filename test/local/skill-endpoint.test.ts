import { request as httpRequest } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlexaRequestVerifier } from '../../local/alexa-verification';
import { MAX_BODY_BYTES } from '../../local/skill-endpoint';
import { startLocalServer, type RunningLocalServer } from '../../local/local-server';
import { startDynalite, type RunningDynalite } from '../support/dynalite';
import { skillHandler, type SkillInvoke } from '../support/skill';
import { certUrl, fixtureCertSource, launchBody, signBody, TEST_ROOT } from './signing';

const NOW = new Date('2030-06-01T12:00:00Z');
let db: RunningDynalite;
/** The skill the servers call; a test may swap it for one that fails. */
let skill: SkillInvoke;

beforeAll(async () => {
  db = await startDynalite();
  skill = skillHandler(db);
});
afterAll(async () => {
  await db.stop();
});

interface SpeechResponse {
  response: { outputSpeech?: { ssml?: string }; shouldEndSession?: boolean };
}

async function postJson(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function startServer(options: { verifier?: AlexaRequestVerifier; hostname?: string } = {}): Promise<RunningLocalServer> {
  return startLocalServer({
    port: 0,
    hostname: options.hostname ?? '127.0.0.1',
    skillHandler: (envelope) => skill(envelope),
    ...(options.verifier ? { verifier: options.verifier } : {}),
  });
}

describe('local skill endpoint, loopback only (no verification)', () => {
  let server: RunningLocalServer;
  let endpoint: string;
  beforeAll(async () => {
    server = await startServer();
    endpoint = `http://127.0.0.1:${server.port}/alexa`;
  });
  afterAll(() => server.close());

  it('answers a launch from this computer with the welcome and an open session', async () => {
    const { status, body } = await postJson(endpoint, launchBody(new Date()));
    expect(status).toBe(200);
    const response = body as unknown as SpeechResponse;
    expect(response.response.outputSpeech?.ssml).toMatch(/^<speak>.*Back Stretch Coach.*<\/speak>$/s);
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('serves the companion page from the same port', async () => {
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Back Stretch Coach');
  });

  it('refuses a request forwarded by a tunnel, and says how to allow Alexa', async () => {
    const { status, body } = await postJson(endpoint, launchBody(new Date()), { 'X-Forwarded-For': '203.0.113.9' });
    expect(status).toBe(403);
    expect(body.error).toBe('forbidden');
    expect(String(body.message)).toMatch(/only answers requests from this computer.*ALEXA_VERIFY=1/);
  });

  it('answers anything but POST with 405', async () => {
    const response = await fetch(endpoint);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ error: 'method_not_allowed' });
  });

  it('refuses malformed JSON and JSON that is not a request envelope with 400', async () => {
    const malformed = await postJson(endpoint, '{"request": ');
    expect(malformed).toMatchObject({ status: 400, body: { error: 'bad_body' } });
    const notEnvelope = await postJson(endpoint, '{"hello": "world"}');
    expect(notEnvelope).toMatchObject({ status: 400, body: { error: 'bad_body' } });
  });

  it('refuses an oversized body with 413', async () => {
    const { status, body } = await postJson(endpoint, `{"pad":"${'x'.repeat(MAX_BODY_BYTES)}"}`);
    expect(status).toBe(413);
    expect(body.error).toBe('too_large');
  });

  it('refuses a chunked body without a Content-Length once it passes the limit, without reading the rest', async () => {
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // At most 8 MB, far past the limit: the server must stop long before.
        if (sent >= 8 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const outcome = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit)
      .then(async (response) => ({ status: response.status, error: ((await response.json()) as { error?: string }).error }))
      .catch(() => ({ status: 0, error: 'connection closed' }));
    // Either the 413 arrives, or the connection is cut at the limit; never a 200 or a 500.
    expect([413, 0]).toContain(outcome.status);
    expect(sent).toBeLessThan(8 * 1024 * 1024);
  });

  it('refuses cross-site requests: another Origin, a foreign Host (DNS rebinding), a form or text/plain body', async () => {
    const launch = launchBody(new Date());
    const crossOrigin = await postJson(endpoint, launch, { Origin: 'https://evil.example' });
    expect(crossOrigin).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    // DNS rebinding: the browser reached 127.0.0.1 under the attacker's name.
    const rebinding = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: server.port, path: '/alexa', method: 'POST', headers: { host: `rebind.evil.example:${server.port}`, 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(launch);
    });
    expect(rebinding).toBe(403);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': type }, body: launch });
      expect(response.status).toBe(415);
    }
    // The same origin (the simulator's page, curl without Origin) still works.
    expect((await postJson(endpoint, launch, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('answers JSON nested 100,000 deep without a 500 that leaks internals', async () => {
    const deep = `{"version":"1.0","request":{"type":"LaunchRequest","requestId":"x","timestamp":"${new Date().toISOString()}","locale":"en-US"},"session":{"new":false,"sessionId":"s","application":{"applicationId":"a"},"user":{"userId":"u"},"attributes":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}}`;
    const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deep });
    const text = await response.text();
    expect(text).not.toMatch(/Maximum call stack|RangeError|at [A-Za-z]+ \(/);
    expect([200, 400, 413]).toContain(response.status);
  });

  it('reports a skill failure as a 500 without internals instead of crashing', async () => {
    const working = skill;
    skill = skillHandler(db, { skillId: 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555' });
    try {
      const { status, body } = await postJson(endpoint, launchBody(new Date()));
      expect(status).toBe(500);
      expect(body.error).toBe('skill_error');
      // No internals in the answer: the reason goes to the local log.
      expect(String(body.message)).not.toMatch(/verification|amzn1|at |Error/);
    } finally {
      skill = working;
    }
    expect((await postJson(endpoint, launchBody(new Date()))).status).toBe(200);
  });
});

const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((info) => info !== undefined && info.family === 'IPv4' && !info.internal)?.address;

describe.skipIf(externalAddress === undefined)('local skill endpoint reached over the network', () => {
  let server: RunningLocalServer;
  beforeAll(async () => {
    server = await startServer({ hostname: '0.0.0.0' });
  });
  afterAll(() => server.close());

  it('refuses a caller that is not this computer', async () => {
    const { status, body } = await postJson(`http://${externalAddress as string}:${server.port}/alexa`, launchBody(new Date()));
    expect(status).toBe(403);
    expect(body.error).toBe('forbidden');
  });
});

describe('local skill endpoint with Alexa verification on', () => {
  let server: RunningLocalServer;
  let endpoint: string;
  beforeAll(async () => {
    const source = fixtureCertSource();
    const verifier = new AlexaRequestVerifier({ fetchCertChain: source.fetchCertChain, trustedRoots: [TEST_ROOT], now: () => NOW });
    server = await startServer({ verifier });
    endpoint = `http://127.0.0.1:${server.port}/alexa`;
  });
  afterAll(() => server.close());

  const signed = (body: string) => ({ SignatureCertChainUrl: certUrl('valid'), 'Signature-256': signBody(body) });

  it('answers a signed request arriving through a tunnel', async () => {
    const body = launchBody(NOW);
    const { status, body: response } = await postJson(endpoint, body, { ...signed(body), 'X-Forwarded-For': '54.240.197.1' });
    expect(status).toBe(200);
    expect((response as unknown as SpeechResponse).response.outputSpeech?.ssml).toMatch(/Back Stretch Coach/);
  });

  it('checks signatures on local requests too', async () => {
    const { status, body } = await postJson(endpoint, launchBody(NOW));
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'missing_headers', message: expect.stringMatching(/SignatureCertChainUrl/) });
  });

  it('refuses a body changed after signing, a bad certificate URL and a stale request with 400 and the reason', async () => {
    const body = launchBody(NOW);
    const tampered = await postJson(endpoint, body.replace('en-US', 'en-GB'), signed(body));
    expect(tampered).toMatchObject({ status: 400, body: { error: 'bad_signature' } });

    const wrongUrl = await postJson(endpoint, body, { ...signed(body), SignatureCertChainUrl: 'http://s3.amazonaws.com/echo.api/valid.pem' });
    expect(wrongUrl).toMatchObject({ status: 400, body: { error: 'bad_cert_url' } });

    const old = launchBody(new Date(NOW.getTime() - 10 * 60_000));
    const stale = await postJson(endpoint, old, signed(old));
    expect(stale).toMatchObject({ status: 400, body: { error: 'stale_timestamp' } });
  });
});
