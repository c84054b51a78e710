/**
 * CanFulfillIntentRequest (name-free interaction): YES for starting a routine and for a known
 * stretch, MAYBE for a loosely matched stretch name, NO for unknown stretches and other
 * intents. Nothing is said and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intent, Person } from '../support/envelopes';
import { startHarness, stored, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.db.stop();
});

async function ask(target: ReturnType<typeof intent>) {
  const person = new Person();
  const response = await h.handler(person.canFulfill(target));
  return { person, response: response.response };
}

describe('CanFulfillIntentRequest', () => {
  it('YES for "start my back routine"', async () => {
    const { person, response } = await ask(intent('StartRoutineIntent', { routine: undefined }));
    expect(response.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: {} });
    expect(response.outputSpeech).toBeUndefined();
    expect((await stored(h, person.userId)).version).toBe(0);
  });

  it('YES for a routine named by its resolved id', async () => {
    const { response } = await ask(intent('StartRoutineIntent', { routine: { value: 'bedtime', id: 'bedtime' } }));
    expect(response.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: { routine: { canUnderstand: 'YES', canFulfill: 'YES' } } });
  });

  it('YES for a known stretch, with the slot understood and fulfillable', async () => {
    const { response } = await ask(intent('StretchIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } }));
    expect(response.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: { stretch: { canUnderstand: 'YES', canFulfill: 'YES' } } });
  });

  it('MAYBE for a stretch name the catalog only matches loosely', async () => {
    const { response } = await ask(intent('StretchIntent', { stretch: { value: 'sphinx' } }));
    expect(response.canFulfillIntent).toEqual({ canFulfill: 'MAYBE', slots: { stretch: { canUnderstand: 'MAYBE', canFulfill: 'YES' } } });
  });

  it('NO for an unknown stretch', async () => {
    const { response } = await ask(intent('StretchIntent', { stretch: { value: 'banana split' } }));
    expect(response.canFulfillIntent).toEqual({ canFulfill: 'NO', slots: { stretch: { canUnderstand: 'NO', canFulfill: 'NO' } } });
  });

  it('NO for an intent that is not ours to take name-free', async () => {
    const { response } = await ask(intent('PlayMusicIntent', { song: { value: 'yesterday' } }));
    expect(response.canFulfillIntent).toEqual({ canFulfill: 'NO', slots: { song: { canUnderstand: 'NO', canFulfill: 'NO' } } });
  });

  describe('hands-free ("play my back routine", "...straight through")', () => {
    it('YES with nothing named: the daily routine plays', async () => {
      const { person, response } = await ask(intent('HandsFreeIntent', { routine: undefined, stretch: undefined }));
      expect(response.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: {} });
      expect(response.outputSpeech).toBeUndefined();
      expect(response.directives).toBeUndefined();
      expect((await stored(h, person.userId)).version).toBe(0);
    });

    it('YES for a routine or a stretch named exactly, with that slot understood', async () => {
      const routine = await ask(intent('HandsFreeIntent', { routine: { value: 'bedtime routine', id: 'bedtime' } }));
      expect(routine.response.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: { routine: { canUnderstand: 'YES', canFulfill: 'YES' } } });
      const stretch = await ask(intent('HandsFreeIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } }));
      expect(stretch.response.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: { stretch: { canUnderstand: 'YES', canFulfill: 'YES' } } });
    });

    it('MAYBE for a name the catalog only matches loosely', async () => {
      const { response } = await ask(intent('HandsFreeIntent', { stretch: { value: 'sphinx' } }));
      expect(response.canFulfillIntent).toEqual({ canFulfill: 'MAYBE', slots: { stretch: { canUnderstand: 'MAYBE', canFulfill: 'YES' } } });
    });

    it('NO for a routine or stretch we do not have', async () => {
      const stretch = await ask(intent('HandsFreeIntent', { stretch: { value: 'banana split' } }));
      expect(stretch.response.canFulfillIntent).toEqual({ canFulfill: 'NO', slots: { stretch: { canUnderstand: 'NO', canFulfill: 'NO' } } });
      const routine = await ask(intent('HandsFreeIntent', { routine: { value: 'marathon routine' } }));
      expect(routine.response.canFulfillIntent).toEqual({ canFulfill: 'NO', slots: { routine: { canUnderstand: 'NO', canFulfill: 'NO' } } });
    });

    it('a known routine plays even when the other slot was misheard, and says which slot it cannot use', async () => {
      const { response } = await ask(intent('HandsFreeIntent', { routine: { value: 'desk break', id: 'desk-break' }, stretch: { value: 'banana split' } }));
      expect(response.canFulfillIntent).toEqual({
        canFulfill: 'YES',
        slots: { routine: { canUnderstand: 'YES', canFulfill: 'YES' }, stretch: { canUnderstand: 'NO', canFulfill: 'NO' } },
      });
    });

    it('YES for "always play straight through" and "always guide me"', async () => {
      for (const name of ['AlwaysHandsFreeIntent', 'AlwaysGuidedIntent']) {
        const { response } = await ask(intent(name));
        expect(response.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: {} });
      }
    });
  });
});
