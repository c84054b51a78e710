/**
 * A whole hands-free routine through the real skill (buildSkill) with real AudioPlayer
 * envelopes, the embedded DynamoDB and real espeak-ng audio: start, nearly finished
 * (ENQUEUE), pause at an offset, stopped, resume in a new session the next day (to the
 * second, or back to the start of the cut sentence), next, previous, loop, the buttons,
 * finished (history and streak), failed (explained at the next launch with the guided
 * mode offered), a device without AudioPlayer, and hands-free as the default mode.
 */
import { join } from 'node:path';
import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEspeakEngine } from '../../audio/espeak-engine';
import { createFileStore } from '../../audio/file-store';
import { createRenderingLibrary } from '../../audio/rendering-library';
import { createDynamoStore, type UserStateStore } from '../../lambda/state/index';
import { buildSkill, type CustomSkill } from '../../lambda/skill';
import type { PreparedStream } from '../../skill/audio/library';
import { resumeOffsetMs } from '../../skill/audio/position';
import { DEFAULT_PREFERENCES } from '../../skill/catalog/types';
import { SAFETY } from '../../skill/catalog/safety';
import { compileRoutine } from '../../skill/narration/index';
import { HANDS_FREE_EXPLAINED, HURT_QUESTION, NO_AUDIO_PLAYER, NO_LOOP, NOT_HURT, STREAM_FAILED_OFFER, STREAM_STOPPED } from '../../skill/text/en/audio';
import { startDynalite, type RunningDynalite } from '../support/dynalite';
import { Person } from '../support/envelopes';
import { words } from './conversation.harness';

const CACHE = join(import.meta.dirname, '..', '..', 'test-results', 'audio-cache');
const AUDIO_BASE = 'https://coach.example/audio';

let db: RunningDynalite;
let store: UserStateStore;
let skill: CustomSkill;
let stream: PreparedStream;
const audioStore = createFileStore(CACHE);
const library = createRenderingLibrary({ engine: createEspeakEngine(), store: audioStore, baseUrl: AUDIO_BASE });

beforeAll(async () => {
  db = await startDynalite();
  store = createDynamoStore({ tableName: db.tableName, endpoint: db.endpoint });
  skill = buildSkill({ store, companionUrl: 'https://coach.example', audio: library, log: () => undefined });
  const timeline = compileRoutine('desk-break', { preferences: DEFAULT_PREFERENCES, excluded: [] });
  stream = (await library.prepare(timeline, 'normal', { withSafety: true }))!;
});

afterAll(async () => {
  await db?.stop();
});

const send = (envelope: RequestEnvelope): Promise<ResponseEnvelope> => skill.invoke(envelope);

function directives(response: ResponseEnvelope): interfaces.audioplayer.PlayDirective[] {
  return (response.response.directives ?? []) as interfaces.audioplayer.PlayDirective[];
}

function onlyDirectives(response: ResponseEnvelope): void {
  expect(response.response.outputSpeech).toBeUndefined();
  expect(response.response.card).toBeUndefined();
  expect(response.response.reprompt).toBeUndefined();
  expect(response.response.shouldEndSession).toBeUndefined();
}

function played(response: ResponseEnvelope): interfaces.audioplayer.Stream {
  const play = directives(response).find((d) => d.type === 'AudioPlayer.Play');
  expect(play).toBeDefined();
  return play!.audioItem!.stream!;
}

const DESK_BREAK = { routine: { value: 'desk break', id: 'desk-break' } };

