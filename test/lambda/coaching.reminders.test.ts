/**
 * The daily reminder against a local stand-in for Alexa's Reminders API (loopback HTTP server
 * that checks the bearer token and keeps reminders in memory): consent granted, missing (voice
 * consent with AskFor, answered yes, no or later), API errors; listing and stopping. And the
 * Alexa Routine offer: the StartConnection directive and the SessionResumedRequest outcomes.
 * Also the check-in chart on an Echo Show.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REMINDERS_SCOPE } from '../../lambda/reminders/client';
import { ROUTINE_TRIGGER_UTTERANCES } from '../../skill/text/en/routine-offer';
import { send, startHarness, stored, words, type Harness } from './conversation.harness';
import { Person, TEST_SKILL_ID } from '../support/envelopes';

let h: Harness;
let api: Server;
let apiEndpoint = '';
const TOKEN = 'local-simulator-access-token';

interface StandIn {
  reminders: Map<string, Record<string, unknown>>;
  /** Status to answer every request with instead (API errors). */
  failWith?: number;
  requests: { method: string; path: string; body?: unknown }[];
}
const standIn: StandIn = { reminders: new Map(), requests: [] };

async function bodyOf(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
}

beforeAll(async () => {
  h = await startHarness();
  let next = 1;
  api = createServer(async (request, response) => {
    const text = await bodyOf(request);
    const path = request.url ?? '';
    standIn.requests.push({ method: request.method ?? '', path, body: text ? JSON.parse(text) : undefined });
    const reply = (status: number, body?: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (request.headers.authorization !== `Bearer ${TOKEN}`) return reply(401, { code: 'UNAUTHORIZED' });
    if (standIn.failWith) return reply(standIn.failWith, { code: 'INTERNAL_ERROR' });
    if (request.method === 'POST' && path === '/v1/alerts/reminders') {
      const alertToken = `token-${next++}`;
      standIn.reminders.set(alertToken, { alertToken, status: 'ON', ...(JSON.parse(text) as object) });
      return reply(201, { alertToken, status: 'ON', version: '1' });
    }
    if (request.method === 'GET' && path === '/v1/alerts/reminders') {
      return reply(200, { totalCount: String(standIn.reminders.size), alerts: [...standIn.reminders.values()] });
    }
    const match = /^\/v1\/alerts\/reminders\/(.+)$/.exec(path);
    if (request.method === 'DELETE' && match) {
      return standIn.reminders.delete(decodeURIComponent(match[1] ?? '')) ? reply(200) : reply(404, { code: 'NOT_FOUND' });
    }
    return reply(404, { code: 'NOT_FOUND' });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiEndpoint = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});

afterAll(async () => {
  api.closeAllConnections();
  await new Promise<void>((resolve) => api.close(() => resolve()));
  await h.db.stop();
});

beforeEach(() => {
  standIn.reminders.clear();
  standIn.requests = [];
  delete standIn.failWith;
});

/** Points the request at the stand-in API, with or without the reminders permission granted. */
function viaStandIn(envelope: RequestEnvelope, granted: boolean): RequestEnvelope {
  const system = envelope.context.System;
  system.apiEndpoint = apiEndpoint;
  system.apiAccessToken = TOKEN;
  if (granted) (system.user as { permissions?: unknown }).permissions = { scopes: { [REMINDERS_SCOPE]: { status: 'GRANTED' } } };
  return envelope;
}

function consentResponse(person: Person, status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED', token: string): RequestEnvelope {
  const base = person.session().launch();
  return viaStandIn(
    {
      ...base,
      request: {
        type: 'Connections.Response',
        requestId: base.request.requestId,
        timestamp: base.request.timestamp,
        locale: 'en-US',
        name: 'AskFor',
        status: { code: '200', message: 'OK' },
        token,
        payload: { permissionScopes: [{ permissionScope: REMINDERS_SCOPE, consentLevel: 'ACCOUNT' }], status },
      } as unknown as RequestEnvelope['request'],
    },
    status === 'ACCEPTED',
  );
}

describe('the daily reminder', () => {
  it('with permission: creates a recurring daily reminder at the time asked for, lists it and stops it', async () => {
    const person = new Person();
    const session = person.session();
    const set = await send(h, session, viaStandIn(session.intent('SetReminderIntent', { time: { value: '08:00' } }), true));
    expect(set.said).toContain("Done. I'll remind you to stretch every day at 8 in the morning.");
    expect(set.ended).toBe(false);
    const post = standIn.requests.find((r) => r.method === 'POST');
    expect(post?.body).toMatchObject({
      trigger: { type: 'SCHEDULED_ABSOLUTE', recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1;'] } },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-US' }] } },
    });
    expect((post?.body as { requestTime: string }).requestTime).not.toMatch(/Z$/);

    const list = await send(h, session, viaStandIn(session.intent('ListRemindersIntent'), true));
    expect(list.said).toContain('You have one daily reminder, at 8 in the morning.');
    const stop = await send(h, session, viaStandIn(session.intent('StopRemindersIntent'), true));
    expect(stop.said).toContain("Done. I've removed your daily reminder.");
    expect(standIn.reminders.size).toBe(0);
    const none = await send(h, session, viaStandIn(session.intent('ListRemindersIntent'), true));
    expect(none.said).toContain("You don't have any stretching reminders from me.");
  });

  it('without permission: asks by voice (AskFor), and yes creates the reminder at the time first asked for', async () => {
    const person = new Person();
    const session = person.session();
    // Alexa asks for the permission itself: the skill's response is only the AskFor directive.
    const askedEnvelope = await h.handler(viaStandIn(session.intent('SetReminderIntent', { time: { value: 'seven thirty in the evening' } }), false));
    const asked = { envelope: askedEnvelope };
    expect(askedEnvelope.response.outputSpeech).toBeUndefined();
    const directive = asked.envelope.response.directives?.[0] as unknown as { type: string; name: string; payload: Record<string, unknown>; token: string };
    expect(directive).toMatchObject({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '2', permissionScopes: [{ permissionScope: REMINDERS_SCOPE, consentLevel: 'ACCOUNT' }] },
    });
    expect(asked.envelope.response.shouldEndSession).toBeUndefined();
    expect(standIn.requests).toHaveLength(0);

    const answer = await send(h, person.session(), consentResponse(person, 'ACCEPTED', directive.token));
    expect(answer.said).toContain("Done. I'll remind you to stretch every day at 7:30 in the evening.");
    expect([...standIn.reminders.values()][0]).toMatchObject({ trigger: { recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=19;BYMINUTE=30;BYSECOND=0;INTERVAL=1;'] } } });
  });

  it('refused or left for later: no reminder, a way forward, and the session goes on', async () => {
    const person = new Person();
    const refused = await send(h, person.session(), consentResponse(person, 'DENIED', 'backStretchCoach.reminder.08:00'));
    expect(refused.said).toContain('Okay, no reminder.');
    expect(refused.said).toContain('Alexa app');
    expect(refused.envelope.response.card).toMatchObject({ type: 'AskForPermissionsConsent', permissions: [REMINDERS_SCOPE] });
    expect(refused.ended).toBe(false);
    const later = await send(h, person.session(), consentResponse(person, 'NOT_ANSWERED', 'backStretchCoach.reminder.08:00'));
    expect(later.said).toContain('No problem. Ask me again whenever you like.');
    expect(standIn.reminders.size).toBe(0);
  });

  it('API errors: says no reminder was set, and a permission revoked since asks again', async () => {
    const person = new Person();
    standIn.failWith = 500;
    const session = person.session();
    const failed = await send(h, session, viaStandIn(session.intent('SetReminderIntent', { time: { value: '08:00' } }), true));
    expect(failed.said).toContain("Sorry, I couldn't reach Alexa's reminders just now, so no reminder was set.");
    expect(failed.ended).toBe(false);
    const stop = await send(h, session, viaStandIn(session.intent('StopRemindersIntent'), true));
    expect(stop.said).toContain("Sorry, I couldn't remove your reminders just now.");
    delete standIn.failWith;
    const revoked = viaStandIn(session.intent('SetReminderIntent', { time: { value: '08:00' } }), true);
    revoked.context.System.apiAccessToken = 'revoked-token';
    const again = { envelope: await h.handler(revoked) };
    expect(again.envelope.response.directives?.[0]).toMatchObject({ type: 'Connections.SendRequest', name: 'AskFor' });
  });

  it('no time: asks for one, with an example', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, viaStandIn(session.intent('SetReminderIntent'), true));
    expect(turn.said).toContain('What time would you like your daily reminder?');
    expect(standIn.requests).toHaveLength(0);
  });
});

