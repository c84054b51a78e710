/**
 * The simulator's --endpoint mode over real HTTP (a local server running the real skill
 * handler), what happens when the endpoint is down, and --realtime playback pacing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playSpeech } from '../../local/simulator/playback';
import { AlexaSimulator } from '../../local/simulator/simulator';
import { estimateSeconds, ssmlToPieces } from '../../local/simulator/ssml-text';
import { httpTransport } from '../../local/simulator/transports';
import { closedEndpoint, startDynalite, type RunningDynalite } from '../support/dynalite';
import { skillHandler } from '../support/skill';
import { COMMITTED_MODEL } from '../support/committed-model';

const model = COMMITTED_MODEL;

let dynamo: RunningDynalite;
let server: Server;
let url: string;

beforeAll(async () => {
  dynamo = await startDynalite();
  const handler = skillHandler(dynamo);
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      Promise.resolve(handler(JSON.parse(body) as RequestEnvelope, {}))
        .then((result) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(result));
        })
        .catch((error: unknown) => {
          res.writeHead(500);
          res.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/alexa`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await dynamo?.stop();
});

describe('--endpoint mode', () => {
  it('talks to a running skill endpoint over HTTP', async () => {
    const alexa = new AlexaSimulator({ model, transport: httpTransport(url), userId: 'amzn1.ask.account.sim-http' });
    const turn = await alexa.say('open back stretch coach');
    expect(turn.error).toBeUndefined();
    expect(turn.response?.response.outputSpeech).toBeDefined();
    expect(turn.sessionEnded).toBe(false);
  });

  it('reports an endpoint that is down the way Alexa would, and closes the session', async () => {
    const alexa = new AlexaSimulator({ model, transport: httpTransport(await closedEndpoint()), userId: 'amzn1.ask.account.sim-down' });
    const turn = await alexa.say('open back stretch coach');
    expect(turn.error).toMatch(/Could not reach .*npm start/);
    expect(turn.notes.join(' ')).toContain("There was a problem with the requested skill's response");
    expect(turn.sessionEnded).toBe(true);
  });
});

describe('--realtime playback', () => {
  it('waits each pause, chime and the estimated speaking time, and writes the text as it goes', async () => {
    const ssml = '<speak>Hold the stretch. <break time="10s"/><audio src="soundbank://soundlibrary/bell/chimes/chimes_01"/> And release.</speak>';
    const waits: number[] = [];
    let written = '';
    await playSpeech(
      { type: 'SSML', ssml },
      { speak: false, write: (text) => (written += text), sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toContain(10_000);
    const totalSeconds = waits.reduce((sum, ms) => sum + ms, 0) / 1000;
    expect(totalSeconds).toBeCloseTo(estimateSeconds(ssmlToPieces(ssml)), 5);
    expect(written.replace(/\s+/g, ' ')).toBe('Alexa: Hold the stretch. [pause 10s] [chime] And release. ');
  });
});
