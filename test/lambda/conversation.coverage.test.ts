/**
 * Every routine and every stretch, in every version and pace, played through the real
 * handler: each response's SSML is valid for Alexa and within 8,000 characters (checked in
 * send()), every open response has a reprompt, and each routine ends in congratulations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTINE_IDS, STRETCH_IDS } from '../../skill/catalog/types';
import { getRoutine } from '../../skill/catalog/index';
import { Person } from '../support/envelopes';
import { send, startHarness, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.db.stop();
});

describe.each(['normal', 'slower'] as const)('at %s pace', (pace) => {
  it.each(ROUTINE_IDS)('routine %s plays to the end', async (id) => {
    const person = new Person();
    const session = person.session();
    if (pace === 'slower') await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'slower', id: 'slower' } }));
    await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'longer holds', id: 'longer-holds' } }));
    let turn = await send(h, session, session.intent('StartRoutineIntent', { routine: { value: id, id } }));
    let responses = 1;
    let saidAll = turn.said;
    // Next to the end, then past the coach's check-in and routine offer.
    while (!turn.ended) {
      turn = await send(h, session, session.intent('AMAZON.NextIntent'));
      saidAll += ` ${turn.said}`;
      responses += 1;
      expect(responses).toBeLessThan(200);
    }
    expect(saidAll).toContain(`That's your ${getRoutine(id).spokenName} done. Well done.`);
  });

  it.each(STRETCH_IDS)('stretch %s plays in every version', async (id) => {
    const person = new Person();
    const session = person.session();
    if (pace === 'slower') await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'slower', id: 'slower' } }));
    for (const change of [undefined, 'EasierIntent', 'HarderIntent', 'HarderIntent']) {
      let turn = change
        ? await send(h, session, session.intent(change))
        : await send(h, session, session.intent('StretchIntent', { stretch: { value: id, id } }));
      while (turn.said.includes('Say next')) turn = await send(h, session, session.intent('AMAZON.NextIntent'));
      expect(turn.ended).toBe(false);
    }
  });
});
