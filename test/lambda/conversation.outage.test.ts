/** DynamoDB unreachable: the person still gets their stretch, and hears that progress won't be saved. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stateWarningText } from '../../lambda/state/index';
import { closedEndpoint } from '../support/dynalite';
import { Person } from '../support/envelopes';
import { send, startHarness, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  process.env.DYNAMODB_ENDPOINT = await closedEndpoint();
});
afterAll(async () => {
  await h?.db.stop();
});

it('starts the routine and says, before the closing prompt, that progress cannot be saved', async () => {
  const person = new Person();
  const session = person.session();
  const turn = await send(h, session, session.intent('StartRoutineIntent'));
  expect(turn.said).toContain("Let's do your basic daily routine.");
  // The warning comes right before the one closing question.
  expect(turn.said.indexOf(stateWarningText)).toBeGreaterThan(0);
  expect(turn.said.slice(turn.said.indexOf(stateWarningText) + stateWarningText.length)).toMatch(/^ [^.?]*cat cow(\. Ready)?\?$/);
  expect(turn.ended).toBe(false);
});
