/**
 * What the issue found wrong, said to a simulated device (Alexa-like matching through the
 * committed model, the real handler): mid-routine "longer" and "back" no longer start or
 * restart a routine, a fallback in a routine first says how to report pain or stop, and the
 * simulator shows which sample heard a phrase, or that none did.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { buildSkill } from '../../lambda/skill';
import { formatTurn } from '../../local/simulator/format-turn';
import { AlexaSimulator, type Turn } from '../../local/simulator/simulator';
import { ssmlToText } from '../../local/simulator/ssml-text';
import { fallbackInRoutine } from '../../skill/text/en/in-routine';
import { memoryStore } from './memory-store';
import { MODEL } from './run-corpus';

const store = memoryStore();
const skill = buildSkill({ store, companionUrl: 'https://coach.example', log: () => {} });
let people = 0;

function device(): { sim: AlexaSimulator; userId: string } {
  const userId = `amzn1.ask.account.DEVICE-${++people}`;
  return { sim: new AlexaSimulator({ model: MODEL, transport: (r: RequestEnvelope) => skill.invoke(r), userId }), userId };
}

const said = (turn: Turn): string => {
  const speech = turn.response?.response.outputSpeech;
  return ssmlToText(speech?.type === 'SSML' ? speech.ssml : '').replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
};

async function inRoutine(): Promise<{ sim: AlexaSimulator; userId: string }> {
  const d = device();
  await d.sim.say('open back stretch coach');
  await d.sim.say('start my back routine');
  return d;
}

describe('mid-routine words that used to go wrong', () => {
  it('"longer" asks for longer holds and keeps the place in the daily routine', async () => {
    const { sim, userId } = await inRoutine();
    const before = store.peek(userId)?.active;
    const turn = await sim.say('longer');
    expect(turn.match).toMatchObject({ intent: 'PreferenceIntent' });
    expect(store.peek(userId)?.preferences.holdLength).toBe('longer');
    expect(store.peek(userId)?.active).toMatchObject({ id: 'basic-daily', segmentIndex: before?.segmentIndex });
    expect(said(turn)).not.toMatch(/comprehensive/i);
  });

  it('"back" goes back one stretch instead of restarting the routine', async () => {
    const { sim, userId } = await inRoutine();
    await sim.say('next');
    const turn = await sim.say('back');
    expect(turn.match).toMatchObject({ intent: 'AMAZON.PreviousIntent' });
    expect(said(turn)).toMatch(/^Going back one\./);
    expect(store.peek(userId)?.active).toMatchObject({ id: 'basic-daily', segmentIndex: 1 });
  });

  it('words no sample fits: first how to report pain or stop, then the offer to carry on, place kept', async () => {
    const { sim, userId } = await inRoutine();
    const turn = await sim.say('purple elephants dancing');
    expect(turn.match).toMatchObject({ intent: 'AMAZON.FallbackIntent' });
    const text = said(turn);
    expect(text.indexOf(fallbackInRoutine.safety)).toBeGreaterThan(-1);
    expect(text.indexOf(fallbackInRoutine.safety)).toBeLessThan(text.indexOf(fallbackInRoutine.carryOn));
    expect(text.endsWith(fallbackInRoutine.carryOn)).toBe(true);
    expect(turn.sessionEnded).toBe(false);
    expect(store.peek(userId)?.active).toMatchObject({ id: 'basic-daily', segmentIndex: 1, paused: false });
  });
});

describe('words a carrier slot swallowed, mid-routine', () => {
  it('an unknown "stretch" still gets how to report pain, and the routine goes on', async () => {
    const { sim, userId } = await inRoutine();
    const turn = await sim.say('the cat knocked over my coffee');
    const text = said(turn);
    expect(text).toContain(fallbackInRoutine.safety);
    expect(text.endsWith(fallbackInRoutine.carryOn)).toBe(true);
    expect(store.peek(userId)?.active).toMatchObject({ id: 'basic-daily', segmentIndex: 1 });
  });
});

describe('first words that used to go wrong', () => {
  it('"I have five minutes" starts the desk break', async () => {
    const { sim, userId } = device();
    const turn = await sim.say('I have five minutes');
    expect(said(turn)).toContain("Let's do your desk break.");
    expect(store.peek(userId)?.active?.id).toBe('desk-break');
  });

  it('"I feel great" gets a warm word, not "does something hurt?"', async () => {
    const { sim } = await inRoutine();
    const text = said(await sim.say('I feel great'));
    expect(text).not.toMatch(/does something hurt/i);
    expect(text).toMatch(/good to hear|Lovely|Great/);
  });

  it('"downward dog" is not ours, with the closest ones we have', async () => {
    const { sim } = device();
    const text = said(await sim.say('downward dog'));
    expect(text).toContain("I don't have downward dog in my guide.");
    expect(text).toMatch(/child's pose/i);
  });
});

describe('the simulator shows what a device would do', () => {
  it('names the sample a phrase fitted, and says when none did', async () => {
    const { sim } = device();
    await sim.say('open back stretch coach');
    const hit = formatTurn(await sim.say('how do I do cat cow')).join('\n');
    expect(hit).toContain('(heard by the sample "how do i do {stretch}")');
    const miss = formatTurn(await sim.say("what's the weather")).join('\n');
    expect(miss).toContain('AMAZON.FallbackIntent');
    expect(miss).toContain('no sample fits these words');
  });
});
