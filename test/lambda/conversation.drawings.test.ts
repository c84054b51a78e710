/**
 * The Echo Show shows the drawing of what is being done: the side (a left side shows the
 * left drawing), the version (the desk break's twist is the chair twist), and for a moving
 * stretch the pose of the moment, switching in step with the speech (real envelopes).
 */
import type { interfaces } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../skill/catalog/types';
import { compileStretch, durationOf } from '../../skill/narration/index';
import type { SayEvent, TimelineEvent } from '../../skill/narration/types';
import { Person } from '../support/envelopes';
import { COMPANION_URL, send, startHarness, type Harness, type Turn } from './conversation.harness';

type Json = Record<string, unknown>;
type Command = { type: string; delay?: number; repeatCount?: number; property?: string; value?: unknown; commands?: Command[] };

let h: Harness;
beforeAll(async () => {
  // The screen timed on the speech estimate (SCREEN_SPEAKS=0, and the fallback when a response
  // cannot be spoken by the document); the screen that speaks: apl.speech.test.ts.
  h = await startHarness({ screenSpeaks: false });
});
afterAll(async () => {
  await h?.db.stop();
});

const png = (name: string) => `${COMPANION_URL}/illustrations/${name}-large.png`;

function renderDirective(turn: Turn): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  const directive = turn.envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
  expect(directive).toBeDefined();
  return directive as interfaces.alexa.presentation.apl.RenderDocumentDirective;
}

function screenRoot(turn: Turn): Json {
  return (renderDirective(turn).document as { mainTemplate: { items: Json[] } }).mainTemplate.items[0]!;
}

/** The drawing the screen shows first: the Image's source is the bound `drawing`. */
function firstDrawing(turn: Turn): string {
  const root = screenRoot(turn);
  expect(JSON.stringify(root)).toContain('"type":"Image","source":"${drawing}"');
  const bound = (root.bind as { name: string; value: unknown }[]).find((b) => b.name === 'drawing');
  return String(bound?.value);
}

/** [seconds after the start of the response, drawing URL] for each drawing change, from the Idle + SetValue clock. */
function drawingSchedule(turn: Turn): [number, string][] {
  const root = screenRoot(turn);
  const onMount = root.onMount as Command[];
  const sequences = onMount.length === 1 && onMount[0]!.type === 'Parallel' ? onMount[0]!.commands!.map((c) => c.commands!) : [onMount];
  const drawings = sequences.find((commands) => commands.some((c) => c.property === 'drawing')) ?? [];
  const schedule: [number, string][] = [];
  let clock = 0;
  for (const command of drawings) {
    if (command.type === 'Idle') clock += command.delay ?? 0;
    if (command.type === 'SetValue' && command.property === 'drawing') schedule.push([clock / 1000, String(command.value)]);
  }
  return schedule;
}

/** When each countdown starts (seconds after the start of the response), from its Idle + SetValue clock. */
function countdownHoldStarts(turn: Turn): number[] {
  const onMount = screenRoot(turn).onMount as Command[];
  const countdown =
    onMount.length === 1 && onMount[0]!.type === 'Parallel'
      ? onMount[0]!.commands!.find((c) => c.commands!.some((x) => x.property === 'remaining'))!.commands!
      : onMount;
  const starts: number[] = [];
  let clock = 0;
  for (const command of countdown) {
    if (command.type === 'Idle') clock += command.delay ?? 0;
    if (command.type === 'Sequential') clock += (command.repeatCount ?? 0) * 1000;
    if (command.type === 'SetValue' && typeof command.value === 'number' && command.value > 0) starts.push(clock / 1000);
  }
  return starts;
}

