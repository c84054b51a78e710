/**
 * Red flags stop the routine at once with that group's advice and offer nothing that goes on
 * exercising in the same turn; and the turn still works when DynamoDB is down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAFETY } from '../../skill/catalog/index';
import { Person } from '../support/envelopes';
import { send, startHarness, stored, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.db.stop();
});

const advice = (id: string) => SAFETY.redFlags.find((g) => g.id === id)!.advice;

/** Words that only appear while narrating an exercise. */
const EXERCISE = /\b(Hold\.|Breathe in|Halfway there|Five more seconds|And release)\b/;

async function inRoutine() {
  const person = new Person();
  const session = person.session();
  await send(h, session, session.intent('StartRoutineIntent'));
  await send(h, session, session.intent('AMAZON.NextIntent'));
  return { person, session };
}

describe('red flags', () => {
  it('words it cannot place ask whether something hurts: no carries on, yes stops the stretch', async () => {
    const { person, session } = await inRoutine();
    const before = await stored(h, person.userId);
    const unclear = await send(h, session, session.intent('SymptomIntent', { symptom: { value: 'a bit odd' } }));
    expect(unclear.said).toMatch(/Does something hurt\?$/);
    expect(unclear.said).not.toMatch(EXERCISE);
    expect((await stored(h, person.userId)).active).toEqual(before.active);

    const fine = await send(h, session, session.intent('AMAZON.NoIntent'));
    expect(fine.said).toMatch(/Shall we carry on\?$/);
    expect(fine.said).not.toContain('Stop this stretch');

    await send(h, session, session.intent('SymptomIntent', { symptom: { value: 'kind of weird' } }));
    const hurts = await send(h, session, session.intent('AMAZON.YesIntent'));
    expect(hurts.said).toContain(advice('sharp-pain'));
    expect(hurts.said).not.toMatch(EXERCISE);
    expect((await stored(h, person.userId)).active?.paused).toBe(true);
  });

  it('urgent: numbness in both legs stops the routine, gives urgent advice and ends the session', async () => {
    const { person, session } = await inRoutine();
    const turn = await send(h, session, session.intent('SymptomIntent', { symptom: { value: 'both my legs are numb' } }));
    expect(turn.said).toContain(advice('both-legs'));
    expect(turn.said).not.toMatch(EXERCISE);
    expect(turn.ended).toBe(true);
    const state = await stored(h, person.userId);
    expect(state.active).toBeUndefined();
    expect(state.history[0]).toMatchObject({ id: 'basic-daily', completed: false });
  });

  it('urgent by entity resolution id: bladder trouble', async () => {
    const { person, session } = await inRoutine();
    const turn = await send(h, session, session.intent('SymptomIntent', { symptom: { value: 'I cannot control my bladder', id: 'bladder-bowel' } }));
    expect(turn.said).toContain(advice('bladder-bowel'));
    expect(turn.ended).toBe(true);
    expect((await stored(h, person.userId)).active).toBeUndefined();
  });

  it('the words win when they are more urgent than the resolved value', async () => {
    const { person, session } = await inRoutine();
    const turn = await send(h, session, session.intent('SymptomIntent', { symptom: { value: 'sharp pain and both legs are numb', id: 'sharp-pain' } }));
    expect(turn.said).toContain(advice('both-legs'));
    expect(turn.ended).toBe(true);
    expect((await stored(h, person.userId)).active).toBeUndefined();
  });

  it('soon: tingling in a leg stops the routine with see-someone-soon advice', async () => {
    const { person, session } = await inRoutine();
    const turn = await send(h, session, session.intent('SymptomIntent', { symptom: { value: 'tingling in my leg' } }));
    expect(turn.said).toContain(advice('leg-numbness'));
    expect(turn.said).not.toMatch(EXERCISE);
    expect(turn.ended).toBe(true);
    expect((await stored(h, person.userId)).active).toBeUndefined();
  });

  it('stop-stretch: sharp pain pauses, advises, and offers the gentler version only as a question', async () => {
    const { person, session } = await inRoutine();
    const turn = await send(h, session, session.intent('SymptomIntent', { symptom: { value: 'sharp pain' } }));
    expect(turn.said).toContain(advice('sharp-pain'));
    expect(turn.said).not.toMatch(EXERCISE);
    // A yes/no question, so "yes" and "no" both have one meaning (no either/or answered with yes).
    expect(turn.said).toMatch(/Would you like to try a gentler version of cat cow\?$/i);
    expect(turn.said).toContain('we can skip cat cow');
    expect(turn.ended).toBe(false);
    expect((await stored(h, person.userId)).active).toMatchObject({ paused: true, segmentIndex: 2 });

    const yes = await send(h, session, session.intent('AMAZON.YesIntent'));
    expect(yes.said).toMatch(/^Okay, let's make it easier\./);
    expect((await stored(h, person.userId)).active).toMatchObject({ paused: false, variant: 'easier' });
  });

  it('stop-stretch, then no: moves on to the next stretch', async () => {
    const { session } = await inRoutine();
    await send(h, session, session.intent('SymptomIntent', { symptom: { value: 'it really hurts' } }));
    const no = await send(h, session, session.intent('AMAZON.NoIntent'));
    expect(no.said).toMatch(/^Okay, moving on from cat cow\. Next, the knee to chest/i);
  });

  it('"it hurts" with no words heard is treated as stop this stretch', async () => {
    const { session } = await inRoutine();
    const turn = await send(h, session, session.intent('SymptomIntent', { symptom: undefined }));
    expect(turn.said).toContain(advice('sharp-pain'));
    expect(turn.said).not.toMatch(EXERCISE);
  });

  it('outside a routine: advice and a question, no exercise', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('SymptomIntent', { symptom: { value: 'sharp pain' } }));
    expect(turn.said).toContain(advice('sharp-pain'));
    expect(turn.said).toMatch(/What would you like to do now\?$/);
  });
});
