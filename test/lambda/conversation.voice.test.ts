/**
 * The voice of a good coach, from the person's side: one short question at each boundary,
 * "no" that leads somewhere, pause as a real break and coming back into position, launch with
 * the likely next thing, no second "that starts your streak" on the same day, and the Echo Show
 * countdown (timed on the whole response, frozen on pause and help, the document's version
 * within the device's maxVersion).
 */
import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStretch } from '../../skill/catalog/index';
import { DEFAULT_PREFERENCES, ROUTINE_IDS, STRETCH_IDS } from '../../skill/catalog/types';
import { compileRoutine, compileStretch, durationOf } from '../../skill/narration/index';
import { responseEnd } from '../../skill/conversation/timelines';
import { Person, type Conversation } from '../support/envelopes';
import { send, startHarness, stored, type Harness, type Turn } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  // The screen timed on the speech estimate (SCREEN_SPEAKS=0, and the fallback when a response
  // cannot be spoken by the document); the screen that speaks: apl.speech.test.ts.
  h = await startHarness({ screenSpeaks: false });
});
afterAll(async () => {
  await h?.db.stop();
});

const daily = compileRoutine('basic-daily', { preferences: DEFAULT_PREFERENCES, excluded: [] });

/** The closing question of a turn: its last sentence. */
function question(turn: Turn): string {
  const sentences = turn.said.match(/[^.?!]+[.?!]/g) ?? [];
  return (sentences.at(-1) ?? '').trim();
}

async function started(person = new Person()): Promise<{ person: Person; session: Conversation; first: Turn }> {
  const session = person.session();
  const first = await send(h, session, session.intent('StartRoutineIntent'));
  return { person, session, first };
}

function renderDirective(turn: Turn): interfaces.alexa.presentation.apl.RenderDocumentDirective | undefined {
  return turn.envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
    | interfaces.alexa.presentation.apl.RenderDocumentDirective
    | undefined;
}

type Command = { type: string; delay?: number; repeatCount?: number; value?: unknown; property?: string; commands?: Command[] };

/** The countdown's commands (beside the drawing changes when the drawing changes too). */
function onMount(directive: interfaces.alexa.presentation.apl.RenderDocumentDirective): Command[] {
  const doc = directive.document as { mainTemplate: { items: Array<{ onMount: Command[] }> } };
  const commands = doc.mainTemplate.items[0]!.onMount;
  if (commands.length !== 1 || commands[0]!.type !== 'Parallel') return commands;
  const sequences = commands[0]!.commands!.map((sequence) => sequence.commands ?? []);
  return sequences.find((sequence) => sequence.some((c) => c.property === 'remaining')) ?? [];
}

describe('boundaries', () => {
  it('ask one short question, worded differently from one boundary to the next', async () => {
    const { session, first } = await started();
    const second = await send(h, session, session.intent('AMAZON.NextIntent'));
    for (const turn of [first, second]) {
      expect(turn.said).not.toMatch(/Say next when you're ready/);
      expect(turn.said.match(/\?/g)).toHaveLength(1);
      expect(question(turn).split(' ').length).toBeLessThanOrEqual(8);
    }
    expect(question(first)).not.toBe(question(second));
  });

  it('"no" gives a breather and offers to do it again; yes repeats it, no is a real break', async () => {
    const { person, session } = await started();
    const no = await send(h, session, session.intent('AMAZON.NoIntent'));
    expect(no.said).toMatch(/^No rush\. Would you like to do child's pose again\?$/);
    const again = await send(h, session, session.intent('AMAZON.YesIntent'));
    expect(again.said).toMatch(/^Once more\./);
    expect(again.said).toContain(getStretch('childs-pose').setup[0]!);
    await send(h, session, session.intent('AMAZON.NoIntent'));
    const rest = await send(h, session, session.intent('AMAZON.NoIntent'));
    expect(rest.said).toContain("I've kept your place");
    expect(rest.said).toContain('Alexa, open back stretch coach');
    expect(rest.ended).toBe(true);
    expect((await stored(h, person.userId)).active).toMatchObject({ paused: true, segmentIndex: 1 });
  });
});

describe('the two sides of a stretch', () => {
  it('with spoken cues, play in one response in every stretch and routine at every pace and hold length (chimes: five sounds a response)', () => {
    const asked: string[] = [];
    for (const holdLength of ['shorter', 'standard', 'longer'] as const) {
      for (const pace of ['normal', 'slower'] as const) {
        const preferences = { holdLength, pace, cueStyle: 'voice' as const };
        const timelines = [...STRETCH_IDS.map((id) => compileStretch(id, { preferences })), ...ROUTINE_IDS.map((id) => compileRoutine(id, { preferences }))];
        for (const timeline of timelines) {
          for (let start = 0; start < timeline.segments.length; start = responseEnd(timeline, start, pace)) {
            const end = responseEnd(timeline, start, pace);
            const [last, following] = [timeline.segments[end - 1]!, timeline.segments[end]];
            if (following && following.stretchId === last.stretchId && last.side === 'right' && following.side === 'left') asked.push(`${timeline.id} ${holdLength}/${pace}: ${last.id}`);
          }
        }
      }
    }
    expect(asked).toEqual([]);
  });
});

describe('names in sentences', () => {
  it('a stretch named mid-sentence takes its article: starting it, leaving it out (skipping: conversation.controls)', async () => {
    const person = new Person();
    const session = person.session();
    const start = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'piriformis stretch', id: 'piriformis-stretch' } }));
    expect(start.said).toContain("Let's do the piriformis stretch. It takes about");
    const out = await send(h, session, session.intent('ExcludeStretchIntent', { stretch: { value: 'piriformis stretch', id: 'piriformis-stretch' } }));
    // The name to say back is the one people say, without the article.
    expect(out.said).toContain("Okay, I'll leave the piriformis stretch out of your routines from now on. To add it back, say bring back piriformis stretch.");
    const twoOut = person.session();
    await send(h, twoOut, twoOut.intent('ExcludeStretchIntent', { stretch: { value: 'side stretch', id: 'side-stretch' } }));
    const started = await send(h, twoOut, twoOut.intent('StartRoutineIntent', { routine: { value: 'comprehensive', id: 'comprehensive' } }));
    expect(started.said).toContain("I'm leaving out the piriformis stretch and the side stretch.");
  });
});

