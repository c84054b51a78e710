/**
 * Each English locale hears its own country's numbers: urgent and "soon" advice, the "when
 * should I see a doctor" answer and the disclaimer, through the real handler and dynalite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from '../support/envelopes';
import { send, startHarness, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.db.stop();
});

function personIn(locale: string): Person {
  const person = new Person();
  person.locale = locale;
  return person;
}

async function symptomIn(locale: string, words: string) {
  const person = personIn(locale);
  const session = person.session();
  await send(h, session, session.intent('StartRoutineIntent'));
  return send(h, session, session.intent('SymptomIntent', { symptom: { value: words } }));
}

const EMERGENCY: [string, string][] = [
  ['en-US', 'nine one one'],
  ['en-CA', 'nine one one'],
  ['en-GB', 'nine nine nine'],
  ['en-AU', 'triple zero'],
  ['en-IN', 'one one two'],
];

describe("urgent advice names the country's emergency number", () => {
  for (const [locale, number] of EMERGENCY) {
    it(`${locale}: "I can't control my bladder" says call ${number} and ends`, async () => {
      const turn = await symptomIn(locale, "I can't control my bladder");
      expect(turn.said).toContain(`Call ${number}, or get to urgent care right away.`);
      expect(turn.said).not.toContain('your emergency number');
      for (const [, other] of EMERGENCY) if (other !== number) expect(turn.said).not.toContain(other);
      expect(turn.ended).toBe(true);
    });
  }

  it('en-GB chest pain: call nine nine nine now', async () => {
    const turn = await symptomIn('en-GB', 'I have chest pain');
    expect(turn.said).toContain('Call nine nine nine now.');
  });

  it('an unknown locale still says to call the local emergency number', async () => {
    const turn = await symptomIn('en-NZ', 'both my legs are numb');
    expect(turn.said).toContain('Call your local emergency number, or get to urgent care right away.');
    expect(turn.ended).toBe(true);
  });
});

describe('"soon" advice', () => {
  it('en-GB points to NHS one one one, and nine nine nine if it gets much worse', async () => {
    const turn = await symptomIn('en-GB', 'I have a fever');
    expect(turn.said).toContain('Please see a doctor soon');
    expect(turn.said).toContain('call NHS one one one');
    expect(turn.said).toContain('If it suddenly gets much worse, call nine nine nine.');
  });

  it('en-AU has no NHS line, and says triple zero if it gets much worse', async () => {
    const turn = await symptomIn('en-AU', 'I have a fever');
    expect(turn.said).toContain('If it suddenly gets much worse, call triple zero.');
    expect(turn.said).not.toContain('NHS');
  });

  it('"it hurts" names no emergency number: ease out and offer the gentler version', async () => {
    const person = personIn('en-GB');
    const session = person.session();
    await send(h, session, session.intent('StartRoutineIntent'));
    await send(h, session, session.intent('AMAZON.NextIntent'));
    const turn = await send(h, session, session.intent('SymptomIntent', { symptom: { value: 'it hurts' } }));
    expect(turn.said).toContain('Stop this stretch now.');
    expect(turn.said).not.toMatch(/nine nine nine|one one one/);
    expect(turn.ended).toBe(false);
  });
});

describe('when to see a doctor, and the disclaimer', () => {
  it('groups the signs as the triage does, with the locale\'s numbers', async () => {
    const person = personIn('en-IN');
    const session = person.session();
    const turn = await send(h, session, session.intent('SafetyIntent'));
    const urgentAt = turn.said.indexOf('Call one one two, or get to urgent care right away, if you have any of these.');
    const bladderAt = turn.said.indexOf('Losing control of your bladder or bowels');
    const bothLegsAt = turn.said.indexOf('weakness in both legs');
    const soonAt = turn.said.indexOf('See a doctor or physiotherapist soon if you have any of these.');
    const feverAt = turn.said.indexOf('Back pain with a fever');
    expect(urgentAt).toBeGreaterThanOrEqual(0);
    expect(bladderAt).toBeGreaterThan(urgentAt);
    expect(bothLegsAt).toBeGreaterThan(urgentAt);
    expect(soonAt).toBeGreaterThan(Math.max(bladderAt, bothLegsAt));
    expect(feverAt).toBeGreaterThan(soonAt);
    expect(turn.ended).toBe(false);
  });

  it('the disclaimer names the regulator of the country: MHRA in the UK, FDA in the US', async () => {
    const gb = personIn('en-GB');
    const gbSession = gb.session();
    const gbTurn = await send(h, gbSession, gbSession.intent('DisclaimerIntent'));
    expect(gbTurn.said).toContain("has not been reviewed by the UK's Medicines and Healthcare products Regulatory Agency");
    expect(gbTurn.said).not.toContain('Food and Drug');

    const us = personIn('en-US');
    const usSession = us.session();
    const usTurn = await send(h, usSession, usSession.intent('DisclaimerIntent'));
    expect(usTurn.said).toContain('has not been reviewed by the US Food and Drug Administration');
  });
});
