/**
 * A routine from the person's side: first launch, the Basic Daily routine start to finish,
 * streaks over days, stopping and resuming in a new session, one-shot starts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRoutine, getStretch, SAFETY } from '../../skill/catalog/index';
import { compileRoutine } from '../../skill/narration/index';
import { DEFAULT_PREFERENCES } from '../../skill/catalog/types';
import { Person } from '../support/envelopes';
import { send, startHarness, stored, words, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.db.stop();
});

const daily = compileRoutine('basic-daily', { preferences: DEFAULT_PREFERENCES, excluded: [] });

/** The first spoken instruction of a segment, as the person hears it. */
function firstInstruction(index: number): string {
  const event = daily.segments[index]!.events.find((e) => e.type === 'say' && e.role === 'instruction');
  if (!event || event.type !== 'say') throw new Error('segment without an instruction');
  return event.text;
}

describe('first launch', () => {
  it('welcomes, gives the safety line, says what it can do, and asks a question', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.launch());
    expect(turn.said).toMatch(/^Welcome to Back Stretch Coach/);
    expect(turn.said).toContain(SAFETY.shortSpokenLine);
    expect(turn.said).toMatch(/routine/i);
    expect(turn.said).toMatch(/\?$/);
    expect(turn.ended).toBe(false);
    expect((await stored(h, person.userId)).disclaimerSeen).toBe(true);
  });

  it('says the safety line before the first routine when the person starts one-shot', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('StartRoutineIntent'));
    expect(turn.said.indexOf(SAFETY.shortSpokenLine)).toBeGreaterThanOrEqual(0);
    expect(turn.said.indexOf(SAFETY.shortSpokenLine)).toBeLessThan(turn.said.indexOf(firstInstruction(0)));
    const again = person.session();
    const next = await send(h, again, again.intent('StartRoutineIntent'));
    expect(next.said).not.toContain(SAFETY.shortSpokenLine);
  });
});

describe('the Basic Daily routine, start to finish', () => {
  it('narrates every segment one per response, then congratulates and stores the streak', async () => {
    const person = new Person();
    const session = person.session();
    await send(h, session, session.launch());
    const start = await send(h, session, session.intent('AMAZON.YesIntent'));
    expect(start.said).toMatch(/basic daily routine/i);
    expect(start.said).toMatch(/5 stretches, about \d+ minutes/);
    expect(start.said).toContain(firstInstruction(0));
    // One short question at the boundary, nothing else asked.
    expect(start.said).toMatch(/cat cow(\. Ready)?\?$/);
    expect(start.said).not.toContain('Say next');
    expect(start.envelope.response.card?.type).toBe('Standard');

    const heard = [start.said];
    let turn = start;
    while (!turn.said.includes('routine done') && heard.length < 20) {
      turn = await send(h, session, session.intent('AMAZON.NextIntent'));
      heard.push(turn.said);
    }
    for (let index = 0; index < daily.segments.length; index += 1) {
      expect(heard.some((said) => said.includes(firstInstruction(index))), daily.segments[index]!.id).toBe(true);
    }
    // One response per stretch: both sides of knee-to-chest and of the twist together, with a spoken switch.
    expect(heard).toHaveLength(5);
    expect(heard[2]).toContain(firstInstruction(2));
    expect(heard[2]).toContain(firstInstruction(3));
    expect(heard[2]).toContain('Now the left side.');
    // The boundary questions differ from one another.
    const questions = heard.slice(0, -1).map((said) => said.slice(said.lastIndexOf('.') + 1).trim());
    expect(new Set(questions).size).toBeGreaterThan(1);
    // Down from standing at the start, from kneeling (cat cow) to the floor, and up again at the end, in safe steps.
    expect(start.said).toContain("First, child's pose. If you're standing, get down to the floor slowly, one knee at a time");
    expect(heard[2]).toMatch(/^Next, the knee to chest stretch\. Sit to one side of your heels/);
    expect(turn.said).toMatch(/basic daily routine done\. Well done\. Before you get up, roll onto your side\./);
    expect(turn.said).toContain('Push yourself up with your arms');
    // The coach then asks for the day's check-in, and (the first time) offers the Alexa Routine.
    expect(turn.ended).toBe(false);
    expect(turn.said).toMatch(/Before you go, if you like: .* how does your back feel right now\?$/);
    const skipped = await send(h, session, session.intent('SkipIntent'));
    expect(skipped.said).toMatch(/Alexa routine/);
    const declined = await send(h, session, session.intent('AMAZON.NoIntent'));
    expect(declined.said).toContain('See you next time.');
    expect(declined.ended).toBe(true);

    const state = await stored(h, person.userId);
    expect(state.active).toBeUndefined();
    expect(state.completedSessions).toBe(1);
    expect(state.streakDays).toBe(1);
    expect(state.lastCompletedDate).toBe('2026-03-02');
    expect(state.history[0]).toEqual({ date: '2026-03-02', kind: 'routine', id: 'basic-daily', completed: true });
  });

  it('counts consecutive days, not same-day repeats, and restarts after a gap', async () => {
    const person = new Person();
    const finishRoutine = async () => {
      const session = person.session();
      let turn = await send(h, session, session.intent('StartRoutineIntent', { routine: { value: 'daily', id: 'basic-daily' } }));
      let done = turn;
      // Next through the routine, then past the coach's check-in and routine offer.
      while (!turn.ended) {
        turn = await send(h, session, session.intent('AMAZON.NextIntent'));
        if (turn.said.includes('routine done')) done = turn;
      }
      return done;
    };
    await finishRoutine();
    await finishRoutine(); // same day
    expect((await stored(h, person.userId)).streakDays).toBe(1);
    person.laterBy(1);
    const second = await finishRoutine();
    expect(second.said).toContain("That's 2 days in a row.");
    expect((await stored(h, person.userId)).streakDays).toBe(2);

    const launchSession = person.session();
    const welcome = await send(h, launchSession, launchSession.launch());
    expect(welcome.said).toContain("You're on a 2 day streak.");

    person.laterBy(3);
    await finishRoutine();
    const state = await stored(h, person.userId);
    expect(state.streakDays).toBe(1);
    expect(state.completedSessions).toBe(4);
    expect(state.history).toHaveLength(4);
  });
});