describe('"no" after words the skill could not place, mid-routine', () => {
  it('asks once whether to carry on, and "no" then leads to a breather, not the same question again', async () => {
    const { session } = await started();
    const missed = await send(h, session, session.intent('AMAZON.FallbackIntent'));
    expect(missed.said).toMatch(/Shall we carry on\?$/);
    expect(missed.said).not.toContain("Say next when you're ready");
    const no = await send(h, session, session.intent('AMAZON.NoIntent'));
    expect(no.said).toBe("No rush. Would you like to do child's pose again?");
    const rest = await send(h, session, session.intent('AMAZON.NoIntent'));
    expect(rest.said).toContain("I've kept your place");
    expect(rest.ended).toBe(true);
  });
});

describe('paused after "it hurts", with the session still open', () => {
  it('another question gets its answer and one question back, and yes carries on', async () => {
    const { person, session } = await started();
    await send(h, session, session.intent('AMAZON.NextIntent')); // cat cow
    await send(h, session, session.intent('SymptomIntent', { symptom: { value: 'sharp pain' } }));
    expect((await stored(h, person.userId)).active).toMatchObject({ paused: true });
    const tip = await send(h, session, session.intent('TipIntent'));
    expect(tip.said.match(/\?/g)).toHaveLength(1);
    expect(question(tip)).toBe('Would you like to carry on now?');
    const yes = await send(h, session, session.intent('AMAZON.YesIntent'));
    expect(yes.said).toContain('Next, the knee to chest stretch.');
    expect((await stored(h, person.userId)).active).toMatchObject({ paused: false });
  });
});

describe('"no" at the switch between sides', () => {
  it('offers to do that one side again, since that is what again replays', async () => {
    const person = new Person();
    const session = person.session();
    // With chimes the knee to chest stretch plays one side per response.
    await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'chimes only', id: 'chimes-only' } }));
    let turn = await send(h, session, session.intent('StartRoutineIntent'));
    for (let i = 0; i < 10 && question(turn) !== 'Ready for the left side?'; i++) turn = await send(h, session, session.intent('AMAZON.NextIntent'));
    expect(turn.said).toContain('Next, the knee to chest stretch.');
    const no = await send(h, session, session.intent('AMAZON.NoIntent'));
    expect(no.said).toBe('No rush. Would you like to do the right side of the knee to chest stretch again?');
    const again = await send(h, session, session.intent('AMAZON.YesIntent'));
    expect(again.said).toContain('Draw your right knee toward your chest.');
    expect(again.said).not.toContain('Draw your left knee');
  });
});

