import { getIntentName, getRequestType, getSlot, getSlotValue, getSupportedInterfaces, getUserId } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, SessionEndedRequest } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import {
  authorityFor,
  intentRequestEnvelope,
  launchRequestEnvelope,
  LOCAL_SKILL_ID,
  LOCAL_USER_ID,
  newSession,
  sessionEndedRequestEnvelope,
  slotNamesOf,
  type EnvelopeSettings,
} from '../../local/simulator/envelopes';
import { matchUtterance } from '../../local/alexa-matching/match-utterance';
import { COMMITTED_MODEL } from '../support/committed-model';

const model = COMMITTED_MODEL;

function settings(apl = false): EnvelopeSettings {
  return { skillId: LOCAL_SKILL_ID, userId: LOCAL_USER_ID, locale: 'en-US', device: { apl }, session: newSession() };
}

function stretchEnvelope(phrase: string): RequestEnvelope {
  const match = matchUtterance(model, phrase);
  if (match?.request !== 'IntentRequest') throw new Error(`not an intent: ${phrase}`);
  return intentRequestEnvelope(settings(), { name: match.intent, slotNames: slotNamesOf(model, match.intent), slots: match.slots, dialogState: 'STARTED' });
}

describe('request envelopes', () => {
  it('carry what Alexa sends on a launch: version, a new session, the system context', () => {
    const envelope: RequestEnvelope = launchRequestEnvelope(settings());
    expect(envelope.version).toBe('1.0');
    expect(envelope.session).toMatchObject({ new: true, application: { applicationId: LOCAL_SKILL_ID }, user: { userId: LOCAL_USER_ID } });
    expect(envelope.session?.sessionId).toMatch(/^amzn1\.echo-api\.session\./);
    expect(envelope.session?.attributes).toBeUndefined();
    expect(envelope.context.System).toMatchObject({
      application: { applicationId: LOCAL_SKILL_ID },
      user: { userId: LOCAL_USER_ID },
      apiEndpoint: 'https://api.amazonalexa.com',
      device: { supportedInterfaces: {} },
    });
    expect(envelope.request).toMatchObject({ type: 'LaunchRequest', locale: 'en-US' });
    expect(envelope.request.requestId).toMatch(/^amzn1\.echo-api\.request\./);
    expect(envelope.request.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(getRequestType(envelope)).toBe('LaunchRequest');
    expect(getUserId(envelope)).toBe(LOCAL_USER_ID);
  });

  it('send the session attributes back once the session is under way', () => {
    const envelope = launchRequestEnvelope({ ...settings(), session: { sessionId: 's', isNew: false, attributes: { step: 2 } } });
    expect(envelope.session).toMatchObject({ new: false, sessionId: 's', attributes: { step: 2 } });
  });

  it('declare APL and a viewport on an Echo Show only', () => {
    const show = launchRequestEnvelope(settings(true));
    expect(getSupportedInterfaces(show)['Alexa.Presentation.APL']).toBeDefined();
    expect(show.context.Viewport?.pixelWidth).toBeGreaterThan(0);
    expect(getSupportedInterfaces(launchRequestEnvelope(settings(false)))['Alexa.Presentation.APL']).toBeUndefined();
  });

  it('fill a resolved slot with the spoken value and an ER_SUCCESS_MATCH for its id', () => {
    const envelope = stretchEnvelope('how do I do the figure four');
    expect(getIntentName(envelope)).toBe('StretchIntent');
    expect(getSlotValue(envelope, 'stretch')).toBe('figure four');
    const request = envelope.request as IntentRequest;
    expect(request.dialogState).toBe('STARTED');
    expect(request.intent.confirmationStatus).toBe('NONE');
    expect(getSlot(envelope, 'stretch')).toMatchObject({
      name: 'stretch',
      confirmationStatus: 'NONE',
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority: authorityFor(LOCAL_SKILL_ID, 'STRETCH'),
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [{ value: { id: 'piriformis-stretch', name: 'piriformis stretch' } }],
          },
        ],
      },
      slotValue: { type: 'Simple', value: 'figure four' },
    });
  });

  it('report an unknown value as ER_SUCCESS_NO_MATCH, and send empty slots with no value', () => {
    const unknown = stretchEnvelope('how do I do the splits');
    expect(getSlot(unknown, 'stretch')?.resolutions?.resolutionsPerAuthority?.[0]).toMatchObject({
      status: { code: 'ER_SUCCESS_NO_MATCH' },
      values: [],
    });
    const empty = stretchEnvelope('teach me a stretch');
    expect(getSlot(empty, 'stretch')).toEqual({ name: 'stretch', confirmationStatus: 'NONE' });
  });

  it('leave dialogState out for intents without a dialog model, as Alexa does', () => {
    const envelope = intentRequestEnvelope(settings(), { name: 'AMAZON.NextIntent', slotNames: [], slots: {} });
    expect('dialogState' in envelope.request).toBe(false);
    expect((envelope.request as IntentRequest).intent).toEqual({ name: 'AMAZON.NextIntent', confirmationStatus: 'NONE' });
  });

  it('end a session with the reason Alexa gives', () => {
    const envelope = sessionEndedRequestEnvelope(settings(), 'EXCEEDED_MAX_REPROMPTS');
    const request = envelope.request as SessionEndedRequest;
    expect(request).toMatchObject({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
  });
});