describe('one-shot starts and routines by name', () => {
  it('starts the Basic Daily routine by default and any routine by name', async () => {
    const person = new Person();
    const s1 = person.session();
    const byDefault = await send(h, s1, s1.intent('StartRoutineIntent', { routine: undefined }));
    expect(byDefault.said).toContain('basic daily routine');
    const s2 = person.session();
    const bedtime = await send(h, s2, s2.intent('StartRoutineIntent', { routine: { value: 'bedtime routine', id: 'bedtime' } }));
    expect(bedtime.said).toContain(`Let's do your ${getRoutine('bedtime').spokenName}.`);
    expect((await stored(h, person.userId)).active).toMatchObject({ kind: 'routine', id: 'bedtime', segmentIndex: 1 });
  });

  it('asks which routine when the name is unknown, and keeps what was going on', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('StartRoutineIntent', { routine: { value: 'marathon' } }));
    expect(turn.said).toContain("I don't have a routine called marathon.");
    expect(turn.said).toContain('basic daily routine');
    expect(turn.ended).toBe(false);
  });
});

describe('stopping and resuming', () => {
  it('Stop mid-routine saves the position; a later launch offers to continue and yes resumes there', async () => {
    const person = new Person();
    const first = person.session();
    await send(h, first, first.intent('StartRoutineIntent'));
    await send(h, first, first.intent('AMAZON.NextIntent'));
    const stop = await send(h, first, first.intent('AMAZON.StopIntent'));
    expect(stop.ended).toBe(true);
    expect(stop.said).toMatch(/saved your place.*Goodbye\.$/);
    expect((await stored(h, person.userId)).active).toMatchObject({ kind: 'routine', id: 'basic-daily', segmentIndex: 2 });

    person.laterBy(1);
    const second = person.session();
    const welcome = await send(h, second, second.launch());
    // A comma after the side, so the place and the routine are heard apart.
    expect(welcome.said).toContain(`You were on ${daily.segments[2]!.title}, in your basic daily routine.`);
    expect(welcome.said).toMatch(/Continue\?$/);
    const resumed = await send(h, second, second.intent('AMAZON.YesIntent'));
    expect(resumed.said).toMatch(/^Picking up where you left off\./);
    expect(resumed.said).toContain(firstInstruction(2));
    expect((await stored(h, person.userId)).active?.segmentIndex).toBe(4);
  });

  it('no to "Continue?" offers a fresh start and forgets the unfinished routine', async () => {
    const person = new Person();
    const first = person.session();
    await send(h, first, first.intent('StartRoutineIntent'));
    await send(h, first, first.intent('AMAZON.CancelIntent'));
    const second = person.session();
    await send(h, second, second.launch());
    const fresh = await send(h, second, second.intent('AMAZON.NoIntent'));
    expect(fresh.said).toMatch(/start fresh/i);
    expect(fresh.said).toMatch(/\?$/);
    const state = await stored(h, person.userId);
    expect(state.active).toBeUndefined();
    expect(state.history[0]).toMatchObject({ id: 'basic-daily', completed: false });
  });

  it('"ask back stretch coach to resume" in a new session carries on where the person stopped', async () => {
    const person = new Person();
    const first = person.session();
    await send(h, first, first.intent('StartRoutineIntent'));
    await send(h, first, first.intent('AMAZON.StopIntent'));
    const second = person.session();
    const resumed = await send(h, second, second.intent('AMAZON.ResumeIntent'));
    expect(resumed.said).toContain(firstInstruction(1));
  });

  it('a single stretch finishes with praise and an offer of the routine', async () => {
    const person = new Person();
    const session = person.session();
    let turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'child pose', id: 'childs-pose' } }));
    while (!turn.said.includes('Nice work') && !turn.ended) turn = await send(h, session, session.intent('AMAZON.NextIntent'));
    expect(turn.said).toContain(`Nice work. That's ${getStretch('childs-pose').spokenName} done.`);
    expect(turn.said).toMatch(/daily routine now\?$/);
    const yes = await send(h, session, session.intent('AMAZON.YesIntent'));
    expect(yes.said).toContain('basic daily routine');
    expect((await stored(h, person.userId)).completedSessions).toBe(1);
  });
});

it('a session that times out is answered without speech and keeps the position', async () => {
  const person = new Person();
  const session = person.session();
  await send(h, session, session.intent('StartRoutineIntent'));
  const ended = await send(h, session, session.ended('EXCEEDED_MAX_REPROMPTS'));
  expect(ended.envelope.response.outputSpeech).toBeUndefined();
  expect((await stored(h, person.userId)).active?.segmentIndex).toBe(1);
  expect(words(ended.ssml)).toBe('');
});