function resumed(person: Person, code: string, reason?: string): RequestEnvelope {
  const session = person.session();
  const base = session.launch();
  return {
    ...base,
    request: {
      type: 'SessionResumedRequest',
      requestId: base.request.requestId,
      timestamp: base.request.timestamp,
      locale: 'en-US',
      cause: {
        type: 'ConnectionCompleted',
        token: 'backStretchCoach.routineOffer',
        status: { code, message: code === '200' ? 'OK' : 'No Content' },
        result: reason ? { offerAutomationResponse: { reason } } : null,
      },
    } as unknown as RequestEnvelope['request'],
  };
}

describe('the Alexa Routine offer', () => {
  it('"set up my back routine" hands over to the pre-built routine offer with the custom utterances', async () => {
    const person = new Person();
    const session = person.session();
    const turn = { envelope: await h.handler(session.intent('SetUpRoutineIntent')) };
    expect(turn.envelope.response.outputSpeech).toBeUndefined();
    const directive = turn.envelope.response.directives?.[0] as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON directive read in a test
    expect(directive.type).toBe('Connections.StartConnection');
    expect(directive.uri).toBe('connection://AMAZON.OfferAutomation/1');
    expect(directive.onCompletion).toBe('RESUME_SESSION');
    const trigger = directive.input.automation.trigger;
    expect(trigger.type).toBe('Alexa.Automation.Trigger.Voice.CustomUtterance');
    expect(trigger.payload.utterances[0]).toBe('start my back routine');
    expect(trigger.payload.utterances.length).toBeLessThanOrEqual(5);
    expect(trigger.payload.utterances).toEqual([...ROUTINE_TRIGGER_UTTERANCES]);
    expect(JSON.stringify(directive.input.automation.operations)).toContain(TEST_SKILL_ID);
    expect(turn.envelope.response.shouldEndSession).toBeUndefined();
  });

  it('answers accepted, declined, already there and failed offers, and keeps the outcome', async () => {
    const person = new Person();
    const accepted = await send(h, person.session(), resumed(person, '200'));
    expect(accepted.said).toContain('All set. From now on, just say: Alexa, start my back routine.');
    expect(accepted.ended).toBe(false);
    expect((await stored(h, person.userId)).coaching?.routineOffer?.outcome).toBe('accepted');
    expect((await send(h, person.session(), resumed(person, '204', 'REJECTED_BY_CUSTOMER'))).said).toContain('If you change your mind');
    expect((await send(h, person.session(), resumed(person, '204', 'AUTOMATION_ALREADY_ENABLED'))).said).toContain('You already have that Alexa routine.');
    const failed = await send(h, person.session(), resumed(person, '500'));
    expect(failed.said).toContain("Sorry, I couldn't set up the Alexa routine.");
    expect((await stored(h, person.userId)).coaching?.routineOffer?.outcome).toBe('failed');
  });

  it('is offered once, after the first routine and its check-in; yes hands over and the outcome resumes the session', async () => {
    const person = new Person();
    const session = person.session();
    let turn = await send(h, session, session.intent('StartRoutineIntent'));
    while (!turn.said.includes('how does your back feel right now')) turn = await send(h, session, session.intent('AMAZON.NextIntent'));
    const checkedIn = await send(h, session, session.intent('CheckInIntent', { score: { value: '3' } }));
    expect(checkedIn.said).toContain("That's a 3 out of 10.");
    expect(checkedIn.said).toMatch(/would you like an Alexa routine, so that next time you can just say, Alexa, start my back routine\?$/);
    const handedOver = session.remember(await h.handler(session.intent('AMAZON.YesIntent')));
    expect(handedOver.response.directives?.[0]).toMatchObject({ type: 'Connections.StartConnection', uri: 'connection://AMAZON.OfferAutomation/1' });
    const back = await send(h, session, resumed(person, '200'));
    expect(back.said).toContain('All set.');
    expect(back.ended).toBe(false);

    // The next day's routine ends without the offer.
    person.laterBy(1);
    const next = person.session();
    let day2 = await send(h, next, next.intent('StartRoutineIntent'));
    let said = day2.said;
    while (!day2.ended) {
      day2 = day2.said.includes('how does your back feel right now')
        ? await send(h, next, next.intent('SkipIntent'))
        : await send(h, next, next.intent('AMAZON.NextIntent'));
      said += day2.said;
    }
    expect(said).not.toContain('Alexa routine');
    expect(day2.said).toContain('See you next time.');
  });

  it('a launch by the routine starts the daily routine straight away', async () => {
    const person = new Person();
    const launch = person.session().launch();
    (launch.request as unknown as { targetURI: string }).targetURI = `connection://AMAZON.Launch/1?provider=${TEST_SKILL_ID}`;
    const turn = await send(h, person.session(), launch);
    expect(turn.said).toContain("Let's do your basic daily routine.");
  });
});

