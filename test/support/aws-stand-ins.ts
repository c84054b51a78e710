/**
 * Local stand-ins for the two AWS HTTP APIs the audio pipeline calls, on 127.0.0.1:
 * - Polly's SynthesizeSpeech (HTTP/2, POST /v1/speech, JSON in, audio out, x-amzn-RequestCharacters),
 *   answering with real audio made by espeak-ng on the stream's MP3 grid;
 * - S3 objects, path style (PUT / GET / HEAD /bucket/key).
 * They check what the real services would reject (engine, format, sample rate, voice, SSML),
 * and record every request so tests can see what was asked for.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttp2Server, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentHash } from '../../skill/audio/hash';
import { toStreamMp3Args } from '../../audio/espeak-engine';
import { run } from '../../audio/run';

export interface RunningStandIn {
  endpoint: string;
  close(): Promise<void>;
}

async function body(request: IncomingMessage | Http2ServerRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function listen(server: Server | ReturnType<typeof createHttp2Server>): Promise<RunningStandIn> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ endpoint: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

export interface SynthesizeRequest {
  Engine?: string;
  OutputFormat?: string;
  SampleRate?: string;
  Text?: string;
  TextType?: string;
  VoiceId?: string;
  authorization?: string;
}

const VOICES = new Set(['Joanna', 'Matthew', 'Ruth', 'Danielle', 'Amy', 'Brian']);

function fail(response: ServerResponse | Http2ServerResponse, status: number, type: string, message: string): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'x-amzn-ErrorType': type });
  response.end(JSON.stringify({ message }));
}

/** The words of Polly SSML, and the prosody rate if any. */
function ssmlWords(ssml: string): { text: string; rate?: number } {
  if (!/^<speak>[\s\S]*<\/speak>$/.test(ssml)) throw new Error('SSML must be one <speak> element');
  const rate = /<prosody rate="(\d+)%">/.exec(ssml);
  const text = ssml.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return rate ? { text, rate: Number(rate[1]) } : { text };
}

/** Audio the stand-in made before is kept under test-results/, so reruns are quick on a busy machine. */
const AUDIO_CACHE = join(import.meta.dirname, '..', '..', 'test-results', 'polly-stand-in');

async function espeakMp3(text: string, speed: number, sampleRate: string): Promise<Buffer> {
  const path = join(AUDIO_CACHE, `${contentHash(`${speed}|${sampleRate}|${text}`)}.mp3`);
  try {
    return await readFile(path);
  } catch {
    const wav = await run('espeak-ng', ['-v', 'en-us', '-s', String(speed), '--stdout', text]);
    const mp3 = await run('ffmpeg', toStreamMp3Args(false).map((a) => (a === '24000' ? sampleRate : a)), wav);
    await mkdir(AUDIO_CACHE, { recursive: true });
    await writeFile(path, mp3);
    return mp3;
  }
}

export async function startPollyStandIn(): Promise<RunningStandIn & { requests: SynthesizeRequest[] }> {
  const requests: SynthesizeRequest[] = [];
  // The Polly client speaks HTTP/2 (its streaming operations need it), so the stand-in does too (cleartext).
  const server = createHttp2Server((request, response) => {
    void (async () => {
      if (request.method !== 'POST' || request.url !== '/v1/speech') return fail(response, 404, 'UnknownOperationException', 'no such operation');
      const input = JSON.parse((await body(request)).toString('utf8')) as SynthesizeRequest;
      const authorization = request.headers.authorization;
      requests.push({ ...input, ...(typeof authorization === 'string' ? { authorization } : {}) });
      if (!String(request.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256')) return fail(response, 403, 'MissingAuthenticationTokenException', 'unsigned');
      if (input.OutputFormat !== 'mp3') return fail(response, 400, 'ValidationException', 'OutputFormat');
      if (input.Engine !== 'neural') return fail(response, 400, 'EngineNotSupportedException', 'engine');
      if (!input.VoiceId || !VOICES.has(input.VoiceId)) return fail(response, 400, 'ValidationException', 'VoiceId');
      if (input.SampleRate && !['8000', '16000', '22050', '24000'].includes(input.SampleRate)) return fail(response, 400, 'InvalidSampleRateException', 'rate');
      let spoken: { text: string; rate?: number };
      try {
        spoken = input.TextType === 'ssml' ? ssmlWords(input.Text ?? '') : { text: input.Text ?? '' };
      } catch (error) {
        return fail(response, 400, 'InvalidSsmlException', (error as Error).message);
      }
      const speed = Math.round(170 * ((spoken.rate ?? 100) / 100));
      const mp3 = await espeakMp3(spoken.text, speed, input.SampleRate ?? '24000');
      response.writeHead(200, { 'Content-Type': 'audio/mpeg', 'x-amzn-RequestCharacters': String(spoken.text.length) });
      response.end(mp3);
    })().catch((error: unknown) => fail(response, 500, 'ServiceFailureException', String(error)));
  });
  return { ...(await listen(server)), requests };
}

export async function startS3StandIn(): Promise<RunningStandIn & { objects: Map<string, { body: Buffer; contentType?: string; cacheControl?: string }> }> {
  const objects = new Map<string, { body: Buffer; contentType?: string; cacheControl?: string }>();
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const found = objects.get(path);
      if (request.method === 'PUT') {
        objects.set(path, {
          body: await body(request),
          ...(request.headers['content-type'] ? { contentType: request.headers['content-type'] } : {}),
          ...(request.headers['cache-control'] ? { cacheControl: String(request.headers['cache-control']) } : {}),
        });
        response.writeHead(200, { ETag: '"1"' });
        return response.end();
      }
      if (!found) {
        response.writeHead(404, { 'Content-Type': 'application/xml' });
        return response.end(request.method === 'HEAD' ? undefined : '<Error><Code>NoSuchKey</Code><Message>missing</Message></Error>');
      }
      response.writeHead(200, { 'Content-Type': found.contentType ?? 'binary/octet-stream', 'Content-Length': String(found.body.length) });
      response.end(request.method === 'HEAD' ? undefined : found.body);
    })();
  });
  return { ...(await listen(server)), objects };
}
