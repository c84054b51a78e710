/** DynamoDB unreachable: the person still gets their stretch, and hears that progress won't be saved. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stateWarningText } from '../../lambda/state/index';
import { closedEndpoint } from '../support/dynalite';
import { Person } from '../support/envelopes';
import { send, startHarness, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  // The table's DynamoDB is there for the test's own reads; the skill's endpoint refuses connections.
  const closed = await closedEndpoint();
  h = await startHarness({ dynamoEndpoint: closed });
});
afterAll(async () => {
  await h?.db.stop();
});

it('starts the routine and says, before the closing prompt, that progress cannot be saved', async () => {
  const person = new Person();
  const session = person.session();
  const turn = await send(h, session, session.intent('StartRoutineIntent'));
  expect(turn.said).toContain("Let's do your basic daily routine.");
  expect(turn.said).toContain(`${stateWarningText} Next is Cat-Cow. Say next when you're ready.`);
  expect(turn.ended).toBe(false);
});
