/**
 * Every intent of the committed interaction model is wired: said in a new session through the
 * real skill (real envelopes, dynalite), each one gets an answer of its own: words that are not
 * the "I didn't catch that" of an intent nobody answers, or (offering an Alexa Routine) the
 * dialog handed to Alexa. An intent declared in skill/package/intents.ts without a command
 * (and without a handler of its own) fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoStore } from '../../lambda/state/index';
import { createRemindersClient } from '../../lambda/reminders/client';
import { skillDepsFor } from '../../lambda/settings';
import { buildSkill } from '../../lambda/skill';
import { BUILT_IN_INTENTS, INTENTS } from '../../skill/package/intents';
import type { InteractionModelFile } from '../../skill/package/model-types';
import { textsFor } from '../../skill/text/locale';
import { startDynalite } from '../support/dynalite';
import { Person, type SlotInput } from '../support/envelopes';
import { TEST_COMPANION_URL } from '../support/skill';
import { assertValidSsml, send, words, type Harness } from './conversation.harness';

const MODEL = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'skill', 'package', 'interactionModels', 'custom', 'en-US.json'), 'utf8')) as InteractionModelFile;
const MODEL_INTENTS = MODEL.interactionModel.languageModel.intents.map((intent) => intent.name);

/** Loop and shuffle belong to a hands-free stream: test/lambda/handsfree.routine.test.ts answers them while one plays. */
const STREAM_ONLY = new Set(['AMAZON.LoopOnIntent', 'AMAZON.LoopOffIntent', 'AMAZON.ShuffleOnIntent', 'AMAZON.ShuffleOffIntent']);

/** Words for intents whose slots are the whole of what was said (an empty question is rightly not understood). */
const SAID: Record<string, Record<string, SlotInput>> = {
  AskIntent: { isQuery: { value: 'a heat pad a good idea' } },
};

const DIDNT_CATCH = textsFor('en-US').answers.DIDNT_CATCH;

let h: Harness;
beforeAll(async () => {
  const db = await startDynalite();
  // Alexa's Reminders API, as it answers a person who has not allowed reminders (no network).
  const remindersFor = (endpoint: string, token: string) => createRemindersClient(endpoint, token, async () => new Response(null, { status: 401 }));
  const settings = { tableName: db.tableName, dynamoEndpoint: db.endpoint, companionUrl: TEST_COMPANION_URL, illustrationImages: true };
  const skill = buildSkill(skillDepsFor(settings, { remindersFor, log: () => undefined }));
  h = { db, store: createDynamoStore({ tableName: db.tableName, endpoint: db.endpoint }), handler: (event) => skill.invoke(event) };
});
afterAll(async () => {
  await h?.db.stop();
});

describe('every intent of the interaction model', () => {
  it('holds every intent declared in skill/package/intents.ts, custom and built-in', () => {
    expect(new Set(MODEL_INTENTS)).toEqual(new Set([...Object.values(INTENTS).map((intent) => intent.name), ...BUILT_IN_INTENTS]));
  });

  it.each(MODEL_INTENTS.filter((name) => !STREAM_ONLY.has(name) && name !== 'AMAZON.FallbackIntent'))('%s gets an answer of its own', async (name) => {
    const { response } = await h.handler(new Person().session().intent(name, SAID[name] ?? {}));
    const ssml = response.outputSpeech?.type === 'SSML' ? response.outputSpeech.ssml : '';
    const handedToAlexa = (response.directives ?? []).some((d) => d.type === 'Connections.StartConnection');
    if (handedToAlexa) {
      expect(ssml, `${name}: Alexa runs the dialog, no words of ours`).toBe('');
      return;
    }
    await assertValidSsml(ssml);
    expect(words(ssml), `${name} speaks`).not.toBe('');
    expect(words(ssml), `${name} is answered, not "${DIDNT_CATCH}"`).not.toContain(DIDNT_CATCH);
    if (response.shouldEndSession === false) expect(response.reprompt, `${name} keeps the session open with a reprompt`).toBeDefined();
  });

  it('the fallback is the one that did not catch it', async () => {
    const session = new Person().session();
    const turn = await send(h, session, session.intent('AMAZON.FallbackIntent'));
    expect(turn.said).toContain(DIDNT_CATCH);
  });
});
