/**
 * The text seam, proven on every answer the skill gives: real request envelopes in the
 * pseudo-locale (qps-ploc) drive the real skill over an embedded DynamoDB, and every word a
 * person hears or reads must have come through skill/text/ (accented and bracketed): the
 * speech, the reprompt, the card, the Echo Show screen (the APL document's shown strings and
 * its datasources), the hands-free stream's titles, the Alexa Routine offer and the reminder
 * Alexa will say later. Plain English left anywhere is a word that bypassed the texts.
 *
 * Flows: launch (new and returning), every stretch (start, "next" to the end) with a variant,
 * every routine start to finish, help, stop, pause and resume, an unknown stretch, a red-flag
 * report, CanFulfill, a hands-free stream with its AudioPlayer events, the reminder and
 * routine offers, the check-in chart, an error on the skill's side and a storage outage.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SkillBuilders } from 'ask-sdk-core';
import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEspeakEngine } from '../../audio/espeak-engine';
import { createFileStore } from '../../audio/file-store';
import { createRenderingLibrary } from '../../audio/rendering-library';
import { KindErrorHandler } from '../../lambda/handlers/error';
import { REMINDERS_SCOPE } from '../../lambda/reminders/client';
import { skillDepsFor } from '../../lambda/settings';
import { buildSkill, type CustomSkill } from '../../lambda/skill';
import { createDynamoStore, type UserStateStore } from '../../lambda/state/index';
import { getStretch } from '../../skill/catalog/index';
import { ROUTINE_IDS, STRETCH_IDS } from '../../skill/catalog/types';
import { closedEndpoint, startDynalite, type RunningDynalite } from '../support/dynalite';
import { intent, Person, type Conversation } from '../support/envelopes';
import { expectNoPlainEnglish, PSEUDO_LOCALE, textsFor } from '../support/pseudo-locale';
import { TEST_COMPANION_URL } from '../support/skill';

const CACHE = join(import.meta.dirname, '..', '..', 'test-results', 'audio-cache');
const TOKEN = 'local-simulator-access-token';

let db: RunningDynalite;
let store: UserStateStore;
let skill: CustomSkill;
let outage: CustomSkill;
let api: Server;
let apiEndpoint = '';
/** What the Reminders API stand-in was asked to create: the text Alexa will say. */
const reminderBodies: unknown[] = [];

function skillOn(tableName: string, endpoint: string, withAudio: boolean): CustomSkill {
  const deps = skillDepsFor({ tableName, dynamoEndpoint: endpoint, companionUrl: TEST_COMPANION_URL, illustrationImages: true });
  const audio = createRenderingLibrary({ engine: createEspeakEngine(), store: createFileStore(CACHE), baseUrl: `${TEST_COMPANION_URL}/audio` });
  return buildSkill({ ...deps, ...(withAudio ? { audio } : {}), log: () => undefined });
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
}

beforeAll(async () => {
  db = await startDynalite();
  store = createDynamoStore({ tableName: db.tableName, endpoint: db.endpoint });
  skill = skillOn(db.tableName, db.endpoint, true);
  outage = skillOn(db.tableName, await closedEndpoint(), false);
  // A loopback stand-in for Alexa's Reminders API: creates and lists, keeps what it was sent.
  api = createServer(async (request, response) => {
    const text = await bodyOf(request);
    if (request.method === 'POST') reminderBodies.push(JSON.parse(text));
    response.writeHead(request.method === 'POST' ? 201 : 200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(request.method === 'POST' ? { alertToken: `token-${reminderBodies.length}` } : { alerts: [] }));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiEndpoint = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});

afterAll(async () => {
  api?.closeAllConnections();
  await new Promise<void>((resolve) => (api ? api.close(() => resolve()) : resolve()));
  await db?.stop();
});

// ---- What a person hears or reads in a response ----

/** APL properties whose strings are shown (component types, styles, ids and bindings are not). */
const SHOWN_APL_KEYS = new Set(['text', 'title', 'subtitle', 'hint', 'primaryText', 'secondaryText', 'headerTitle', 'headerSubtitle', 'accessibilityLabel']);
/** Datasource values that are data, not words: ids, tokens, addresses, transformer settings. */
const DATA_KEY = /(^id$|Id$|token|url|source|^type$|^inputPath$|^outputName$|^transformer$)/i;
/** Datasource values that are SSML the screen speaks (the narration's pieces): checked as speech. */
const SPEECH_KEY = /^ssml\d+$/;

/**
 * The words of an APL string: outside data-binding expressions, plus the quoted literals inside
 * them (`${frozen ? 'Paused' : payload.screen.holdLabel}` shows "Paused", never "frozen").
 */
function shownPartsOf(value: string): string {
  const outside = value.replace(/\$\{[^}]*\}/g, ' ');
  const literals = [...value.matchAll(/\$\{([^}]*)\}/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/'([^']*)'/g)].map((l) => l[1] ?? ''));
  return [outside, ...literals].join(' ');
}

