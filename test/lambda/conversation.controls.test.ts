/**
 * The player controls inside a routine: next, previous, repeat, skip, pause, resume, start
 * over, what's next, how much is left, easier, harder; and outside one (never a dead end).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStretch } from '../../skill/catalog/index';
import { DEFAULT_PREFERENCES } from '../../skill/catalog/types';
import { compileRoutine } from '../../skill/narration/index';
import { Person, type Conversation } from '../support/envelopes';
import { send, startHarness, stored, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.db.stop();
});

const daily = compileRoutine('basic-daily', { preferences: DEFAULT_PREFERENCES, excluded: [] });
const titles = daily.segments.map((s) => s.title);

function instruction(index: number): string {
  const event = daily.segments[index]!.events.find((e) => e.type === 'say' && e.role === 'instruction');
  if (!event || event.type !== 'say') throw new Error('segment without an instruction');
  return event.text;
}

/** A person two segments into the Basic Daily routine (segments 0 and 1 played). */
async function twoSegmentsIn(): Promise<{ person: Person; session: Conversation }> {
  const person = new Person();
  const session = person.session();
  await send(h, session, session.intent('StartRoutineIntent'));
  await send(h, session, session.intent('AMAZON.NextIntent'));
  return { person, session };
}

describe('in a routine', () => {
  it('repeat replays the last segment without moving on', async () => {
    const { person, session } = await twoSegmentsIn();
    const turn = await send(h, session, session.intent('AMAZON.RepeatIntent'));
    expect(turn.said).toMatch(/^Once more\./);
    expect(turn.said).toContain(instruction(1));
    // One short question about what comes next, not "next is ... say next ... shall we go on?".
    expect(turn.said).toMatch(/knee to chest stretch(\. Ready)?\?$/);
    expect(turn.said).not.toContain('Say next');
    expect((await stored(h, person.userId)).active?.segmentIndex).toBe(2);
  });

  it('previous plays the segment before the last one and moves back', async () => {
    const { person, session } = await twoSegmentsIn();
    const turn = await send(h, session, session.intent('AMAZON.PreviousIntent'));
    expect(turn.said).toMatch(/^Going back one\./);
    expect(turn.said).toContain(instruction(0));
    expect((await stored(h, person.userId)).active?.segmentIndex).toBe(1);
    const first = await send(h, session, session.intent('AMAZON.PreviousIntent'));
    expect(first.said).toMatch(/^That's the first one\./);
  });

  it('going back to a stretch names it again instead of "Next, ..." (the tagged intro line is swapped)', async () => {
    const { session } = await twoSegmentsIn();
    // Played: child's pose, then cat cow ("Next, cat cow."); now knee to chest, both sides.
    const onward = await send(h, session, session.intent('AMAZON.NextIntent'));
    expect(onward.said).toContain('Next, the knee to chest stretch.');
    const back = await send(h, session, session.intent('AMAZON.PreviousIntent'));
    expect(back.said).toMatch(/^Going back one\. Cat cow again\./);
    expect(back.said).not.toContain('Next, cat cow');
    expect(back.said).toContain(instruction(1));
    const toFirst = await send(h, session, session.intent('AMAZON.PreviousIntent'));
    expect(toFirst.said).toMatch(/^Going back one\. Child's pose again\./);
    expect(toFirst.said).not.toContain('First, child');
  });

  it('repeat at the start of a stretch says its name alone, and once more at the first one', async () => {
    const { session } = await twoSegmentsIn();
    const again = await send(h, session, session.intent('AMAZON.RepeatIntent'));
    expect(again.said).toMatch(/^Once more\. Cat cow\./);
    expect(again.said).not.toContain('Next, cat cow');
    const person = new Person();
    const fresh = person.session();
    await send(h, fresh, fresh.intent('StartRoutineIntent'));
    const first = await send(h, fresh, fresh.intent('AMAZON.PreviousIntent'));
    expect(first.said).toMatch(/^That's the first one\. Here it is again\. Child's pose\./);
    expect(first.said).not.toContain('First, child');
  });

  it('inside a stretch, repeat and previous replay the side without naming the stretch as new', async () => {
    const person = new Person();
    const session = person.session();
    // With chimes, knee to chest plays one side per response.
    await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'chimes only', id: 'chimes-only' } }));
    let turn = await send(h, session, session.intent('StartRoutineIntent'));
    for (let i = 0; i < 10 && !turn.said.includes('Now the left side'); i++) turn = await send(h, session, session.intent('AMAZON.NextIntent'));
    expect(turn.said).toContain('Now the left side');
    expect(turn.said).not.toContain('Next, the knee to chest stretch');
    const again = await send(h, session, session.intent('AMAZON.RepeatIntent'));
    expect(again.said).toMatch(/^Once more\. Now the left side/);
    expect(again.said).not.toMatch(/knee to chest stretch again|Next, the knee/i);
    const back = await send(h, session, session.intent('AMAZON.PreviousIntent'));
    // Back to the right side, the start of the stretch: named as a return, not as the next one.
    expect(back.said).toMatch(/^Going back one\. The knee to chest stretch again\./);
    expect(back.said).not.toContain('Next, the knee to chest stretch');
  });

  it('going back across a change of position says how to get there safely, then the whole setup', async () => {
    const { session } = await twoSegmentsIn();
    await send(h, session, session.intent('AMAZON.NextIntent')); // knee to chest, lying on the back
    const back = await send(h, session, session.intent('AMAZON.PreviousIntent'));
    const catCow = getStretch('cat-cow');
    // From lying on the back to hands and knees: roll to the side first, then the cat cow setup.
    expect(back.said).toMatch(/^Going back one\. Cat cow again\. Roll onto your side, and push up with your arms\. Come up onto your hands and knees\./);
    expect(back.said).not.toContain('Sit to one side of your heels');
    expect(back.said).toContain(catCow.setup[0]!);
    expect(back.said.indexOf(catCow.setup.at(-1)!)).toBeLessThan(back.said.indexOf('Breathe in. Cow.'));
  });

  it('going back to a second side on its own sets it up again from the start, with the move from where the person is', async () => {
    const person = new Person();
    const session = person.session();
    // With chimes, knee to chest and the twist play one side per response.
    await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'chimes only', id: 'chimes-only' } }));
    let turn = await send(h, session, session.intent('StartRoutineIntent'));
    for (let i = 0; i < 10 && !turn.said.includes('Next, the seated spinal twist'); i++) turn = await send(h, session, session.intent('AMAZON.NextIntent'));
    expect(turn.said).toContain('Right side first.');
    const back = await send(h, session, session.intent('AMAZON.PreviousIntent'));
    const knee = getStretch('knee-to-chest');
    expect(back.said).toMatch(
      /^Going back one\. Let's get back into position for the knee to chest stretch, left side\. Lower yourself onto your back slowly, leaning on one elbow and then the other\./,
    );
    // The whole setup, not only the lines that change with the side.
    expect(back.said).toContain(knee.setup[0]!);
    expect(back.said.indexOf(knee.setup[0]!)).toBeLessThan(back.said.indexOf('Hold'));
    expect((await stored(h, person.userId)).active?.segmentIndex).toBe(4);
  });

  it('repeating a stretch does not move the person from a position they are already in', async () => {
    const { session } = await twoSegmentsIn();
    const knee = await send(h, session, session.intent('AMAZON.NextIntent'));
    expect(knee.said).toContain('Sit to one side of your heels');
    const again = await send(h, session, session.intent('AMAZON.RepeatIntent'));
    expect(again.said).toMatch(/^Once more\. The knee to chest stretch\. Right side first\./);
    expect(again.said).not.toContain('Sit to one side of your heels');
    expect(again.said).toContain(getStretch('knee-to-chest').setup[0]!);
  });

  it('skip passes over the whole upcoming stretch, both sides', async () => {
    const { person, session } = await twoSegmentsIn();
    // Segments 2 and 3 are knee-to-chest, right and left.
    expect(daily.segments[2]!.stretchId).toBe('knee-to-chest');
    expect(daily.segments[3]!.stretchId).toBe('knee-to-chest');
    const turn = await send(h, session, session.intent('SkipIntent'));
    expect(turn.said).toMatch(/^Skipping the knee to chest stretch\./);
    expect(turn.said).not.toContain(instruction(2));
    expect(turn.said).toContain(instruction(4));
    // The twist's two sides fit in one response: both play, with a short switch and no question between.
    expect(turn.said).toContain('Now the left side.');
    expect((await stored(h, person.userId)).active?.segmentIndex).toBe(6);
  });

  it('skipping a stretch moves the person from where they are, not from the stretch they skipped', async () => {
    const { session } = await twoSegmentsIn(); // cat cow, on hands and knees
    const turn = await send(h, session, session.intent('SkipIntent'));
    // Kneeling to sitting, not "roll onto your side" from the knee to chest stretch's lying down.
    expect(turn.said).toMatch(/^Skipping the knee to chest stretch\. Next, the seated spinal twist\. Ease your hips to one side and sit down/);
    expect(turn.said).not.toContain('Roll onto your side');
  });

  it('starting over from the floor says how to get back onto hands and knees for the first stretch', async () => {
    const { session } = await twoSegmentsIn();
    await send(h, session, session.intent('AMAZON.NextIntent')); // knee to chest, lying on the back
    const turn = await send(h, session, session.intent('AMAZON.StartOverIntent'));
    expect(turn.said).toMatch(/^Starting your basic daily routine from the top\. First, child's pose\. Roll onto your side, and push up with your arms\. Come up onto your hands and knees\./);
  });

  it('pause is a real break: it keeps the place, says how to come back, and closes; coming back carries on', async () => {
    const { person, session } = await twoSegmentsIn();
    const paused = await send(h, session, session.intent('AMAZON.PauseIntent'));
    expect(paused.said).toContain("I've kept your place at the knee to chest stretch, right side.");
    expect(paused.said).toContain('say: Alexa, open back stretch coach.');
    expect(paused.said).not.toContain(instruction(2));
    expect(paused.ended).toBe(true);
    expect((await stored(h, person.userId)).active).toMatchObject({ paused: true, segmentIndex: 2 });
    const later = person.session();
    const launch = await send(h, later, later.launch());
    expect(launch.said).toContain(`You were on ${titles[2]}`);
    const resumed = await send(h, later, later.intent('AMAZON.YesIntent'));
    // Named as it is, not as the next one.
    expect(resumed.said).toMatch(/^Picking up where you left off\. The knee to chest stretch\. /);
    expect(resumed.said).toContain(instruction(2));
    expect((await stored(h, person.userId)).active).toMatchObject({ paused: false, segmentIndex: 4 });
  });

  it('start over goes back to the first stretch', async () => {
    const { person, session } = await twoSegmentsIn();
    const turn = await send(h, session, session.intent('AMAZON.StartOverIntent'));
    expect(turn.said).toMatch(/^Starting your basic daily routine from the top\./);
    expect(turn.said).toContain(instruction(0));
    expect((await stored(h, person.userId)).active?.segmentIndex).toBe(1);
  });

  it("what's next names the upcoming stretch without playing it", async () => {
    const { person, session } = await twoSegmentsIn();
    const turn = await send(h, session, session.intent('WhatsNextIntent'));
    expect(turn.said).toContain(`Next is ${titles[2]}.`);
    expect(turn.said).toContain(getStretch('knee-to-chest').summary);
    expect(turn.said).not.toContain(instruction(2));
    expect((await stored(h, person.userId)).active?.segmentIndex).toBe(2);
  });

  it('how much is left gives the time and the stretches to go', async () => {
    const { session } = await twoSegmentsIn();
    const turn = await send(h, session, session.intent('HowMuchLeftIntent'));
    expect(turn.said).toMatch(/about \d+ minutes left, with 3 more stretches to go\./);
  });

  it('make it easier replays the current stretch in its gentler version; harder goes back up', async () => {
    const { person, session } = await twoSegmentsIn();
    await send(h, session, session.intent('AMAZON.NextIntent')); // knee-to-chest, right
    const easier = await send(h, session, session.intent('EasierIntent'));
    expect(easier.said).toMatch(/^Okay, let's make it easier\./);
    expect(easier.said.toLowerCase()).toContain('towel');
    const gentle = compileRoutine('basic-daily', { preferences: DEFAULT_PREFERENCES, excluded: [], variant: 'easier' });
    const saved = (await stored(h, person.userId)).active;
    expect(saved?.variant).toBe('easier');
    // Both sides were played again in the easier version; the seated twist is next.
    expect(easier.said.toLowerCase()).toContain('now the left side');
    expect(gentle.segments[saved!.segmentIndex]).toMatchObject({ stretchId: 'seated-spinal-twist', side: 'right' });
    const standard = await send(h, session, session.intent('HarderIntent'));
    expect(standard.said).toMatch(/^Okay, back to the usual knee to chest/i);
    const harder = await send(h, session, session.intent('HarderIntent'));
    expect(harder.said).toMatch(/^Okay, let's make it harder\./);
    expect(harder.said.toLowerCase()).toContain('both knees');
    expect((await stored(h, person.userId)).active?.variant).toBe('harder');
  });

  it('harder on a stretch with no harder version says so and keeps going', async () => {
    const person = new Person();
    const session = person.session();
    await send(h, session, session.intent('StartRoutineIntent')); // child's pose
    const turn = await send(h, session, session.intent('HarderIntent'));
    expect(turn.said).toContain("Child's pose has no harder version in my guide.");
    expect(turn.said).toMatch(/Shall we carry on\?$/);
    expect((await stored(h, person.userId)).active?.variant).toBe('standard');
  });

  it('longer holds mid-routine keep the place and lengthen the next stretch', async () => {
    const { person, session } = await twoSegmentsIn();
    const set = await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'longer holds', id: 'longer-holds' } }));
    expect(set.said).toContain("Okay, I'll use longer holds from the next stretch on. I'll remember that.");
    expect(set.said).toMatch(/Shall we carry on\?$/);
    const longer = compileRoutine('basic-daily', { preferences: { ...DEFAULT_PREFERENCES, holdLength: 'longer' }, excluded: [] });
    const saved = await stored(h, person.userId);
    expect(longer.segments[saved.active!.segmentIndex]!.id).toBe(daily.segments[2]!.id);
    const next = await send(h, session, session.intent('AMAZON.NextIntent'));
    const hold = (events: typeof daily.segments[number]['events']) =>
      events.flatMap((e) => (e.type === 'holdStart' ? [e.targetSeconds] : []))[0];
    expect(hold(longer.segments[2]!.events)).toBeGreaterThan(hold(daily.segments[2]!.events)!);
    expect(next.said).toContain(instruction(2));
  });

  it('"skip this one from now on" mid-routine carries on with the next stretch', async () => {
    const { person, session } = await twoSegmentsIn(); // cat-cow just played
    await send(h, session, session.intent('ExcludeStretchIntent', { stretch: undefined }));
    expect((await stored(h, person.userId)).excludedStretches).toEqual(['cat-cow']);
    const next = await send(h, session, session.intent('AMAZON.NextIntent'));
    expect(next.said).toContain(instruction(2));
  });

  it('yes at a "say next" prompt means next', async () => {
    const { session } = await twoSegmentsIn();
    const turn = await send(h, session, session.intent('AMAZON.YesIntent'));
    expect(turn.said).toContain(instruction(2));
  });
});

describe('outside a routine', () => {
  it.each(['AMAZON.NextIntent', 'AMAZON.PreviousIntent', 'AMAZON.RepeatIntent', 'SkipIntent', 'AMAZON.PauseIntent', 'AMAZON.ResumeIntent', 'AMAZON.StartOverIntent', 'WhatsNextIntent', 'HowMuchLeftIntent'])(
    '%s with nothing playing offers the daily routine',
    async (name) => {
      const person = new Person();
      const session = person.session();
      const turn = await send(h, session, session.intent(name));
      expect(turn.said).toMatch(/Would you like to start your daily routine\?$/);
      expect(turn.ended).toBe(false);
      const yes = await send(h, session, session.intent('AMAZON.YesIntent'));
      expect(yes.said).toContain('basic daily routine');
    },
  );

  it('make it easier with nothing playing asks which stretch', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('EasierIntent'));
    expect(turn.said).toMatch(/Which stretch would you like\?$/);
  });
});
