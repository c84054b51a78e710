/**
 * DynamoDB unreachable: the person still gets their stretch, the routine keeps its place within
 * the session (the state travels in the session attributes), launch does not pretend they are
 * new, and nothing is promised that was not kept.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SAFETY } from '../../skill/catalog/index';
import { launchStateUnknown, preferenceNotKept, progressNotKept } from '../../skill/text/en/saving';
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

it('starts the routine, says once that progress cannot be saved, and keeps going with next', async () => {
  const person = new Person();
  const session = person.session();
  const first = await send(h, session, session.intent('StartRoutineIntent'));
  expect(first.said).toContain("Let's do your basic daily routine.");
  // Said right before the one closing question.
  expect(first.said).toContain(progressNotKept);
  expect(first.said.slice(first.said.indexOf(progressNotKept) + progressNotKept.length)).toMatch(/^ [^.?]*cat cow(\. Ready)?\?$/);
  expect(first.ended).toBe(false);

  const second = await send(h, session, session.intent('AMAZON.NextIntent'));
  expect(second.said).not.toContain("There's nothing playing");
  expect(second.said).toMatch(/knee to chest stretch(\. Ready)?\?$/);
  // Said once per outage, not every turn.
  expect(second.said).not.toContain(progressNotKept);

  const pause = await send(h, session, session.intent('AMAZON.PauseIntent'));
  expect(pause.said).not.toContain("I've kept your place");
  expect(pause.said).toContain("I can't save your place right now");
  const resume = await send(h, session, session.intent('AMAZON.ResumeIntent'));
  expect(resume.said).toMatch(/^Picking up where you left off\./);
  expect(resume.said).toContain('Lie on your back');
});

it('does not greet a returning person as new when it cannot read their progress', async () => {
  const session = new Person().session();
  const launch = await send(h, session, session.launch());
  for (const sentence of launchStateUnknown) expect(launch.said).toContain(sentence);
  expect(launch.said).not.toContain('Welcome back');
  // The first-run welcome's safety line comes with the first routine instead.
  expect(launch.said).not.toContain(SAFETY.shortSpokenLine);
  const next = await send(h, session, session.intent('AMAZON.NextIntent'));
  expect(next.said).not.toContain("There's nothing playing");
  expect(next.said).toContain("I can't reach your saved progress right now");
});

it('never says it will remember a preference it could not save', async () => {
  const session = new Person().session();
  const turn = await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'longer holds', id: 'longer-holds' } }));
  expect(turn.said).toContain("Okay, I'll use longer holds.");
  expect(turn.said).toContain(preferenceNotKept);
  expect(turn.said).not.toContain("I'll remember that");
  const stop = await send(h, session, session.intent('AMAZON.StopIntent'));
  expect(stop.said).not.toContain("I've saved");
});
