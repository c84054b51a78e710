/**
 * The coach over simulated weeks, through the real Lambda handler and dynalite, one request
 * timestamp per day: flat, falling and rising check-ins; progression told and undone; a bad
 * day; two recognised speakers on one account; deleting the history; the stored item's size
 * after a year of daily use.
 */
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../lambda/state/index';
import { decodeAll } from '../../skill/coaching/check-ins';
import { send, startHarness, stored, type Harness, type Turn } from './conversation.harness';
import { Person, type Conversation } from '../support/envelopes';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.db.stop();
});

const ADVICE = /healthcare professional/;
const CHECK_IN_QUESTION = 'how does your back feel right now';

/** Adds a recognised speaker to a request, as Alexa does for a known voice. */
function asPerson(envelope: RequestEnvelope, personId: string | undefined): RequestEnvelope {
  if (!personId) return envelope;
  const system = envelope.context.System as RequestEnvelope['context']['System'] & { person?: { personId: string } };
  system.person = { personId };
  return envelope;
}

async function checkIn(person: Person, score: number, personId?: string): Promise<Turn> {
  const session = person.session();
  return send(h, session, asPerson(session.intent('CheckInIntent', { score: { value: String(score) } }), personId));
}

/** Starts the daily routine, says next to its end, answers the check-in (or skips), declines the routine offer. */
async function dailyRoutine(person: Person, score?: number): Promise<{ said: string; start: Turn }> {
  const session: Conversation = person.session();
  const start = await send(h, session, session.intent('StartRoutineIntent'));
  let turn = start;
  let said = turn.said;
  while (!turn.ended) {
    if (turn.said.includes(CHECK_IN_QUESTION)) {
      turn = score === undefined ? await send(h, session, session.intent('SkipIntent')) : await send(h, session, session.intent('CheckInIntent', { score: { value: String(score) } }));
    } else if (turn.said.includes('would you like an Alexa routine')) {
      turn = await send(h, session, session.intent('AMAZON.NoIntent'));
    } else {
      turn = await send(h, session, session.intent('AMAZON.NextIntent'));
    }
    said += ` ${turn.said}`;
  }
  return { said, start };
}

describe('check-ins over weeks', () => {
  it('flat scores: after three weeks the coach advises a professional once, and again only after another three weeks the same', async () => {
    const person = new Person();
    const advisedOnDays: number[] = [];
    for (let day = 0; day < 42; day += 1) {
      const turn = await checkIn(person, 6);
      expect(turn.said).toContain("That's a 6 out of 10.");
      expect(turn.said).not.toMatch(/diagnos|you have a|condition/i);
      if (ADVICE.test(turn.said)) advisedOnDays.push(day);
      person.laterBy(1);
    }
    expect(advisedOnDays).toEqual([20, 41]);
    const state = await stored(h, person.userId);
    expect(decodeAll(state.coaching?.checkIns ?? [])).toHaveLength(42);
  });

  it('falling scores: no advice, and "how is my back doing" says it is heading the right way, with numbers', async () => {
    const person = new Person();
    for (let day = 0; day < 21; day += 1) {
      const turn = await checkIn(person, Math.max(1, 7 - Math.floor(day / 3)));
      expect(turn.said).not.toMatch(ADVICE);
      person.laterBy(1);
    }
    person.laterBy(-1);
    const session = person.session();
    const summary = await send(h, session, session.intent('ProgressIntent'));
    expect(summary.said).toMatch(/Your last check-in was a 1 out of 10, today\./);
    expect(summary.said).toMatch(/This week your back averaged [\d.]+ out of 10, against [\d.]+ the week before\./);
    expect(summary.said).toContain("That's heading the right way.");
    expect(summary.ended).toBe(false);
  });

  it('rising scores: the coach says so kindly within two weeks, once', async () => {
    const person = new Person();
    const scores = [3, 3, 3, 3, 3, 3, 3, 5, 5, 6, 6, 6, 6, 6, 6, 6];
    const advised: number[] = [];
    for (const [day, score] of scores.entries()) {
      if (ADVICE.test((await checkIn(person, score)).said)) advised.push(day);
      person.laterBy(1);
    }
    expect(advised).toHaveLength(1);
    expect(advised[0]).toBeLessThanOrEqual(13);
  });

  it('a higher score than usual before a routine makes that day gentle', async () => {
    const person = new Person();
    for (let day = 0; day < 4; day += 1) {
      await checkIn(person, 3);
      person.laterBy(1);
    }
    const high = await checkIn(person, 6);
    expect(high.said).toContain("That's higher than usual for you, so today's session will be a gentle one");
    const session = person.session();
    const start = await send(h, session, session.intent('StartRoutineIntent'));
    expect(start.said).toMatch(/4 stretches/);
  });

  it('an unclear number gets a clear question and stores nothing', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('CheckInIntent', { score: { value: '42' } }));
    expect(turn.said).toContain("Sorry, I didn't catch a number there.");
    expect(turn.ended).toBe(false);
    expect((await stored(h, person.userId)).coaching).toBeUndefined();
    const unclear = await send(h, session, session.intent('AMAZON.FallbackIntent'));
    expect(unclear.said).toBe(
      "Sorry, I didn't catch a number there. If something hurts a lot, or feels numb or weak, tell me what you feel. From zero, no pain, to ten, the worst, how does your back feel?",
    );
    const plain = await send(h, session, session.intent('CheckInIntent'));
    expect(plain.said).toBe('From zero, no pain, to ten, the worst, how does your back feel?');
    const answered = await send(h, session, session.intent('CheckInIntent', { score: { value: 'four' } }));
    expect(answered.said).toContain("That's a 4 out of 10.");
  });
});