describe('the drawing on the Echo Show screen follows the stretch', () => {
  it('a left side on its own shows the left drawing', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    // With chimes the routine's twist takes one response per side (more than five sounds for both).
    await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'chimes only', id: 'chimes-only' } }));
    let right = await send(h, session, session.intent('StartRoutineIntent'));
    for (let i = 0; i < 20 && (!right.said.includes('seated spinal twist') || right.said.includes('Now the left side')); i++) {
      right = await send(h, session, session.intent('AMAZON.NextIntent'));
    }
    expect(right.said).toMatch(/Ready for the left side\?$/);
    expect(firstDrawing(right)).toBe(png('seated-spinal-twist'));
    expect(drawingSchedule(right)).toEqual([]);
    const left = await send(h, session, session.intent('AMAZON.YesIntent'));
    expect(left.said).toMatch(/left/i);
    expect(firstDrawing(left)).toBe(png('seated-spinal-twist-left'));
    expect(drawingSchedule(left)).toEqual([]);
  });

  it('a response that holds both sides switches to the left drawing when the left side starts', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'knee to chest', id: 'knee-to-chest' } }));
    expect(firstDrawing(turn)).toBe(png('knee-to-chest'));
    const schedule = drawingSchedule(turn);
    expect(schedule.map(([, url]) => url)).toEqual([png('knee-to-chest-left')]);
    expect(turn.said).toMatch(/left/i);
    // It changes between the right side's last hold and the left side's first one, on the countdown's clock.
    const holdStarts = countdownHoldStarts(turn);
    expect(holdStarts.length % 2).toBe(0);
    const perSide = holdStarts.length / 2;
    expect(schedule[0]![0]).toBeGreaterThan(holdStarts[perSide - 1]!);
    expect(schedule[0]![0]).toBeLessThan(holdStarts[perSide]!);
  });

  it.each(['en-US', 'qps-ploc'])("the desk break's twist shows the chair drawing (%s: the version is known by what it is, not by its name)", async (locale) => {
    const person = new Person({ screen: true });
    person.locale = locale;
    const session = person.session();
    let turn = await send(h, session, session.intent('StartRoutineIntent', { routine: { value: 'desk break', id: 'desk-break' } }));
    const seen: string[] = [];
    for (let i = 0; i < 12 && !turn.ended; i++) {
      const directive = turn.envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
      if (directive) seen.push(firstDrawing(turn), ...drawingSchedule(turn).map(([, url]) => url));
      if (seen.some((url) => url.includes('seated-spinal-twist'))) break;
      turn = await send(h, session, session.intent('AMAZON.YesIntent'));
    }
    const twist = seen.filter((url) => url.includes('seated-spinal-twist'));
    expect(twist.length).toBeGreaterThan(0);
    for (const url of twist) expect(url).toMatch(/seated-spinal-twist-chair(-left)?-large\.png$/);
    expect(twist[0]).toBe(png('seated-spinal-twist-chair'));
  });

  it("cat-cow's screen switches between the cow and cat drawings at the times its pose-tagged lines are spoken", async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } }));
    expect(firstDrawing(turn)).toBe(png('cat-cow'));
    const schedule = drawingSchedule(turn);
    // What the narration says, with its pose tags: the same segment this response narrates.
    const segment = compileStretch('cat-cow', { preferences: DEFAULT_PREFERENCES }).segments[0]!;
    const expected = poseChanges(segment.events);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(schedule.map(([, url]) => url)).toEqual(expected.map(([, pose]) => png(pose === 'cow' ? 'cat-cow' : `cat-cow-${pose}`)));
    // Each switch comes when its line is reached: the gaps between switches are the speech between those lines
    // (the response's own lead before the segment shifts them all by the same amount).
    const lead = schedule[0]![0] - expected[0]![0];
    expect(lead).toBeGreaterThanOrEqual(0);
    schedule.forEach(([at], i) => expect(Math.abs(at - lead - expected[i]![0])).toBeLessThan(0.01));
    // And the lines it keeps time with are the ones this response speaks.
    const catLine = segment.events.find((e): e is SayEvent => e.type === 'say' && e.pose === 'cat');
    expect(turn.said).toContain(catLine!.text);
  });

  it('pelvic tilts switch to each tilt as it is cued, before its hold is counted down', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'pelvic tilts', id: 'pelvic-tilts' } }));
    expect(firstDrawing(turn)).toBe(png('pelvic-tilts'));
    const schedule = drawingSchedule(turn);
    expect(schedule.length).toBeGreaterThanOrEqual(3);
    schedule.forEach(([, url], i) => expect(url).toBe(i % 2 === 0 ? png('pelvic-tilts-tilt-forward') : png('pelvic-tilts')));
    const segment = compileStretch('pelvic-tilts', { preferences: DEFAULT_PREFERENCES }).segments[0]!;
    const expected = poseChanges(segment.events, 'tilt-back');
    const lead = schedule[0]![0] - expected[0]![0];
    schedule.forEach(([at], i) => expect(Math.abs(at - lead - expected[i]![0])).toBeLessThan(0.01));
    // Each tilt's drawing is up before its hold starts counting, and stays until the other tilt is cued.
    const holdStarts = countdownHoldStarts(turn);
    schedule.forEach(([at], i) => {
      const until = schedule[i + 1]?.[0] ?? Infinity;
      expect(holdStarts.some((start) => start >= at && start < until), `switch ${i}`).toBe(true);
    });
  });
});

/** [seconds from the start of the events, pose] where the tagged pose changes, starting from the main one. */
function poseChanges(events: readonly TimelineEvent[], main = 'cow'): [number, string][] {
  const changes: [number, string][] = [];
  let current = main;
  events.forEach((event, index) => {
    if ((event.type !== 'say' && event.type !== 'holdStart') || !event.pose || event.pose === current) return;
    current = event.pose;
    changes.push([durationOf(events.slice(0, index), DEFAULT_PREFERENCES.pace), event.pose]);
  });
  return changes;
}
