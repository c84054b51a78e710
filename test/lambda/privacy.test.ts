/**
 * The privacy policy's promises, checked against what the real handler writes to DynamoDB
 * (dynalite): the words people say and the symptoms they report are never stored; the
 * record holds progress, preferences and history; disabling the skill deletes it.
 */
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIVACY_SECTIONS } from '../../skill/text/en/legal';
import { Person, TEST_SKILL_ID } from '../support/envelopes';
import { send, startHarness, type Harness } from './conversation.harness';

let h: Harness;
let client: DynamoDBClient;
beforeAll(async () => {
  h = await startHarness();
  client = new DynamoDBClient({ endpoint: h.db.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
});
afterAll(async () => {
  client?.destroy();
  await h?.db.stop();
});

async function rawItem(userId: string): Promise<string | undefined> {
  const out = await client.send(new GetItemCommand({ TableName: h.db.tableName, Key: { userId: { S: userId } }, ConsistentRead: true }));
  return out.Item ? JSON.stringify(out.Item) : undefined;
}

function skillDisabled(person: Person): RequestEnvelope {
  const base = person.session().launch();
  return {
    version: '1.0',
    context: base.context,
    request: { type: 'AlexaSkillEvent.SkillDisabled', requestId: 'amzn1.echo-api.request.disable-1', timestamp: new Date().toISOString(), locale: 'en-US', eventCreationTime: new Date().toISOString() } as unknown as RequestEnvelope['request'],
  };
}

describe('what the skill stores', () => {
  it('keeps progress, preferences and history, and none of the words or symptoms the person said', async () => {
    const person = new Person();
    const session = person.session();
    await send(h, session, session.intent('StartRoutineIntent', { routine: { value: 'bedtime routine', id: 'bedtime' } }));
    await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'slower', id: 'slower' } }));
    await send(h, session, session.intent('AMAZON.NextIntent'));
    await send(h, session, session.intent('SymptomIntent', { symptom: { value: 'my groin feels numb and tingly' } }));
    const other = person.session();
    await send(h, other, other.intent('SymptomIntent', { symptom: { value: 'I have a fever and chills' } }));
    await send(h, other, other.intent('StretchIntent', { stretch: { value: 'cat cough' } }));

    const item = await rawItem(person.userId);
    expect(item, 'a record exists').toBeDefined();
    // Progress, preferences and history are there ...
    expect(item).toContain('bedtime');
    expect(item).toContain('slower');
    expect(item).toMatch(/history/);
    // ... but nothing the person said: neither the symptoms nor the misheard words.
    for (const word of ['groin', 'numb', 'tingly', 'fever', 'chills', 'cough', 'saddle-numbness']) {
      expect(item, word).not.toContain(word);
    }
  });

  it('deletes the record when the skill is disabled, as the policy says', async () => {
    const person = new Person();
    const session = person.session();
    await send(h, session, session.intent('StartRoutineIntent'));
    expect(await rawItem(person.userId)).toBeDefined();
    await h.handler(skillDisabled(person));
    // What is left is a deletion marker (so a turn still in flight cannot recreate the record),
    // holding nothing about the person and expiring by itself.
    const marker = await rawItem(person.userId);
    expect(Object.keys(JSON.parse(marker ?? '{}') as object).sort()).toEqual(['deleted', 'deletedAt', 'expiresAt', 'userId']);
    expect(TEST_SKILL_ID).toMatch(/^amzn1\.ask\.skill\./);
  });

  it('the policy says what is stored and what is never stored, with retention and deletion', () => {
    const text = PRIVACY_SECTIONS.map((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.items ?? []), ...(s.after ?? [])].join(' ')).join(' ');
    for (const claim of [/progress/i, /preferences/i, /history/i, /check-in scores/i, /no recordings and no transcripts/i, /Symptoms/, /18 months/, /Disable the skill/, /deleted straight away/, /@/]) {
      expect(text).toMatch(claim);
    }
  });
});