describe('a hands-free desk break, start to finish', () => {
  const person = new Person({ audioPlayer: true });
  let token0 = '';
  let playId = '';

  it('"play my desk break routine" explains the mode once, then plays the first track from its start', async () => {
    const response = await send(person.session().intent('HandsFreeIntent', DESK_BREAK));
    expect(words(response.response.outputSpeech && 'ssml' in response.response.outputSpeech ? response.response.outputSpeech.ssml : '')).toBe(
      HANDS_FREE_EXPLAINED,
    );
    expect(response.response.shouldEndSession).toBe(true);
    const first = directives(response)[0]!;
    expect(first.playBehavior).toBe('REPLACE_ALL');
    expect(first.audioItem!.stream!.offsetInMilliseconds).toBe(0);
    expect(first.audioItem!.stream!.url).toBe(`${AUDIO_BASE}/${stream.plan.tracks[0]!.file}.mp3`);
    token0 = first.audioItem!.stream!.token;
    playId = token0.split('.')[1]!;
    expect(token0).toBe(`hf1.${playId}.0`);
    // The stream opens with the safety line and how to stop.
    const opening = stream.plan.tracks[0]!.parts.flatMap((p) => (p.kind === 'clip' ? [p.text] : [])).join(' ');
    expect(opening).toContain(SAFETY.shortSpokenLine.split('. ')[0]!);
    expect(opening).toContain('Alexa, stop');
    expect(await audioStore.has(`${stream.plan.tracks[0]!.file}.mp3`)).toBe(true);
    const saved = (await store.load(person.userId)).state;
    expect(saved.playback?.current).toMatchObject({ kind: 'routine', id: 'desk-break', trackIndex: 0, offsetMs: 0, status: 'playing' });
    expect(saved.playback?.explained).toBe(true);
  });

  it('answers PlaybackStarted with nothing, and queues the next track when nearly finished', async () => {
    person.player = { token: token0, offsetInMilliseconds: 0, playerActivity: 'PLAYING' };
    const started = await send(person.audioRequest('AudioPlayer.PlaybackStarted'));
    onlyDirectives(started);
    expect(directives(started)).toEqual([]);

    person.player.offsetInMilliseconds = stream.plan.tracks[0]!.durationMs - 2000;
    const nearly = await send(person.audioRequest('AudioPlayer.PlaybackNearlyFinished'));
    onlyDirectives(nearly);
    const next = directives(nearly)[0]!;
    expect(next.playBehavior).toBe('ENQUEUE');
    expect(next.audioItem!.stream).toMatchObject({ token: `hf1.${playId}.1`, expectedPreviousToken: token0, offsetInMilliseconds: 0 });
    expect(next.audioItem!.stream!.url).toBe(`${AUDIO_BASE}/${stream.plan.tracks[1]!.file}.mp3`);

    onlyDirectives(await send(person.audioRequest('AudioPlayer.PlaybackFinished')));
    person.player = { token: `hf1.${playId}.1`, offsetInMilliseconds: 0, playerActivity: 'PLAYING' };
    onlyDirectives(await send(person.audioRequest('AudioPlayer.PlaybackStarted')));
    expect(((await store.load(person.userId)).state).playback?.current).toMatchObject({ trackIndex: 1, status: 'playing' });
  });

  it('"Alexa, pause" in the middle of a hold stops at once and keeps the exact offset', async () => {
    const hold = stream.plan.tracks[1]!.holds[0]!;
    const inHold = Math.round(hold.startMs + 2100);
    person.player = { token: `hf1.${playId}.1`, offsetInMilliseconds: inHold, playerActivity: 'PLAYING' };
    const paused = await send(person.session().intent('AMAZON.PauseIntent'));
    expect(paused.response.outputSpeech).toBeUndefined();
    expect(directives(paused).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);

    person.player = { token: `hf1.${playId}.1`, offsetInMilliseconds: inHold + 40, playerActivity: 'STOPPED' };
    onlyDirectives(await send(person.audioRequest('AudioPlayer.PlaybackStopped')));
    expect(((await store.load(person.userId)).state).playback?.current).toMatchObject({ trackIndex: 1, offsetMs: inHold + 40, status: 'paused' });
  });

  it('"Alexa, resume" the next day, in a new session, carries on from the same second of the hold', async () => {
    person.laterBy(1);
    const resumed = await send(person.session().intent('AMAZON.ResumeIntent'));
    const at = played(resumed);
    expect(directives(resumed)[0]!.playBehavior).toBe('REPLACE_ALL');
    expect(at.token).toBe(`hf1.${playId}.1`);
    expect(at.offsetInMilliseconds).toBe(person.player!.offsetInMilliseconds);
    expect(resumed.response.outputSpeech).toBeUndefined();
  });

  it('a pause in the middle of a sentence resumes from the start of that sentence', async () => {
    const sentence = stream.plan.tracks[1]!.parts.find((p) => p.kind === 'clip' && p.durationMs > 1000)!;
    person.player = { token: `hf1.${playId}.1`, offsetInMilliseconds: sentence.startMs + 700, playerActivity: 'STOPPED' };
    onlyDirectives(await send(person.audioRequest('AudioPlayer.PlaybackStopped')));
    person.player = undefined; // a new device session: the player forgot, the skill did not
    const resumed = await send(person.session().intent('AMAZON.ResumeIntent'));
    expect(played(resumed)).toMatchObject({ token: `hf1.${playId}.1`, offsetInMilliseconds: sentence.startMs });
  });

  it('"next" and "previous" move by stretch or side; loop and shuffle get a plain answer', async () => {
    person.player = { token: `hf1.${playId}.1`, offsetInMilliseconds: 3000, playerActivity: 'PLAYING' };
    const next = await send(person.session().intent('AMAZON.NextIntent'));
    expect(played(next)).toMatchObject({ token: `hf1.${playId}.2`, offsetInMilliseconds: 0 });
    expect(stream.plan.tracks[2]!.segmentId).not.toBe(stream.plan.tracks[1]!.segmentId);

    person.player = { token: `hf1.${playId}.2`, offsetInMilliseconds: 1000, playerActivity: 'PLAYING' };
    const back = await send(person.session().intent('AMAZON.PreviousIntent'));
    expect(played(back)).toMatchObject({ token: `hf1.${playId}.1`, offsetInMilliseconds: 0 });

    person.player = { token: `hf1.${playId}.2`, offsetInMilliseconds: 20_000, playerActivity: 'PLAYING' };
    const restart = await send(person.session().intent('AMAZON.PreviousIntent'));
    expect(played(restart)).toMatchObject({ token: `hf1.${playId}.2`, offsetInMilliseconds: 0 });

    const loop = await send(person.session().intent('AMAZON.LoopOnIntent'));
    expect(words((loop.response.outputSpeech as { ssml: string }).ssml)).toBe(NO_LOOP);
    expect(directives(loop)).toEqual([]);

    const button = await send(person.audioRequest('PlaybackController.NextCommandIssued'));
    onlyDirectives(button);
    expect(played(button)).toMatchObject({ token: `hf1.${playId}.3`, offsetInMilliseconds: 0 });
  });

  it('an event about an older stream changes nothing', async () => {
    const before = (await store.load(person.userId)).state;
    const stale = { ...person.player!, token: 'hf1.someoldplay.1' };
    const saved = person.player;
    person.player = stale;
    const response = await send(person.audioRequest('AudioPlayer.PlaybackNearlyFinished'));
    onlyDirectives(response);
    expect(directives(response)).toEqual([]);
    person.player = saved;
    expect(((await store.load(person.userId)).state).playback).toEqual(before.playback);
  });

  it('finishing the last track counts as a completed routine (history and streak)', async () => {
    const last = stream.plan.tracks.length - 1;
    for (let index = 3; index <= last; index += 1) {
      person.player = { token: `hf1.${playId}.${index}`, offsetInMilliseconds: stream.plan.tracks[index]!.durationMs, playerActivity: 'FINISHED' };
      const nearly = await send(person.audioRequest('AudioPlayer.PlaybackNearlyFinished'));
      expect(directives(nearly).length).toBe(index < last ? 1 : 0);
      onlyDirectives(await send(person.audioRequest('AudioPlayer.PlaybackFinished')));
    }
    const saved = (await store.load(person.userId)).state;
    expect(saved.completedSessions).toBe(1);
    expect(saved.streakDays).toBe(1);
    expect(saved.history[0]).toMatchObject({ kind: 'routine', id: 'desk-break', completed: true });
    expect(saved.playback?.current?.status).toBe('finished');
    // A finished stream is not resumed by "resume".
    person.player = undefined;
    const resume = await send(person.session().intent('AMAZON.ResumeIntent'));
    expect(directives(resume).filter((d) => d.type === 'AudioPlayer.Play')).toEqual([]);
  });
});

