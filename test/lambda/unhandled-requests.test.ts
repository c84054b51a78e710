/**
 * Request types no specific handler claims (APL UserEvent, System.ExceptionEncountered, skill
 * events other than SkillDisabled, SessionResumedRequest, AudioPlayer.*, PlaybackController.*,
 * anything new): an empty response, no speech where none is allowed, and no DynamoDB read.
 * Also: requests that used to throw out of invoke() (deep session attributes, absurd dates).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildSkill, type CustomSkill } from '../../lambda/skill';
import { createDynamoClient, createDynamoStore } from '../../lambda/state/index';
import { startDynalite, type RunningDynalite } from '../support/dynalite';
import { Person } from '../support/envelopes';

let db: RunningDynalite;
let client: DynamoDBClient;
let skill: CustomSkill;
const calls: string[] = [];

beforeAll(async () => {
  db = await startDynalite();
  client = createDynamoClient(db.endpoint);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      calls.push(context.commandName ?? 'unknown');
      return next(args);
    },
    { step: 'initialize', name: 'countCallsForTest' },
  );
  skill = buildSkill({ store: createDynamoStore({ tableName: db.tableName, client }), companionUrl: 'https://coach.example', log: () => {} });
});
afterAll(async () => {
  client?.destroy();
  await db?.stop();
});
beforeEach(() => {
  calls.length = 0;
});

/** A request of `type` from a real envelope, with the fields Alexa sends for it. */
function requestOf(type: string, fields: Record<string, unknown> = {}, withSession = true): RequestEnvelope {
  const person = new Person();
  const base = person.session().launch();
  const envelope = {
    ...base,
    request: { type, requestId: base.request.requestId, timestamp: base.request.timestamp, locale: 'en-US', ...fields },
  } as unknown as RequestEnvelope;
  if (!withSession) delete (envelope as { session?: unknown }).session;
  return envelope;
}

const UNCLAIMED: [string, Record<string, unknown>, boolean][] = [
  ['Alexa.Presentation.APL.UserEvent', { token: 'stretch', arguments: ['next'], source: { type: 'TouchWrapper' } }, true],
  ['System.ExceptionEncountered', { error: { type: 'INVALID_RESPONSE', message: 'bad directive' }, cause: { requestId: 'x' } }, false],
  ['AlexaSkillEvent.SkillEnabled', { eventCreationTime: new Date().toISOString() }, false],
  ['AlexaSkillEvent.SkillAccountLinked', { eventCreationTime: new Date().toISOString() }, false],
  ['AlexaSkillEvent.SkillPermissionAccepted', { body: { acceptedPermissions: [] } }, false],
  ['SessionResumedRequest', { cause: { type: 'ConnectionCompleted', status: { code: '200', message: 'OK' } } }, true],
  ['Messaging.MessageReceived', { message: {} }, false],
];

/** The player's own requests: the hands-free handlers (lambda/handsfree/) answer them, never with speech. */
const PLAYER_REQUESTS: [string, Record<string, unknown>, boolean][] = [
  ['AudioPlayer.PlaybackStarted', { token: 't', offsetInMilliseconds: 0 }, false],
  ['AudioPlayer.PlaybackNearlyFinished', { token: 't', offsetInMilliseconds: 1000 }, false],
  ['AudioPlayer.PlaybackFinished', { token: 't', offsetInMilliseconds: 2000 }, false],
  ['AudioPlayer.PlaybackStopped', { token: 't', offsetInMilliseconds: 500 }, false],
  ['AudioPlayer.PlaybackFailed', { token: 't', error: { type: 'MEDIA_ERROR_UNKNOWN', message: 'x' } }, false],
  ['PlaybackController.PlayCommandIssued', {}, false],
  ['PlaybackController.PauseCommandIssued', {}, false],
  ['PlaybackController.NextCommandIssued', {}, false],
  ['PlaybackController.PreviousCommandIssued', {}, false],
];

describe('requests no specific handler claims', () => {
  for (const [type, fields, withSession] of UNCLAIMED) {
    it(`${type}: an empty response, without speech and without a DynamoDB read`, async () => {
      const response = await skill.invoke(requestOf(type, fields, withSession));
      expect(response.version).toBe('1.0');
      expect(response.response.outputSpeech).toBeUndefined();
      expect(response.response.reprompt).toBeUndefined();
      expect(response.response.card).toBeUndefined();
      expect(calls).toEqual([]);
    });
  }
});

describe('player requests with a token that is not ours', () => {
  for (const [type, fields, withSession] of PLAYER_REQUESTS) {
    it(`${type}: answered without speech, card or reprompt`, async () => {
      const response = await skill.invoke(requestOf(type, fields, withSession));
      expect(response.version).toBe('1.0');
      expect(response.response.outputSpeech).toBeUndefined();
      expect(response.response.reprompt).toBeUndefined();
      expect(response.response.card).toBeUndefined();
    });
  }
});

describe('a handler that throws', () => {
  it('answers a conversation turn kindly, and anything else (no speech allowed) with an empty response', async () => {
    const { SkillBuilders } = await import('ask-sdk-core');
    const { KindErrorHandler } = await import('../../lambda/handlers/error');
    const throwing = SkillBuilders.custom()
      .addRequestHandlers({ canHandle: () => true, handle: () => { throw new Error('boom'); } })
      .addErrorHandlers(new KindErrorHandler(() => {}))
      .create();
    const launch = await throwing.invoke(new Person().session().launch());
    expect(launch.response.outputSpeech).toBeDefined();
    for (const [type, fields, withSession] of [...UNCLAIMED, ...PLAYER_REQUESTS]) {
      const response = await throwing.invoke(requestOf(type, fields, withSession));
      expect(response.response.outputSpeech, type).toBeUndefined();
    }
  });
});

describe('requests that used to throw out of invoke()', () => {
  it('session attributes nested thousands deep are dropped, and the turn is answered', async () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 20_000; i++) {
      const child: Record<string, unknown> = {};
      deep.x = child;
      deep = child;
    }
    const person = new Person();
    const session = person.session();
    session.remember(await skill.invoke(session.launch()));
    session.attributes = { ...session.attributes, junk: root };
    const response = await skill.invoke(session.intent('AMAZON.HelpIntent'));
    const ssml = response.response.outputSpeech?.type === 'SSML' ? response.response.outputSpeech.ssml : '';
    expect(ssml).toContain('ask how to do a stretch');
    expect(ssml).not.toContain('Sorry, something went wrong');
    expect(await check(ssml, { platform: 'amazon' })).toBeFalsy();
  });

  it('a LaunchRequest dated in the year -271821 (or 275760) is answered as if sent now', async () => {
    for (const timestamp of ['-271821-04-20T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', 'not a date', '']) {
      const person = new Person();
      const launch = person.session().launch();
      (launch.request as { timestamp: string }).timestamp = timestamp;
      const response = await skill.invoke(launch);
      const ssml = response.response.outputSpeech?.type === 'SSML' ? response.response.outputSpeech.ssml : '';
      expect(ssml).toContain('Welcome to Back Stretch Coach.');
    }
  });
});
