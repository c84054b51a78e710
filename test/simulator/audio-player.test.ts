/**
 * The simulator with a hands-free stream, end to end as `npm start` composes it: the local
 * skill (streams rendered by espeak-ng), the /audio route serving the real files (with byte
 * ranges), and the simulated device following the AudioPlayer directives: play, let time
 * pass, pause at a second, resume, and play to the end.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalSkill } from '../../local/local-skill';
import { AlexaSimulator } from '../../local/simulator/simulator';
import { createDynamoStore } from '../../lambda/state/index';
import { mp3DurationMs } from '../../skill/audio/mp3';
import { createAudioRoutes } from '../../web/routes/audio-files';
import { startDynalite, type RunningDynalite } from '../support/dynalite';
import { COMMITTED_MODEL } from '../support/committed-model';

const model = COMMITTED_MODEL;
const AUDIO_DIR = join(import.meta.dirname, '..', '..', 'test-results', 'audio-cache');
const routes = createAudioRoutes(AUDIO_DIR);

let dynamo: RunningDynalite;
let simulator: AlexaSimulator;

/** The device fetches tracks from the companion app's /audio route, as a real player would. */
async function fetchTrack(url: string, range?: string): Promise<Response> {
  return routes.request(new URL(url).pathname.replace(/^\/audio/, ''), range ? { headers: { Range: range } } : {});
}

beforeAll(async () => {
  dynamo = await startDynalite();
  const skill = createLocalSkill(
    { tableName: dynamo.tableName, dynamoEndpoint: dynamo.endpoint, companionUrl: 'http://localhost:3000', illustrationImages: true },
    AUDIO_DIR,
  );
  simulator = new AlexaSimulator({
    model,
    transport: skill,
    userId: 'amzn1.ask.account.SIMULATOR-HANDSFREE',
    device: { apl: false, audioPlayer: true },
    trackDuration: async (url) => mp3DurationMs(new Uint8Array(await (await fetchTrack(url)).arrayBuffer())),
  });
});

afterAll(async () => {
  await dynamo?.stop();
});

describe('a hands-free stream in the simulator', () => {
  it('plays, pauses at a given second, resumes, and plays to the end, counted as done', async () => {
    const start = await simulator.say('play my desk break routine');
    expect(start.notes.some((n) => /AudioPlayer\.Play REPLACE_ALL hf1\.\S+\.0 from 0\.0 s/.test(n))).toBe(true);
    expect(start.notes.some((n) => /PlaybackNearlyFinished.*answered: AudioPlayer\.Play/.test(n))).toBe(true);
    expect(start.warnings).toEqual([]);

    const track = await fetchTrack(simulator.player.current!.url);
    expect(track.status).toBe(200);
    expect(track.headers.get('content-type')).toBe('audio/mpeg');
    const partial = await fetchTrack(simulator.player.current!.url, 'bytes=100-199');
    expect(partial.status).toBe(206);
    expect((await partial.arrayBuffer()).byteLength).toBe(100);

    await simulator.wait(30); // the opening ends, the first stretch starts
    expect(simulator.player.current!.token).toMatch(/\.1$/);

    const paused = await simulator.sayAt(40, 'pause');
    expect(paused.response?.response.outputSpeech).toBeUndefined();
    expect(simulator.player.activity).toBe('STOPPED');
    const saved = (await createDynamoStore({ tableName: dynamo.tableName, endpoint: dynamo.endpoint }).load('amzn1.ask.account.SIMULATOR-HANDSFREE')).state;
    expect(saved.playback?.current).toMatchObject({ trackIndex: 1, status: 'paused' });
    expect(saved.playback!.current!.offsetMs).toBeLessThanOrEqual(40_000);

    const resumed = await simulator.say('resume');
    expect(resumed.notes.some((n) => /REPLACE_ALL hf1\.\S+\.1 from/.test(n))).toBe(true);
    expect(simulator.player.activity).toBe('PLAYING');

    const end = await simulator.wait(3600);
    expect(end.warnings).toEqual([]);
    expect(simulator.player.activity).toBe('FINISHED');
    const done = (await createDynamoStore({ tableName: dynamo.tableName, endpoint: dynamo.endpoint }).load('amzn1.ask.account.SIMULATOR-HANDSFREE')).state;
    expect(done.history[0]).toMatchObject({ id: 'desk-break', completed: true });
  });
});