describe('when the stream fails, and on devices without AudioPlayer', () => {
  it('a failed stream is explained at the next launch, with the guided mode one word away', async () => {
    const person = new Person({ audioPlayer: true });
    const start = await send(person.session().intent('HandsFreeIntent', DESK_BREAK));
    const token = played(start).token;
    person.player = { token, offsetInMilliseconds: 1200, playerActivity: 'STOPPED' };
    const failed = await send(
      person.audioRequest('AudioPlayer.PlaybackFailed', {
        error: { type: 'MEDIA_ERROR_SERVICE_UNAVAILABLE', message: 'unreachable' },
        currentPlaybackState: { token, offsetInMilliseconds: 1200, playerActivity: 'STOPPED' },
      }),
    );
    onlyDirectives(failed);
    expect(((await store.load(person.userId)).state).playback?.failureNotice).toMatchObject({ kind: 'routine', id: 'desk-break' });

    person.player = undefined;
    const conversation = person.session();
    const launch = conversation.remember(await send(conversation.launch()));
    const said = words((launch.response.outputSpeech as { ssml: string }).ssml);
    expect(said).toMatch(/error/);
    expect(said.endsWith(STREAM_FAILED_OFFER)).toBe(true);
    expect(launch.response.reprompt).toBeDefined();
    expect(launch.response.shouldEndSession).toBe(false);
    const yes = await send(conversation.intent('AMAZON.YesIntent'));
    const guided = words((yes.response.outputSpeech as { ssml: string }).ssml);
    expect(guided).toMatch(/standing back extension/i);
    expect(((await store.load(person.userId)).state).playback?.failureNotice).toBeUndefined();
  });

  it('a device without AudioPlayer gets the guided routine, and hears why', async () => {
    const person = new Person();
    const response = await send(person.session().intent('HandsFreeIntent', DESK_BREAK));
    const said = words((response.response.outputSpeech as { ssml: string }).ssml);
    expect(said.startsWith(NO_AUDIO_PLAYER)).toBe(true);
    expect(directives(response).filter((d) => d.type === 'AudioPlayer.Play')).toEqual([]);
    expect(response.response.reprompt).toBeDefined();
  });

  it('"always play straight through" makes "start my back routine" a stream; "always guide me" undoes it', async () => {
    const person = new Person({ audioPlayer: true });
    const conversation = person.session();
    const set = conversation.remember(await send(conversation.intent('AlwaysHandsFreeIntent')));
    expect(set.response.shouldEndSession).toBe(false);
    expect(((await store.load(person.userId)).state).playback?.defaultMode).toBe('handsfree');
    const start = await send(person.session().intent('StartRoutineIntent', DESK_BREAK));
    expect(played(start).token).toMatch(/^hf1\./);

    // The guided launch offer ("start your daily routine?") now starts the stream too.
    const launchSession = person.session();
    const launch = launchSession.remember(await send(launchSession.launch()));
    expect(launch.sessionAttributes?.pending).toBe('startRoutine');
    const yes = await send(launchSession.intent('AMAZON.YesIntent'));
    expect(played(yes)).toMatchObject({ offsetInMilliseconds: 0 });

    await send(person.session().intent('AlwaysGuidedIntent'));
    person.player = undefined;
    const guided = await send(person.session().intent('StartRoutineIntent', DESK_BREAK));
    expect(directives(guided).filter((d) => d.type === 'AudioPlayer.Play')).toEqual([]);
    expect(guided.response.reprompt).toBeDefined();
  });
});

