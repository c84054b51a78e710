/**
 * What shows besides speech: the card in the Alexa app, the Echo Show screen (APL with a
 * countdown), and plain voice on devices without a screen. Plus the kind error answer.
 */
import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStretch, SAFETY } from '../../skill/catalog/index';
import { DEFAULT_PREFERENCES } from '../../skill/catalog/types';
import { compileStretch, eventSeconds } from '../../skill/narration/index';
import { silenceFollows } from '../../skill/narration/duration';
import type { TimelineEvent } from '../../skill/narration/types';
import { Person } from '../support/envelopes';
import { skillHandler } from '../support/skill';
import { COMPANION_URL, send, startHarness, words, assertValidSsml, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  // The screen timed on the speech estimate (SCREEN_SPEAKS=0, and the fallback when a response
  // cannot be spoken by the document); the screen that speaks: apl.speech.test.ts.
  h = await startHarness({ screenSpeaks: false });
});
afterAll(async () => {
  await h?.db.stop();
});

describe('cards', () => {
  it('a narrated stretch comes with a Standard card: name, steps, timings, the companion link and the drawing', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'knee to chest', id: 'knee-to-chest' } }));
    const card = turn.envelope.response.card;
    expect(card?.type).toBe('Standard');
    if (card?.type !== 'Standard') return;
    expect(card.title).toBe('Knee-to-Chest');
    expect(card.text).toContain('1. Lie on your back');
    expect(card.text).toContain('Draw your right knee toward your chest.');
    expect(card.text).not.toContain('{side}');
    expect(card.text).toMatch(/Hold: 20-30 seconds each side\./);
    expect(card.text).toContain(`See it at ${COMPANION_URL}/stretches/knee-to-chest`);
    expect(card.text).toContain(SAFETY.shortDisclaimer);
    // Alexa's sizes: 720x480 small, 1200x800 large, both PNG on the companion site.
    expect(card.image).toEqual({
      smallImageUrl: `${COMPANION_URL}/illustrations/knee-to-chest.png`,
      largeImageUrl: `${COMPANION_URL}/illustrations/knee-to-chest-large.png`,
    });
  });

  it('answers with no stretch in them have no card', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('TipIntent'));
    expect(turn.envelope.response.card).toBeUndefined();
  });
});

describe('the drawing on the Echo Show screen', () => {
  it('shows the large PNG above the step', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } }));
    const large = `${COMPANION_URL}/illustrations/cat-cow-large.png`;
    expect(turn.envelope.response.card).toMatchObject({ type: 'Standard', title: 'Cat-Cow', image: { largeImageUrl: large } });
    // The Image shows the bound `drawing`, which starts as the stretch's main drawing.
    const directives = JSON.stringify(turn.envelope.response.directives);
    expect(directives).toContain('"type":"Image","source":"${drawing}"');
    expect(directives).toContain(`{"name":"drawing","value":"${large}"}`);
  });
});