function shownInDocument(node: unknown, out: string[]): void {
  if (Array.isArray(node)) for (const item of node) shownInDocument(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && SHOWN_APL_KEYS.has(key)) out.push(shownPartsOf(value));
      else if (typeof value === 'object') shownInDocument(value, out);
    }
  }
}

function datasourceStrings(node: unknown, out: string[], speech?: string[]): void {
  if (Array.isArray(node)) for (const item of node) datasourceStrings(item, out, speech);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && SPEECH_KEY.test(key)) speech?.push(value);
      else if (typeof value === 'string' && !DATA_KEY.test(key)) out.push(value);
      else if (typeof value === 'object') datasourceStrings(value, out, speech);
    }
  }
}

const ssmlOf = (speech: unknown): string =>
  speech && typeof speech === 'object' ? String((speech as { ssml?: unknown; text?: unknown }).ssml ?? (speech as { text?: unknown }).text ?? '') : '';

/** Every user-visible string of a response, by where it shows. */
function shownStrings(envelope: ResponseEnvelope): { where: string; text: string }[] {
  const response = envelope.response;
  const shown: { where: string; text: string }[] = [];
  shown.push({ where: 'speech', text: ssmlOf(response.outputSpeech) });
  shown.push({ where: 'reprompt', text: ssmlOf(response.reprompt?.outputSpeech) });
  const card = response.card as { title?: string; content?: string; text?: string } | undefined;
  if (card) shown.push({ where: 'card', text: [card.title, card.content, card.text].filter(Boolean).join('\n') });
  for (const directive of response.directives ?? []) {
    const d = directive as unknown as Record<string, unknown>;
    if (d.type === 'Alexa.Presentation.APL.RenderDocument') {
      const document: string[] = [];
      shownInDocument(d.document, document);
      shown.push({ where: 'APL document', text: document.join('\n') });
      const data: string[] = [];
      const speech: string[] = [];
      datasourceStrings(d.datasources, data, speech);
      shown.push({ where: 'APL datasources', text: data.join('\n') });
      for (const piece of speech) shown.push({ where: 'speech spoken by the screen', text: piece });
    } else if (d.type === 'AudioPlayer.Play') {
      const metadata = (d as unknown as interfaces.audioplayer.PlayDirective).audioItem?.metadata;
      shown.push({ where: 'stream metadata', text: [metadata?.title, metadata?.subtitle].filter(Boolean).join('\n') });
    } else if (d.type === 'Connections.StartConnection') {
      const input = d.input as { automation?: { trigger?: { payload?: { utterances?: string[] } } }; renderingData?: { operations?: Record<string, { descriptionPrompt?: string }> } };
      const utterances = input.automation?.trigger?.payload?.utterances ?? [];
      const prompts = Object.values(input.renderingData?.operations ?? {}).map((o) => o.descriptionPrompt ?? '');
      shown.push({ where: 'routine offer', text: [...utterances, ...prompts].join('\n') });
    }
  }
  return shown;
}

/** Soft, so that one answer's plain words do not hide the next one's: the failure lists every answer that has some. */
function expectPseudo(where: string, envelope: ResponseEnvelope): void {
  for (const part of shownStrings(envelope)) {
    expectNoPlainEnglish(`${where} (${part.where})`, part.text, { soft: true });
  }
}

// ---- Driving the skill ----

function pseudoPerson(device: { screen?: boolean; audioPlayer?: boolean } = { screen: true }): Person {
  const person = new Person(device);
  person.locale = PSEUDO_LOCALE;
  return person;
}

