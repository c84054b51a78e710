/** DynamoDB unreachable: the coach never claims to have deleted the history, and a check-in is answered without a promise to keep it. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { progressNotKept as stateWarningText } from '../../skill/text/en/saving';
import { closedEndpoint } from '../support/dynalite';
import { Person } from '../support/envelopes';
import { send, startHarness, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  // The skill's DynamoDB endpoint refuses connections.
  h = await startHarness({ dynamoEndpoint: await closedEndpoint() });
});
afterAll(async () => {
  await h?.db.stop();
});

it('"delete my history" says nothing was deleted when the saved history cannot be reached', async () => {
  const person = new Person();
  const session = person.session();
  await send(h, session, session.intent('DeleteHistoryIntent'));
  const turn = await send(h, session, session.intent('AMAZON.YesIntent'));
  expect(turn.said).toContain("I can't reach your saved history right now, so nothing was deleted.");
  expect(turn.said).not.toContain("I've deleted");
  expect(turn.ended).toBe(false);
});

it('a check-in is thanked, with the warning that it cannot be kept this time', async () => {
  const person = new Person();
  const session = person.session();
  const turn = await send(h, session, session.intent('CheckInIntent', { score: { value: '5' } }));
  expect(turn.said).toContain("That's a 5 out of 10.");
  expect(turn.said).toContain(stateWarningText);
});