describe('progression over weeks', () => {
  it('regular sessions with steady check-ins step the holds up, told each time, never past the guide maximums; make it easier again steps back', async () => {
    const person = new Person();
    const toldOn: number[] = [];
    let firstStart = '';
    for (let day = 0; day < 35; day += 1) {
      const { said, start } = await dailyRoutine(person, 4);
      if (day === 0) firstStart = start.said;
      if (/from next time your holds/.test(said)) toldOn.push(day);
      person.laterBy(1);
    }
    // Steps a week apart once a week of check-ins shows the back steady; three steps at most.
    expect(toldOn.length).toBe(3);
    expect(toldOn[1]! - toldOn[0]!).toBeGreaterThanOrEqual(7);
    const state = await stored(h, person.userId);
    expect(state.coaching?.level).toBe(3);
    // The top step holds and repeats more, and the routine still fits the guide's 10 to 15 minutes.
    const { start } = await dailyRoutine(person, 4);
    const minutes = (said: string) => Number(/5 stretches, about (\d+) minutes/.exec(said)?.[1]);
    expect(minutes(firstStart)).toBeGreaterThanOrEqual(10);
    expect(minutes(start.said)).toBeLessThanOrEqual(15);
    expect(minutes(start.said)).toBeGreaterThan(minutes(firstStart));

    const session = person.session();
    const easier = await send(h, session, session.intent('EasierAgainIntent'));
    expect(easier.said).toContain("I've taken your holds and repetitions down a step.");
    expect((await stored(h, person.userId)).coaching?.level).toBe(2);
  });

  it('"I am having a bad day" starts a gentle routine: shorter holds, the seated twist left out', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('BadDayIntent'));
    expect(turn.said).toContain("I'm sorry it's a bad day. Let's keep it gentle");
    expect(turn.said).toMatch(/4 stretches/);
    let next = turn;
    let said = turn.said;
    while (!next.ended && !next.said.includes(CHECK_IN_QUESTION)) {
      next = await send(h, session, session.intent('AMAZON.NextIntent'));
      said += next.said;
    }
    expect(said).not.toMatch(/seated spinal twist/i);
  });
});