/**
 * Sends one request. When the Echo Show speaks the answer from its document, the device then
 * sends the document's "spoken to the end" UserEvent, and the closing prompt comes in answer
 * to it: that is sent too, and both answers are checked. `last` is the one that closes the turn.
 */
async function exchange(conversation: Conversation | undefined, request: RequestEnvelope, where: string, via: CustomSkill = skill): Promise<{ first: ResponseEnvelope; last: ResponseEnvelope }> {
  const envelope = await via.invoke(request);
  conversation?.remember(envelope);
  expectPseudo(where, envelope);
  const execute = envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands') as { token?: string; commands?: { commands?: { type: string; arguments?: unknown[] }[] }[] } | undefined;
  const sent = execute?.commands?.[0]?.commands?.find((c) => c.type === 'SendEvent');
  if (!conversation || !execute?.token || !sent?.arguments) return { first: envelope, last: envelope };
  const closing = await via.invoke(conversation.aplUserEvent(execute.token, sent.arguments));
  conversation.remember(closing);
  expectPseudo(`${where} (closing, after the screen spoke)`, closing);
  return { first: envelope, last: closing };
}

async function send(conversation: Conversation | undefined, request: RequestEnvelope, where: string, via: CustomSkill = skill): Promise<ResponseEnvelope> {
  return (await exchange(conversation, request, where, via)).last;
}

const ended = (envelope: ResponseEnvelope): boolean => envelope.response.shouldEndSession !== false;

async function active(person: Person): Promise<boolean> {
  return Boolean((await store.load(person.userId)).state.active);
}

