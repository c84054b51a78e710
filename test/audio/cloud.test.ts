/**
 * The cloud path without the cloud: the Polly engine (the real @aws-sdk/client-polly, signed
 * requests) against a stand-in of Polly's SynthesizeSpeech HTTP API that answers with real
 * espeak-ng audio, the S3 store (the real @aws-sdk/client-s3) against an S3 stand-in, the
 * deploy-time rendering over them, and the skill's published library reading the result.
 */
import { PollyClient } from '@aws-sdk/client-polly';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentClips, renderDeployment, timelineOf, type DeployTarget } from '../../audio/deploy';
import { createPublishedLibrary } from '../../audio/published-library';
import { settingsFromEnv, skillDepsFor } from '../../lambda/settings';
import { createPollyEngine, pollySsml } from '../../audio/polly-engine';
import { createS3Store } from '../../audio/s3-store';
import { mp3DurationMs, parseFrameHeader } from '../../skill/audio/mp3';
import { DEFAULT_PREFERENCES } from '../../skill/catalog/types';
import { startPollyStandIn, startS3StandIn, type RunningStandIn, type SynthesizeRequest } from '../support/aws-stand-ins';

const credentials = { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: 'local-test-secret' };
let polly: RunningStandIn & { requests: SynthesizeRequest[] };
let s3: Awaited<ReturnType<typeof startS3StandIn>>;

beforeAll(async () => {
  polly = await startPollyStandIn();
  s3 = await startS3StandIn();
});

afterAll(async () => {
  await polly?.close();
  await s3?.close();
});

// One short stretch at the slower pace keeps the suite quick (every clip is real espeak-ng audio).
const targets: DeployTarget[] = [{ kind: 'stretch', id: 'standing-back-extension', preferences: { ...DEFAULT_PREFERENCES, pace: 'slower' } }];

function clients() {
  const engine = createPollyEngine({ client: new PollyClient({ region: 'us-east-1', endpoint: polly.endpoint, credentials }) });
  const store = createS3Store({
    bucket: 'audio-bucket',
    client: new S3Client({ region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true, credentials }),
  });
  return { engine, store };
}

describe('deploy-time rendering with Polly into S3 (local stand-ins)', () => {
  it('asks Polly for each distinct sentence once, as neural MP3 at 24 kHz, and publishes tracks and clip lengths', async () => {
    const { engine, store } = clients();
    const result = await renderDeployment({ engine, store, concurrency: 2 }, targets);
    const expected = deploymentClips(engine.voice, targets).filter((c) => c.kind === 'speech');
    expect(polly.requests.length).toBe(expected.length);
    for (const request of polly.requests) {
      expect(request).toMatchObject({ Engine: 'neural', OutputFormat: 'mp3', SampleRate: '24000', TextType: 'ssml', VoiceId: 'Joanna' });
      expect(request.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDLOCALTEST\//);
    }
    expect(polly.requests.every((r) => r.Text?.startsWith('<speak><prosody rate="85%">'))).toBe(true);
    expect(result.stats.charactersRendered).toBe(expected.reduce((sum, c) => sum + c.text.length, 0));
    expect(engine.charactersRequested()).toBe(result.stats.charactersRendered);

    const published = s3.objects.get('/audio-bucket/audio/published-polly-neural-Joanna.json');
    expect(published).toBeDefined();
    const { clips, tracks } = JSON.parse(published!.body.toString('utf8')) as { clips: Record<string, number>; tracks: string[] };
    expect(tracks.length).toBe(result.tracks);
    for (const file of tracks) {
      const object = s3.objects.get(`/audio-bucket/audio/${file}.mp3`)!;
      expect(object.contentType).toBe('audio/mpeg');
      expect(object.cacheControl).toMatch(/immutable/);
      expect(parseFrameHeader(new Uint8Array(object.body), 0)?.sampleRate).toBe(24000);
    }
    expect(Object.keys(clips).length).toBeGreaterThanOrEqual(expected.length);
  });

  it('a second deploy of the same narration synthesizes nothing', async () => {
    const before = polly.requests.length;
    const { engine, store } = clients();
    const again = await renderDeployment({ engine, store }, targets);
    expect(polly.requests.length).toBe(before);
    expect(again.stats.clipsRendered).toBe(0);
    expect(again.stats.tracksWritten).toBe(0);
  });

  it('the skill plans from what was published and points at files that exist', async () => {
    const library = createPublishedLibrary({
      voice: { engine: 'polly-neural', voice: 'Joanna' },
      baseUrl: 'https://coach.example/audio',
      fetchText: async (url) => s3.objects.get(`/audio-bucket/audio/${url.split('/').pop()}`)!.body.toString('utf8'),
    });
    const stream = await library.prepare(timelineOf(targets[0]!), 'slower', { withSafety: false });
    expect(stream).toBeDefined();
    for (const track of stream!.plan.tracks) {
      const url = stream!.urlOf(track);
      expect(url).toBe(`https://coach.example/audio/${track.file}.mp3`);
      const object = s3.objects.get(`/audio-bucket/audio/${track.file}.mp3`)!;
      expect(mp3DurationMs(new Uint8Array(object.body))).toBeCloseTo(track.durationMs, 3);
    }
    // A stream the deployment did not render (the easier version's sentences) is not offered.
    const missing = await library.prepare(timelineOf({ kind: 'stretch', id: 'cat-cow', preferences: DEFAULT_PREFERENCES }), 'normal', { withSafety: false });
    expect(missing).toBeUndefined();
  });

  it('the Lambda builds its library from AUDIO_BASE_URL, and without it there is none (guided mode)', async () => {
    const env = { TABLE_NAME: 'coach' };
    expect(skillDepsFor(settingsFromEnv(env)).audio).toBeUndefined();
    const base = 'http://127.0.0.1:9/audio'; // nothing listens: the index cannot be read
    const library = skillDepsFor(settingsFromEnv({ ...env, AUDIO_BASE_URL: base, AUDIO_VOICE: 'Joanna' })).audio!;
    expect(await library.prepare(timelineOf(targets[0]!), 'slower', { withSafety: false })).toBeUndefined();
  });

  it('writes the slower pace as SSML prosody, with the text escaped', () => {
    expect(pollySsml('Knees & hips <gently>.', 'slower')).toBe('<speak><prosody rate="85%">Knees &amp; hips &lt;gently&gt;.</prosody></speak>');
    expect(pollySsml('Breathe.', 'normal')).toBe('<speak>Breathe.</speak>');
  });
});
