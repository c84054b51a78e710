/**
 * What shows besides speech: the card in the Alexa app, the Echo Show screen (APL with a
 * countdown), and plain voice on devices without a screen. Plus the kind error answer.
 */
import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStretch, SAFETY } from '../../skill/catalog/index';
import { Person } from '../support/envelopes';
import { COMPANION_URL, send, startHarness, words, assertValidSsml, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.db.stop();
});

describe('cards', () => {
  it('a narrated stretch comes with a Simple card: name, steps, timings and the companion link', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'knee to chest', id: 'knee-to-chest' } }));
    const card = turn.envelope.response.card;
    expect(card?.type).toBe('Simple');
    if (card?.type !== 'Simple') return;
    expect(card.title).toBe('Knee-to-Chest');
    expect(card.content).toContain('1. Lie on your back');
    expect(card.content).toContain('Draw your right knee toward your chest.');
    expect(card.content).not.toContain('{side}');
    expect(card.content).toMatch(/Hold: 20-30 seconds each side\./);
    expect(card.content).toContain(`See it at ${COMPANION_URL}/stretches/knee-to-chest`);
    expect(card.content).toContain(SAFETY.shortDisclaimer);
  });

  it('answers with no stretch in them have no card', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('TipIntent'));
    expect(turn.envelope.response.card).toBeUndefined();
  });
});

describe('with PNG illustrations published (ILLUSTRATION_PNG=1)', () => {
  it('sends a Standard card with the images and shows the image on the screen', async () => {
    process.env.ILLUSTRATION_PNG = '1';
    try {
      const person = new Person({ screen: true });
      const session = person.session();
      const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } }));
      const png = `${COMPANION_URL}/illustrations/cat-cow.png`;
      expect(turn.envelope.response.card).toMatchObject({ type: 'Standard', title: 'Cat-Cow', image: { smallImageUrl: png, largeImageUrl: png } });
      expect(JSON.stringify(turn.envelope.response.directives)).toContain(`"type":"Image","source":"${png}"`);
    } finally {
      delete process.env.ILLUSTRATION_PNG;
    }
  });
});

describe('skill id check', () => {
  it('rejects requests for another skill when SKILL_ID is set', async () => {
    process.env.SKILL_ID = 'amzn1.ask.skill.someone-else';
    try {
      const person = new Person();
      const session = person.session();
      await expect(h.handler(session.launch())).rejects.toThrow();
    } finally {
      delete process.env.SKILL_ID;
    }
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

  it('a device without a screen gets plain voice', async () => {
    const person = new Person({ screen: false });
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: "child's pose", id: 'childs-pose' } }));
    expect(turn.envelope.response.directives ?? []).toEqual([]);
  });
});

describe('errors', () => {
  it('a broken request gets a kind answer that keeps the session open', async () => {
    const person = new Person();
    const session = person.session();
    const broken = session.intent('StretchIntent');
    // An IntentRequest without its intent: the handlers cannot read it.
    delete (broken.request as { intent?: unknown }).intent;
    const response = await h.handler(broken as RequestEnvelope);
    const ssml = response.response.outputSpeech?.type === 'SSML' ? response.response.outputSpeech.ssml : '';
    await assertValidSsml(ssml);
    expect(words(ssml)).toMatch(/^Sorry, something went wrong on my side\. Your progress is safe\./);
    expect(words(ssml)).toMatch(/\?$/);
    expect(response.response.shouldEndSession).toBe(false);
    expect(response.response.reprompt).toBeDefined();
  });
});