describe('in the pseudo-locale, every word of every answer comes through skill/text/', () => {
  it('launch: a new person, then the same person coming back', async () => {
    const person = pseudoPerson();
    const first = person.session();
    await send(first, first.launch(), 'launch (new)');
    await send(first, first.intent('AMAZON.StopIntent'), 'stop at launch');
    person.laterBy(1);
    const second = person.session();
    await send(second, second.launch(), 'launch (returning)');
  });

  it.each(STRETCH_IDS)('stretch %s: start, its easier and harder versions, each with "next" to the end', async (id) => {
    const person = pseudoPerson();
    const session = person.session();
    // Slower, with longer holds, so a stretch may take more than one answer: "next" while it goes on, then its other versions the same way.
    await send(session, session.intent('PreferenceIntent', { preference: { value: 'slower', id: 'slower' } }), `${id} slower`);
    await send(session, session.intent('PreferenceIntent', { preference: { value: 'longer holds', id: 'longer-holds' } }), `${id} longer holds`);
    const versions = [
      ['start', () => session.intent('StretchIntent', { stretch: { value: id, id } })],
      ['easier', () => session.intent('EasierIntent')],
      ['harder', () => session.intent('HarderIntent')],
      ['harder still', () => session.intent('HarderIntent')],
    ] as const;
    for (const [name, request] of versions) {
      await send(session, request(), `${id} ${name}`);
      // What is stored after each answer: while a stretch is active, "next".
      let going = await active(person);
      for (let turns = 0; turns < 30 && going; turns += 1) {
        await send(session, session.intent('AMAZON.NextIntent'), `${id} ${name} next ${turns + 1}`);
        going = await active(person);
      }
      expect(going).toBe(false);
    }
    const done = (await store.load(person.userId)).state.history.filter((entry) => entry.id === id && entry.completed);
    expect(done.length).toBeGreaterThanOrEqual(1);
  });

  it.each(ROUTINE_IDS)('routine %s: start to finish, past the check-in', async (id) => {
    const person = pseudoPerson();
    const session = person.session();
    let response = await send(session, session.intent('StartRoutineIntent', { routine: { value: id, id } }), `${id} start`);
    for (let turns = 0; turns < 120 && !ended(response); turns += 1) {
      response = await send(session, session.intent('AMAZON.NextIntent'), `${id} next ${turns + 1}`);
    }
    expect(ended(response)).toBe(true);
    expect((await store.load(person.userId)).state.completedSessions).toBe(1);
  });

  it('help, pause and resume, and stop in the middle of a routine', async () => {
    const person = pseudoPerson();
    const session = person.session();
    const { first: start } = await exchange(session, session.intent('StartRoutineIntent'), 'routine start');
    // The walk reaches every surface of a stretch's answer on an Echo Show, and finds the texts' words there
    // (the screen speaks the narration itself: no outputSpeech, the pieces' SSML in the datasources).
    const shown = shownStrings(start);
    expect(shown.map((part) => part.where).slice(0, 5)).toEqual(['speech', 'reprompt', 'card', 'APL document', 'APL datasources']);
    expect(shown.slice(5).length).toBeGreaterThan(0);
    expect(shown.slice(5).every((part) => part.where === 'speech spoken by the screen')).toBe(true);
    for (const part of shown.slice(2)) expect(part.text, part.where).toContain('⟦');
    await send(session, session.intent('AMAZON.HelpIntent'), 'help');
    await send(session, session.intent('AMAZON.PauseIntent'), 'pause');
    await send(session, session.intent('AMAZON.ResumeIntent'), 'resume');
    await send(session, session.intent('AMAZON.StopIntent'), 'stop');
    const later = person.session();
    await send(later, later.launch(), 'launch with a routine to carry on');
  });

  it('a stretch the skill does not know, said in the person\'s own (pseudo) words', async () => {
    const session = pseudoPerson().session();
    await send(session, session.intent('StretchIntent', { stretch: { value: 'ẋýžžý ƀóŕķ' } }), 'unknown stretch');
    await send(session, session.intent('StretchIntent'), 'which stretch?');
  });

  it('a stretch named in the person\'s language, which Alexa did not resolve, is found and started', async () => {
    const person = pseudoPerson();
    const session = person.session();
    const spoken = getStretch('cat-cow', textsFor(PSEUDO_LOCALE)).spokenName;
    await send(session, session.intent('StretchIntent', { stretch: { value: spoken } }), 'stretch by its pseudo name');
    expect((await store.load(person.userId)).state.history[0]).toMatchObject({ kind: 'stretch', id: 'cat-cow' });
  });

  it('a warning sign reported in the middle of a stretch', async () => {
    const session = pseudoPerson().session();
    await send(session, session.intent('StretchIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } }), 'stretch start');
    await send(session, session.intent('SymptomIntent', { symptom: { value: 'ñúɱƀñéšš', id: 'bladder-bowel' } }), 'red flag');
  });

  it('CanFulfillIntentRequest: nothing said, nothing shown', async () => {
    const person = pseudoPerson();
    const response = await send(undefined, person.canFulfill(intent('StretchIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } })), 'can fulfill');
    expect(response.response.outputSpeech).toBeUndefined();
  });

  it('a hands-free stream: its start, AudioPlayer events, stop with its question, and resume', async () => {
    const person = pseudoPerson({ audioPlayer: true });
    const start = await send(person.session(), person.session().intent('HandsFreeIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } }), 'hands-free start');
    const play = (start.response.directives ?? []).find((d) => d.type === 'AudioPlayer.Play') as interfaces.audioplayer.PlayDirective | undefined;
    expect(play).toBeDefined();
    const token = play!.audioItem!.stream!.token;
    person.player = { token, offsetInMilliseconds: 0, playerActivity: 'PLAYING' };
    await send(undefined, person.audioRequest('AudioPlayer.PlaybackStarted'), 'PlaybackStarted');
    await send(undefined, person.audioRequest('AudioPlayer.PlaybackNearlyFinished'), 'PlaybackNearlyFinished');
    await send(person.session(), person.session().intent('AMAZON.LoopOnIntent'), 'loop');
    await send(person.session(), person.session().intent('AMAZON.PauseIntent'), 'pause a stream');
    const stopping = person.session();
    await send(stopping, stopping.intent('AMAZON.StopIntent'), 'stop a stream');
    await send(stopping, stopping.intent('AMAZON.NoIntent'), 'no, nothing hurt');
    person.player = { token, offsetInMilliseconds: 1500, playerActivity: 'STOPPED' };
    await send(undefined, person.audioRequest('AudioPlayer.PlaybackStopped'), 'PlaybackStopped');
    const resumed = await send(person.session(), person.session().intent('AMAZON.ResumeIntent'), 'resume a stream');
    expect((resumed.response.directives ?? []).map((d) => d.type)).toContain('AudioPlayer.Play');
    await send(undefined, person.audioRequest('PlaybackController.NextCommandIssued'), 'Next button');
    await send(undefined, person.audioRequest('AudioPlayer.PlaybackFailed', { error: { type: 'MEDIA_ERROR_UNKNOWN', message: 'x' } }), 'PlaybackFailed');
    person.player = undefined;
    const after = person.session();
    await send(after, after.launch(), 'launch after a failed stream');
    await send(after, after.intent('AMAZON.NoIntent'), 'no to the guided offer');
    const mode = person.session();
    await send(mode, mode.intent('AlwaysHandsFreeIntent'), 'always hands-free');
    await send(mode, mode.intent('AlwaysGuidedIntent'), 'always guided');
  });

  it('a device without an audio player gets the guided mode, with the reason', async () => {
    const session = pseudoPerson({ screen: true }).session();
    await send(session, session.intent('HandsFreeIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } }), 'hands-free without a player');
  });

  it('the daily reminder: the time asked for, created (with the text Alexa will say), refused', async () => {
    const person = pseudoPerson();
    const session = person.session();
    await send(session, session.intent('SetReminderIntent'), 'which time?');
    const set = session.intent('SetReminderIntent', { time: { value: '08:00' } });
    set.context.System.apiEndpoint = apiEndpoint;
    set.context.System.apiAccessToken = TOKEN;
    (set.context.System.user as { permissions?: unknown }).permissions = { scopes: { [REMINDERS_SCOPE]: { status: 'GRANTED' } } };
    await send(session, set, 'reminder created');
    const content = (reminderBodies.at(-1) as { alertInfo: { spokenInfo: { content: { locale: string; text: string }[] } } }).alertInfo.spokenInfo.content;
    expect(content[0]?.locale).toBe(PSEUDO_LOCALE);
    expectNoPlainEnglish('the reminder Alexa says', content[0]?.text ?? '', { soft: true });
    const base = person.session().launch();
    const denied = {
      ...base,
      request: {
        type: 'Connections.Response',
        requestId: base.request.requestId,
        timestamp: base.request.timestamp,
        locale: PSEUDO_LOCALE,
        name: 'AskFor',
        status: { code: '200', message: 'OK' },
        token: 'backStretchCoach.reminder.08:00',
        payload: { status: 'DENIED' },
      },
    } as unknown as RequestEnvelope;
    await send(undefined, denied, 'reminder refused');
  });

  it('the Alexa Routine offer, a check-in and the chart of the last weeks', async () => {
    const session = pseudoPerson().session();
    const offer = await send(session, session.intent('SetUpRoutineIntent'), 'routine offer');
    expect((offer.response.directives ?? []).map((d) => d.type)).toContain('Connections.StartConnection');
    const later = pseudoPerson().session();
    await send(later, later.intent('CheckInIntent', { score: { value: '4' } }), 'check-in');
    const chart = await send(later, later.intent('ProgressIntent'), 'progress with the chart');
    expect((chart.response.directives ?? []).map((d) => d.type)).toContain('Alexa.Presentation.APL.RenderDocument');
  });

  it('something going wrong on the skill\'s side: the kind answer', async () => {
    const throwing = SkillBuilders.custom()
      .addRequestHandlers({ canHandle: () => true, handle: () => { throw new Error('boom'); } })
      .addErrorHandlers(new KindErrorHandler(() => {}))
      .create();
    const session = pseudoPerson().session();
    const response = await send(session, session.launch(), 'error', throwing);
    expect(response.response.outputSpeech).toBeDefined();
  });

  it('storage out: the launch, a routine\'s first turns and a preference say so in the texts\' words', async () => {
    const person = pseudoPerson();
    const session = person.session();
    await send(session, session.launch(), 'launch in an outage', outage);
    await send(session, session.intent('StartRoutineIntent'), 'routine in an outage', outage);
    await send(session, session.intent('AMAZON.NextIntent'), 'next in an outage', outage);
    await send(session, session.intent('PreferenceIntent', { preference: { value: 'slower', id: 'slower' } }), 'preference in an outage', outage);
    await send(session, session.intent('AMAZON.StopIntent'), 'stop in an outage', outage);
  });
});