describe('the other player words and buttons', () => {
  it('start over, repeat, stop while playing, the play and pause buttons, and a device error', async () => {
    const person = new Person({ audioPlayer: true });
    const start = await send(person.session().intent('HandsFreeIntent', DESK_BREAK));
    const playId = played(start).token.split('.')[1]!;
    const track = stream.plan.tracks[2]!;
    const sentence = track.parts.find((p) => p.kind === 'clip' && p.startMs > 5000)!;

    person.player = { token: `hf1.${playId}.2`, offsetInMilliseconds: sentence.startMs + 300, playerActivity: 'PLAYING' };
    const over = await send(person.session().intent('AMAZON.StartOverIntent'));
    expect(played(over)).toMatchObject({ token: `hf1.${playId}.1`, offsetInMilliseconds: 0 });

    person.player = { token: `hf1.${playId}.2`, offsetInMilliseconds: sentence.startMs + sentence.durationMs + 200, playerActivity: 'PLAYING' };
    const repeat = await send(person.session().intent('AMAZON.RepeatIntent'));
    expect(played(repeat)).toMatchObject({ token: `hf1.${playId}.2`, offsetInMilliseconds: sentence.startMs });

    // "Stop" stops at once and asks the guided mode's safety question; "yes" is its triage.
    const stopping = person.session();
    const stop = stopping.remember(await send(stopping.intent('AMAZON.StopIntent')));
    expect(directives(stop).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);
    expect(words((stop.response.outputSpeech as { ssml: string }).ssml)).toBe(`${STREAM_STOPPED} ${HURT_QUESTION}`);
    expect(stop.response.shouldEndSession).toBe(false);
    expect(stop.response.reprompt).toBeDefined();
    expect(((await store.load(person.userId)).state).playback?.current).toMatchObject({ trackIndex: 2, status: 'paused' });
    const hurt = await send(stopping.intent('AMAZON.YesIntent'));
    expect(words((hurt.response.outputSpeech as { ssml: string }).ssml)).toMatch(/stop this stretch/i);
    const again = person.session();
    again.remember(await send(again.intent('AMAZON.StopIntent')));
    const fine = await send(again.intent('AMAZON.NoIntent'));
    expect(words((fine.response.outputSpeech as { ssml: string }).ssml)).toBe(NOT_HURT);

    person.player = { token: `hf1.${playId}.2`, offsetInMilliseconds: 4000, playerActivity: 'STOPPED' };
    const play = await send(person.audioRequest('PlaybackController.PlayCommandIssued'));
    onlyDirectives(play);
    expect(played(play)).toMatchObject({ token: `hf1.${playId}.2`, offsetInMilliseconds: resumeOffsetMs(track, 4000) });

    person.player = { token: `hf1.${playId}.2`, offsetInMilliseconds: 4500, playerActivity: 'PLAYING' };
    const pause = await send(person.audioRequest('PlaybackController.PauseCommandIssued'));
    onlyDirectives(pause);
    expect(directives(pause).map((d) => d.type)).toEqual(['AudioPlayer.Stop']);

    const error = await send(person.audioRequest('System.ExceptionEncountered', { error: { type: 'INVALID_RESPONSE', message: 'x' }, cause: { requestId: 'r' } }));
    onlyDirectives(error);
    expect(directives(error)).toEqual([]);

    // With the stream stopped, "stop" in a new session is the guided goodbye, not a directive.
    person.player = { token: `hf1.${playId}.2`, offsetInMilliseconds: 4500, playerActivity: 'STOPPED' };
    const goodbye = await send(person.session().intent('AMAZON.StopIntent'));
    expect(directives(goodbye).filter((d) => d.type.startsWith('AudioPlayer.'))).toEqual([]);
    expect(goodbye.response.outputSpeech).toBeDefined();
  });
});