describe('a real break', () => {
  it('coming back to a side on its own does the whole setup again first', async () => {
    const person = new Person();
    const session = person.session();
    await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'chimes only', id: 'chimes-only' } }));
    let turn = await send(h, session, session.intent('StartRoutineIntent'));
    // With chimes the twist's two sides take more than one response's five sounds, so they are played apart.
    // (The slower pace with longer holds no longer splits them: the routine is trimmed to its 15 minutes.)
    while (!turn.said.includes('seated spinal twist') || turn.said.includes('Now the left side')) {
      turn = await send(h, session, session.intent('AMAZON.NextIntent'));
    }
    expect(question(turn)).toBe('Ready for the left side?');
    const paused = await send(h, session, session.intent('AMAZON.PauseIntent'));
    expect(paused.ended).toBe(true);
    const later = person.session();
    await send(h, later, later.launch());
    const back = await send(h, later, later.intent('AMAZON.YesIntent'));
    const twist = getStretch('seated-spinal-twist');
    expect(back.said).toMatch(/^Picking up where you left off\. Let's get back into position for the seated spinal twist, left side\./);
    expect(back.said).toContain(twist.setup[0]!);
    expect(back.said.indexOf(twist.setup[0]!)).toBeLessThan(back.said.indexOf('Hold.'));
  });
});

describe('breath-paced moves', () => {
  it('teach both moves before the first breath, then only the short cue on each breath, with the same silence after each', async () => {
    const { session } = await started();
    const catCow = await send(h, session, session.intent('AMAZON.NextIntent'));
    const [cow, cat] = getStretch('cat-cow').phases!;
    const firstBreath = catCow.said.indexOf('Breathe in. Cow.');
    expect(catCow.said.indexOf(cow.cue)).toBeLessThan(firstBreath);
    expect(catCow.said.indexOf(cat.cue)).toBeLessThan(firstBreath);
    // From the first breath to the last: the two short cues, and a count now and then, nothing else.
    const flow = catCow.said.slice(firstBreath, catCow.said.lastIndexOf('Breathe out. Cat.') + 'Breathe out. Cat.'.length);
    const lines = flow.match(/[^.]+\./g)!.map((line) => line.trim());
    expect(new Set(lines)).toEqual(new Set(['Breathe in.', 'Cow.', 'Breathe out.', 'Cat.', "That's five.", "That's ten.", 'Last one.']));
    expect(lines.filter((line) => line === 'Cow.')).toHaveLength(15);
    // Every in-breath gets the same quiet in the SSML (the out-breath shares its quiet with a count now and then).
    const inBreaths = [...catCow.ssml.matchAll(/Breathe in\. Cow\.\s*<break time="([\d.]+m?s)"\/>/g)].map((m) => m[1]);
    expect(inBreaths).toHaveLength(15);
    expect(new Set(inBreaths).size).toBe(1);
  });
});

describe('a flow split over two responses', () => {
  it('calls its parts cycles, keeps one rhythm, and comes back to the second part with the setup and the cycle it starts at', async () => {
    const person = new Person();
    const session = person.session();
    await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'slower', id: 'slower' } }));
    const first = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } }));
    // At the slower pace cat cow alone is too long for one response: the first part stops between breaths.
    expect(first.said).toContain('Breathe in. Cow.');
    expect(question(first)).toBe('Ready to carry on?');
    await send(h, session, session.intent('AMAZON.StopIntent'));
    const later = person.session();
    const launch = await send(h, later, later.launch());
    expect(launch.said).toMatch(/You were on Cat-Cow, cycles \d+ to 15\. Continue\?$/);
    expect(launch.said).not.toMatch(/breaths? \d/i);
    const back = await send(h, later, later.intent('AMAZON.YesIntent'));
    expect(back.said).toMatch(/^Picking up where you left off\. Let's get back into position for cat cow\./);
    expect(back.said).toContain(getStretch('cat-cow').setup[0]!);
    expect(back.said).toMatch(/Cycle \w+ of fifteen\./);
  });
});