describe('the check-in chart on an Echo Show', () => {
  it('"how is my back doing" draws the scores with APL vector graphics', async () => {
    const person = new Person({ screen: true });
    for (const score of [6, 5, 5, 4]) {
      const session = person.session();
      await send(h, session, session.intent('CheckInIntent', { score: { value: String(score) } }));
      person.laterBy(1);
    }
    const session = person.session();
    const turn = await send(h, session, session.intent('ProgressIntent'));
    const render = turn.envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as unknown as {
      document: { graphics: Record<string, { type: string; items: { type: string; pathData?: string }[] }>; mainTemplate: unknown };
    };
    const graphic = render.document.graphics.checkInChart!;
    expect(graphic.type).toBe('AVG');
    const line = graphic.items.find((i) => i.type === 'path' && (i.pathData ?? '').startsWith('M') && (i.pathData ?? '').split('L').length === 4);
    expect(line).toBeDefined();
    expect(JSON.stringify(render.document.mainTemplate)).toContain('VectorGraphic');
    expect(words(turn.ssml)).toContain('This week your back averaged 5 out of 10.');
    const voiceOnly = new Person();
    const s2 = voiceOnly.session();
    const plain = await send(h, s2, s2.intent('ProgressIntent'));
    expect(plain.envelope.response.directives ?? []).toHaveLength(0);
  });
});