describe('a shared speaker', () => {
  it('two recognised speakers on one account each get their own check-ins; everyone else shares the account', async () => {
    const person = new Person();
    await checkIn(person, 7, 'amzn1.ask.person.ALICE');
    await checkIn(person, 2, 'amzn1.ask.person.BOB');
    const ask = async (personId?: string) => {
      const session = person.session();
      return send(h, session, asPerson(session.intent('ProgressIntent'), personId));
    };
    expect((await ask('amzn1.ask.person.ALICE')).said).toContain('Your last check-in was a 7 out of 10');
    expect((await ask('amzn1.ask.person.BOB')).said).toContain('Your last check-in was a 2 out of 10');
    expect((await ask()).said).toContain("You haven't told me how your back feels yet");
    expect(decodeAll((await stored(h, `${person.userId}#amzn1.ask.person.ALICE`)).coaching?.checkIns ?? [])).toHaveLength(1);
    expect((await stored(h, person.userId)).coaching).toBeUndefined();
    // Disabling the skill deletes the account's item and every recognised speaker's.
    await checkIn(person, 4);
    const base = person.session().launch();
    const disabled = {
      version: '1.0',
      context: base.context,
      request: { type: 'AlexaSkillEvent.SkillDisabled', requestId: base.request.requestId, timestamp: base.request.timestamp, eventCreationTime: base.request.timestamp },
    } as unknown as RequestEnvelope;
    const client = createDynamoClient(h.db.endpoint);
    const indexKey = { userId: { S: `${person.userId}#people` } };
    const before = await client.send(new GetItemCommand({ TableName: h.db.tableName, Key: indexKey }));
    expect(JSON.parse(before.Item?.people?.S ?? '[]')).toEqual(['amzn1.ask.person.ALICE', 'amzn1.ask.person.BOB']);
    expect((await stored(h, person.userId)).version).toBe(1);
    await h.handler(disabled);
    for (const key of [person.userId, `${person.userId}#amzn1.ask.person.ALICE`, `${person.userId}#amzn1.ask.person.BOB`]) {
      expect((await stored(h, key)).version, key).toBe(0);
    }
    const index = await client.send(new GetItemCommand({ TableName: h.db.tableName, Key: indexKey }));
    client.destroy();
    expect(index.Item).toBeUndefined();
  });
});

describe('deleting the history', () => {
  it('asks first; yes clears check-ins and history, no keeps everything', async () => {
    const person = new Person();
    await dailyRoutine(person, 5);
    const first = person.session();
    await send(h, first, first.intent('DeleteHistoryIntent'));
    const kept = await send(h, first, first.intent('AMAZON.NoIntent'));
    expect(kept.said).toContain("Okay, I've left everything as it was.");
    expect((await stored(h, person.userId)).history).toHaveLength(1);

    const second = person.session();
    const asked = await send(h, second, second.intent('DeleteHistoryIntent'));
    expect(asked.said).toContain('This deletes your check-ins, your streak and the history of your sessions.');
    const done = await send(h, second, second.intent('AMAZON.YesIntent'));
    expect(done.said).toContain("Done. I've deleted your check-ins and your history.");
    const state = await stored(h, person.userId);
    expect(state.history).toEqual([]);
    expect(state.coaching).toBeUndefined();
    expect(state.streakDays).toBe(0);
  });
});

describe('the stored item', () => {
  it('stays within a few KB after a year of daily check-ins and sessions', async () => {
    const person = new Person();
    for (let day = 0; day < 365; day += 1) {
      await checkIn(person, day % 11);
      const session = person.session();
      let turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'pelvic tilts', id: 'pelvic-tilts' } }));
      while (turn.said.includes('Say next')) turn = await send(h, session, session.intent('AMAZON.NextIntent'));
      person.laterBy(1);
    }
    const client = createDynamoClient(h.db.endpoint);
    const { Item } = await client.send(new GetItemCommand({ TableName: h.db.tableName, Key: { userId: { S: person.userId } } }));
    client.destroy();
    // DynamoDB's item size: attribute names plus values (UTF-8 strings, numbers as their digits).
    const bytes = Object.entries(Item ?? {}).reduce(
      (sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value.S ?? value.N ?? ''),
      0,
    );
    console.log(`stored item after a year of daily use: ${bytes} bytes`);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(6 * 1024);
  }, 120_000);
});