describe('launch', () => {
  it('offers the routine done last, with its length, in one question', async () => {
    const person = new Person();
    const s1 = person.session();
    let turn = await send(h, s1, s1.intent('StartRoutineIntent', { routine: { value: 'bedtime', id: 'bedtime' } }));
    while (!turn.said.includes('routine done') && !turn.ended) turn = await send(h, s1, s1.intent('AMAZON.NextIntent'));
    person.laterBy(1);
    const s2 = person.session();
    const launch = await send(h, s2, s2.launch());
    expect(question(launch)).toMatch(/^Would you like your bedtime routine, about \d+ minutes\?$/);
    const yes = await send(h, s2, s2.intent('AMAZON.YesIntent'));
    expect(yes.said).toContain("Let's do your bedtime routine.");
  });

  it('answered with "I only have five minutes", starts the short routine that fits', async () => {
    const person = new Person();
    const session = person.session();
    await send(h, session, session.launch());
    const short = await send(h, session, session.intent('StartForIntent', { need: { value: 'five minutes', id: 'time-5' } }));
    expect(short.said).toContain("Let's do your desk break. 3 stretches, about 5 minutes.");
    expect(short.ended).toBe(false);
  });

  it('after a routine today, offers a quick desk break instead; a second one today is not a new streak', async () => {
    const person = new Person();
    const s1 = person.session();
    let turn = await send(h, s1, s1.intent('StartRoutineIntent'));
    while (!turn.said.includes('routine done') && !turn.ended) turn = await send(h, s1, s1.intent('AMAZON.NextIntent'));
    expect(turn.said).toContain('That starts your streak.');
    const s2 = person.session();
    const launch = await send(h, s2, s2.launch());
    expect(launch.said).toContain("You've already stretched today.");
    expect(question(launch)).toMatch(/^Would you like a quick desk break, about \d+ minutes\?$/);
    turn = await send(h, s2, s2.intent('AMAZON.YesIntent'));
    expect(turn.said).toContain("Let's do your desk break.");
    while (!turn.said.includes('desk break done') && !turn.ended) turn = await send(h, s2, s2.intent('AMAZON.NextIntent'));
    expect(turn.said).not.toContain('That starts your streak.');
    expect(turn.said).toContain("That's your second session today.");
  });
});

describe('Echo Show countdown', () => {
  it('starts each hold when "Hold" has been said, counting everything the response says first, and ends on Release', async () => {
    const person = new Person({ screen: true });
    const { first } = await started(person);
    const directive = renderDirective(first)!;
    const commands = onMount(directive);
    const holdSeconds = daily.segments[0]!.events.find((e) => e.type === 'holdStart');
    expect(holdSeconds?.type === 'holdStart' && holdSeconds.targetSeconds).toBe(60);
    // The first wait covers the routine's intro and the safety line as well as the setup.
    const setupOnly = durationOf(daily.segments[0]!.events.slice(0, daily.segments[0]!.events.indexOf(holdSeconds!)), 'normal');
    expect(commands[0]!.type).toBe('Idle');
    expect(commands[0]!.delay! / 1000).toBeGreaterThan(setupOnly + 3);
    expect(commands.filter((c) => c.type === 'Sequential').map((c) => c.repeatCount)).toEqual([59]);
    expect(commands.at(-1)).toMatchObject({ type: 'SetValue', property: 'remaining', value: -1 });
    expect(JSON.stringify(directive.document)).toContain("'Release'");
  });

  it('counts down every hold of a response that holds both sides', async () => {
    const person = new Person({ screen: true });
    const { session } = await started(person);
    await send(h, session, session.intent('AMAZON.NextIntent'));
    const knee = await send(h, session, session.intent('AMAZON.NextIntent'));
    const loops = onMount(renderDirective(knee)!).filter((c) => c.type === 'Sequential');
    expect(loops).toHaveLength(4);
    for (const loop of loops) expect(loop.repeatCount).toBe(24);
  });

  it('freezes on pause and on help', async () => {
    const person = new Person({ screen: true });
    const { session } = await started(person);
    const help = await send(h, session, session.intent('AMAZON.HelpIntent'));
    const pause = await send(h, session, session.intent('AMAZON.PauseIntent'));
    for (const turn of [help, pause]) {
      const freeze = turn.envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands');
      expect(JSON.stringify(freeze)).toContain('"property":"frozen"');
    }
  });

  it('declares an APL version the device supports, and sends no document to a device too old for it', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    const withVersion = (request: RequestEnvelope, version: string) => {
      const apl = request.context.System.device!.supportedInterfaces as Record<string, { runtime: { maxVersion: string } }>;
      apl['Alexa.Presentation.APL']!.runtime.maxVersion = version;
      return request;
    };
    const older = await send(h, session, withVersion(session.intent('StretchIntent', { stretch: { value: 'sphinx', id: 'sphinx-pose' } }), '1.4'));
    expect((renderDirective(older)!.document as { version: string }).version).toBe('1.4');
    const newer = await send(h, session, withVersion(session.intent('StretchIntent', { stretch: { value: 'sphinx', id: 'sphinx-pose' } }), '2024.2'));
    expect((renderDirective(newer)!.document as { version: string }).version).toBe('2023.3');
    const ancient = await send(h, session, withVersion(session.intent('StretchIntent', { stretch: { value: 'sphinx', id: 'sphinx-pose' } }), '1.0'));
    expect(renderDirective(ancient)).toBeUndefined();
    expect(ancient.said).toContain('sphinx pose');
  });
});
