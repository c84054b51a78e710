/**
 * The cloud path without the cloud: the Polly engine (the real @aws-sdk/client-polly, signed
 * requests) against a stand-in of Polly's SynthesizeSpeech HTTP API that answers with real
 * espeak-ng audio, the S3 store (the real @aws-sdk/client-s3) against an S3 stand-in, the
 * deploy-time rendering over them, and the skill's published library reading the result: a
 * routine with a stretch left out and an easier version start real streams through the skill,
 * their tracks joined from the published clips by the companion app's /audio/joined/ route.
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
import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import { Hono } from 'hono';
import { buildSkill } from '../../lambda/skill';
import { prepareStream } from '../../lambda/handsfree/stream';
import { createDynamoStore, type UserStateStore } from '../../lambda/state/index';
import type { AudioLibrary } from '../../skill/audio/library';
import { DEFAULT_PREFERENCES, type Preferences } from '../../skill/catalog/types';
import type { UserState } from '../../skill/conversation/types';
import { createCompanionApp } from '../../web/companion-lambda-app';
import { createJoinedTrackRoutes } from '../../web/routes/joined-tracks';
import type { StreamPlanJson } from '../../web/routes/stream-api';
import { startDynalite, type RunningDynalite } from '../support/dynalite';
import { Person } from '../support/envelopes';
import { compileRoutine } from '../../skill/narration/index';
import { startPollyStandIn, startS3StandIn, type RunningStandIn, type SynthesizeRequest } from '../support/aws-stand-ins';
import { textsFor } from '../../skill/text/locale';

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

// One short stretch and the shortest routine (which has it) at the slower pace keep the suite
// quick (every clip is real espeak-ng audio).
const SLOWER: Preferences = { ...DEFAULT_PREFERENCES, pace: 'slower' };
const targets: DeployTarget[] = [
  { kind: 'stretch', id: 'standing-back-extension', preferences: SLOWER },
  { kind: 'routine', id: 'desk-break', preferences: SLOWER },
];

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
    // A stream whose sentences the deployment did not render (a stretch it did not cover) is not offered.
    const missing = await library.prepare(timelineOf({ kind: 'stretch', id: 'cat-cow', preferences: DEFAULT_PREFERENCES }), 'normal', { withSafety: false });
    expect(missing).toBeUndefined();
  });

  describe('streams nobody rendered ahead, joined from the published clips', () => {
    let db: RunningDynalite;
    let users: UserStateStore;
    let library: AudioLibrary;
    const site = new Hono();
    beforeAll(async () => {
      db = await startDynalite();
      users = createDynamoStore({ tableName: db.tableName, endpoint: db.endpoint });
      library = createPublishedLibrary({
        voice: { engine: 'polly-neural', voice: 'Joanna' },
        baseUrl: 'https://coach.example/audio',
        fetchText: async (url) => s3.objects.get(`/audio-bucket/audio/${url.split('/').pop()}`)!.body.toString('utf8'),
      });
      // The companion app's route, reading the clips from the bucket as the web Lambda does.
      site.route('/audio/joined', createJoinedTrackRoutes(clients().store));
    });
    afterAll(async () => {
      await db?.stop();
    });

    async function seed(person: Person, change: (state: UserState) => UserState): Promise<void> {
      const loaded = await users.load(person.userId);
      expect(await users.save(person.userId, change(loaded.state), loaded.stored, { writeId: 'seed' })).not.toBe('conflict');
    }

    /** Plays `envelope` through the skill; resolves with the Play directive and the stream behind it. */
    async function play(envelope: RequestEnvelope, person: Person) {
      const skill = buildSkill({ store: users, companionUrl: 'https://coach.example', audio: library, log: () => undefined });
      const response = await skill.invoke(envelope);
      const directive = (response.response.directives ?? []).find((d) => d.type === 'AudioPlayer.Play') as interfaces.audioplayer.PlayDirective | undefined;
      expect(directive, JSON.stringify(response.response.outputSpeech)).toBeDefined();
      const { state } = await users.load(person.userId);
      const stream = (await prepareStream(state, state.playback!.current!, { audio: library }, textsFor(envelope.request.locale)))!;
      expect(directive!.audioItem!.stream!.url).toBe(stream.urlOf(stream.plan.tracks[0]!));
      return { directive: directive!, stream, state };
    }

    /** Every track's URL answers with an MP3 exactly as long as its plan: the bucket's file, or joined on request. */
    async function expectPlayable(stream: NonNullable<Awaited<ReturnType<AudioLibrary['prepare']>>>): Promise<number> {
      let joined = 0;
      for (const track of stream.plan.tracks) {
        const url = new URL(stream.urlOf(track));
        let bytes: Uint8Array;
        if (url.pathname.startsWith('/audio/joined/')) {
          joined += 1;
          const response = await site.request(url.pathname);
          expect(response.status).toBe(200);
          expect(response.headers.get('Content-Type')).toBe('audio/mpeg');
          expect(response.headers.get('Cache-Control')).toMatch(/immutable/);
          bytes = new Uint8Array(await response.arrayBuffer());
        } else {
          bytes = new Uint8Array(s3.objects.get(`/audio-bucket${url.pathname}`)!.body);
        }
        expect(mp3DurationMs(bytes)).toBeCloseTo(track.durationMs, 3);
      }
      return joined;
    }

    it('a desk break with the side stretch left out plays straight through, not guided', async () => {
      const person = new Person({ audioPlayer: true });
      await seed(person, (state) => ({ ...state, preferences: SLOWER, excludedStretches: ['side-stretch'] }));
      const { stream, state } = await play(person.session().intent('HandsFreeIntent', { routine: { value: 'desk break', id: 'desk-break' } }), person);
      expect(state.playback!.current!.excluded).toEqual(['side-stretch']);
      expect(stream.plan.tracks.some((t) => t.stretchId === 'side-stretch')).toBe(false);
      expect(stream.plan.tracks.some((t) => t.stretchId === 'seated-spinal-twist')).toBe(true);
      // The tracks whose words changed ("And finally" moved) were never rendered as files.
      expect(await expectPlayable(stream)).toBeGreaterThan(0);
    });

    it('the easier version chosen in the guided session plays straight through, not guided', async () => {
      const person = new Person({ audioPlayer: true });
      await seed(person, (state) => ({
        ...state,
        preferences: SLOWER,
        active: { kind: 'stretch', id: 'standing-back-extension', segmentIndex: 0, variant: 'easier', paused: true, startedAt: person.now.toISOString() },
      }));
      const { stream, state } = await play(
        person.session().intent('HandsFreeIntent', { stretch: { value: 'standing back extension', id: 'standing-back-extension' } }),
        person,
      );
      expect(state.playback!.current!.variant).toBe('easier');
      const said = stream.plan.tracks.flatMap((t) => t.parts.flatMap((p) => (p.kind === 'clip' ? [p.text] : []))).join(' ');
      expect(said).toContain('Lean back only a little.');
      expect(await expectPlayable(stream)).toBeGreaterThan(0);
    });

    it('the web Lambda lists the browser its stream (/api/stream, as the local server does) and joins its tracks', async () => {
      const companion = createCompanionApp({ store: clients().store, voice: 'Joanna' });
      const response = await companion.request('/api/stream/routine/desk-break?pace=slower');
      expect(response.status).toBe(200);
      const plan = (await response.json()) as StreamPlanJson;
      expect(plan.tracks.length).toBeGreaterThan(2);
      // The default stream was joined ahead: the bucket's files, on the page's own origin.
      for (const track of plan.tracks) expect(s3.objects.has(`/audio-bucket${track.url}`)).toBe(true);
      // One that was not is joined by the same Lambda, byte ranges and all (players seek by range).
      const other = await library.prepare(compileRoutine('desk-break', { preferences: SLOWER, excluded: ['side-stretch'] }), 'slower', { withSafety: false });
      const url = new URL(other!.plan.tracks.map((t) => other!.urlOf(t)).find((u) => u.includes('/audio/joined/'))!);
      const joined = await companion.request(url.pathname, { headers: { Range: 'bytes=0-999' } });
      expect(joined.status).toBe(206);
      expect(joined.headers.get('Content-Range')).toMatch(/^bytes 0-999\/\d+$/);
      expect((await joined.arrayBuffer()).byteLength).toBe(1000);
      // Without the bucket there is no stream ("nothing here", no error): the page speaks with the browser's voice.
      expect((await createCompanionApp().request('/api/stream/routine/desk-break')).status).toBe(204);
    });

    it('a recipe that is not one, or names a clip nobody rendered, is not found', async () => {
      expect((await site.request('/audio/joined/not-a-recipe.mp3')).status).toBe(404);
      expect((await site.request('/audio/joined/0123456789abcdef.s10.mp3')).status).toBe(404);
    });
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