describe('with images turned off (ILLUSTRATION_PNG=0)', () => {
  it('sends a Simple card with the same text and a screen without an image', async () => {
    const textOnly = { ...h, handler: skillHandler(h.db, { illustrationImages: false }) };
    {
      const person = new Person({ screen: true });
      const session = person.session();
      const turn = await send(textOnly, session, session.intent('StretchIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } }));
      const card = turn.envelope.response.card;
      expect(card?.type).toBe('Simple');
      if (card?.type !== 'Simple') return;
      expect(card.title).toBe('Cat-Cow');
      expect(card.content).toContain(`See it at ${COMPANION_URL}/stretches/cat-cow`);
      const directives = JSON.stringify(turn.envelope.response.directives);
      expect(directives).toContain('Alexa.Presentation.APL.RenderDocument');
      expect(directives).not.toContain('"type":"Image"');
    }
  });
});

describe('skill id check', () => {
  it('rejects requests for another skill when SKILL_ID is set', async () => {
    const guarded = skillHandler(h.db, { skillId: 'amzn1.ask.skill.someone-else' });
    const person = new Person();
    const session = person.session();
    await expect(guarded(session.launch())).rejects.toThrow();
    await expect(h.handler(session.launch())).resolves.toBeDefined();
  });
});

describe('Echo Show', () => {
  it('adds an APL document with the step and a SetValue + Idle countdown for the hold', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: "child's pose", id: 'childs-pose' } }));
    const directive = turn.envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
      | interfaces.alexa.presentation.apl.RenderDocumentDirective
      | undefined;
    expect(directive).toBeDefined();
    const json = JSON.stringify(directive);
    const payload = (directive!.datasources as { payload: { screen: Record<string, string> } }).payload.screen;
    expect(payload.title).toBe("Child's Pose");
    expect(payload.step).toBe(getStretch('childs-pose').setup[0]);
    expect(payload.holdLabel).toMatch(/^Hold \d+ seconds$/);
    expect(json).toContain('"type":"SetValue"');
    expect(json).toContain('"delay":1000');
    expect(json).not.toContain('TimeText');
    const container = (directive!.document as { mainTemplate: { items: Array<{ type: string; onMount: Array<{ type: string; repeatCount?: number }> }> } })
      .mainTemplate.items[0]!;
    expect(container.type).toBe('Container');
    const loop = container.onMount.find((c) => c.type === 'Sequential');
    expect(loop?.repeatCount).toBe(Number(payload.holdLabel!.match(/\d+/)![0]) - 1);
  });

  it('starts each later countdown at the end of the hold before plus only the speech in between, on both sides of one response', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'knee to chest', id: 'knee-to-chest' } }));
    const directive = turn.envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
      | interfaces.alexa.presentation.apl.RenderDocumentDirective
      | undefined;
    type Command = { type: string; delay?: number; repeatCount?: number; property?: string; commands?: Command[] };
    const mounted = (directive!.document as { mainTemplate: { items: Array<{ onMount: Command[] }> } }).mainTemplate.items[0]!.onMount;
    // With drawing changes (the left side's drawing), the countdown runs beside them in a Parallel.
    const sequences = mounted.length === 1 && mounted[0]!.type === 'Parallel' ? mounted[0]!.commands!.map((c) => c.commands ?? []) : [mounted];
    const onMount = sequences.find((sequence) => sequence.some((c) => c.property === 'remaining')) ?? [];
    // Each countdown: wait, show, count down, last second, "Release".
    const waits = onMount.filter((_, index) => index % 5 === 0).map((command) => command.delay!);
    const holdSeconds = onMount.filter((command) => command.type === 'Sequential').map((command) => command.repeatCount! + 1);

    const [right, left] = compileStretch('knee-to-chest', { preferences: DEFAULT_PREFERENCES }).segments;
    const holdsOf = (events: readonly TimelineEvent[]) => events.filter((event) => event.type === 'holdStart').length;
    expect(right!.side).toBe('right');
    expect(left!.side).toBe('left');
    expect(holdSeconds).toHaveLength(holdsOf(right!.events) + holdsOf(left!.events));
    expect(holdSeconds.length).toBeGreaterThanOrEqual(4);
    // What the voice says and pauses between the end of one hold and "Hold." of the next.
    const between = (events: readonly TimelineEvent[]): number[] => {
      const gaps: number[] = [];
      let gap: number | undefined;
      events.forEach((event, index) => {
        if (event.type === 'holdEnd') gap = 0;
        else if (event.type === 'holdStart' && gap !== undefined) gaps.push(gap);
        else if (gap !== undefined) gap += eventSeconds(event, 'normal', event.type === 'say' && silenceFollows(events, index));
      });
      return gaps;
    };
    const rightGaps = between(right!.events);
    const leftGaps = between(left!.events);
    const ms = (seconds: number) => Math.round(seconds * 1000);
    // Within each side, the wait after a hold is exactly the estimate of what comes between.
    rightGaps.forEach((gap, index) => expect(waits[1 + index]).toBeCloseTo(ms(gap), -1));
    const leftStart = holdsOf(right!.events);
    leftGaps.forEach((gap, index) => expect(waits[leftStart + 1 + index]).toBeCloseTo(ms(gap), -1));
    // The second side's holds do not re-add the first side's speech: its second hold waits as
    // long after its first as the first side's second hold does after its own first (the same
    // lines with the other side named), not the time since the response began.
    expect(Math.abs(waits[leftStart + 1]! - waits[1]!)).toBeLessThan(1000);
  });

  it('a device without a screen gets plain voice', async () => {
    const person = new Person({ screen: false });
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: "child's pose", id: 'childs-pose' } }));
    expect(turn.envelope.response.directives ?? []).toEqual([]);
  });
});

describe('errors', () => {
  it('an IntentRequest without its intent is treated as words it did not catch', async () => {
    const person = new Person();
    const session = person.session();
    const broken = session.intent('StretchIntent');
    delete (broken.request as { intent?: unknown }).intent;
    const response = await h.handler(broken as RequestEnvelope);
    const ssml = response.response.outputSpeech?.type === 'SSML' ? response.response.outputSpeech.ssml : '';
    await assertValidSsml(ssml);
    expect(words(ssml)).toMatch(/\?$/);
    expect(words(ssml)).not.toContain('something went wrong');
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('a request type no handler knows gets an empty answer, not a spoken error', async () => {
    const person = new Person();
    const session = person.session();
    const broken = session.intent('StretchIntent');
    // A request type this skill never registered for (more in unhandledRequests.test.ts).
    (broken.request as { type: string }).type = 'Messaging.MessageReceived';
    const response = await h.handler(broken as RequestEnvelope);
    expect(response.response.outputSpeech).toBeUndefined();
    expect(response.response.reprompt).toBeUndefined();
  });
});
