/**
 * Single stretches by name, preferences and exclusions that persist, and the information
 * answers (disclaimer, safety, tips, lists), help and fallback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullDisclaimerFor, getStretch, SAFETY, STRETCHES } from '../../skill/catalog/index';
import { Person } from '../support/envelopes';
import { breakSeconds, send, startHarness, stored, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.db.stop();
});

describe('a single stretch by name', () => {
  it('plays the stretch resolved by entity resolution', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'knees to chest', id: 'knee-to-chest' } }));
    // With its article: "Let's do the knee to chest stretch."
    expect(turn.said).toContain(`Let's do the ${getStretch('knee-to-chest').spokenName}.`);
    expect(turn.said).toContain(getStretch('knee-to-chest').setup[0]!);
    // Both sides fit in one response: a spoken switch, no question in between, then done.
    expect(turn.said).toContain('Now the left side.');
    expect(turn.said).toContain("Nice work. That's the knee to chest stretch done.");
    expect((await stored(h, person.userId)).completedSessions).toBe(1);
  });

  it('falls back to the catalog lookup on the raw words when resolution did not match', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'sphinx' } }));
    expect(turn.said).toContain(`Let's do ${getStretch('sphinx-pose').spokenName}.`);
  });

  it('answers an unknown name with a short list, never a dead end', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: 'banana split' } }));
    expect(turn.said).toMatch(/^I don't know a stretch called banana split\. I can guide you through .+, among others\./);
    expect(turn.said).toContain('To hear them all, say list stretches.');
    expect(turn.said).toMatch(/\?$/);
    expect(turn.ended).toBe(false);
    expect((await stored(h, person.userId)).active).toBeUndefined();
  });

  it('does not read back a very long unknown name at length', async () => {
    const person = new Person();
    const session = person.session();
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: long } }));
    expect(turn.said).toMatch(/^I don't know a stretch called word0 word1 /);
    expect(turn.said).not.toContain('word20 ');
    expect(turn.ssml.length).toBeLessThan(1000);
  });

  it('elicits the stretch slot when none was said', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: undefined }));
    const directive = turn.envelope.response.directives?.find((d) => d.type === 'Dialog.ElicitSlot');
    expect(directive).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'stretch', updatedIntent: { name: 'StretchIntent' } });
    expect(turn.said).toMatch(/Which stretch would you like\?$/);
    expect(turn.ended).toBe(false);
  });

  it('right after a single stretch, make it easier does it again in the gentler version', async () => {
    const person = new Person();
    const session = person.session();
    await send(h, session, session.intent('StretchIntent', { stretch: { value: "child's pose", id: 'childs-pose' } }));
    const easier = await send(h, session, session.intent('EasierIntent'));
    expect(easier.said.toLowerCase()).toContain(getStretch('childs-pose').modifications[0]!.name.toLowerCase());
  });
});

describe('preferences persist across sessions', () => {
  it('longer holds make the next narration of the same stretch hold longer', async () => {
    const person = new Person();
    const first = person.session();
    const before = await send(h, first, first.intent('StretchIntent', { stretch: { value: "child's pose", id: 'childs-pose' } }));
    const set = await send(h, first, first.intent('PreferenceIntent', { preference: { value: 'longer holds', id: 'longer-holds' } }));
    expect(set.said).toMatch(/^Okay, I'll use longer holds\. I'll remember that\./);
    await send(h, first, first.intent('AMAZON.StopIntent'));
    expect((await stored(h, person.userId)).preferences.holdLength).toBe('longer');

    const second = person.session();
    const after = await send(h, second, second.intent('StretchIntent', { stretch: { value: "child's pose", id: 'childs-pose' } }));
    expect(breakSeconds(after.ssml)).toBeGreaterThan(breakSeconds(before.ssml) + 20);
  });

  it('slower pace slows the speech in the next session', async () => {
    const person = new Person();
    const first = person.session();
    await send(h, first, first.intent('PreferenceIntent', { preference: { value: 'slower', id: 'slower' } }));
    const second = person.session();
    const turn = await send(h, second, second.intent('StretchIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } }));
    expect(turn.ssml).toContain('<prosody rate=');
  });

  it('an unrecognised preference gets the choices', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'purple' } }));
    expect(turn.said).toMatch(/longer holds, shorter holds, a slower pace, or chimes only/);
  });
});

describe('leaving a stretch out of routines', () => {
  it('"skip this one from now on" removes it from later routines; bring it back restores it', async () => {
    const person = new Person();
    const first = person.session();
    await send(h, first, first.intent('StartRoutineIntent'));
    const excluded = await send(h, first, first.intent('ExcludeStretchIntent', { stretch: undefined }));
    expect(excluded.said).toContain("Okay, I'll leave child's pose out of your routines from now on.");
    expect((await stored(h, person.userId)).excludedStretches).toEqual(['childs-pose']);

    const second = person.session();
    const without = await send(h, second, second.intent('StartRoutineIntent'));
    expect(without.said).toContain("As you asked, I'm leaving out child's pose.");
    expect(without.said).toContain('4 stretches');
    expect(without.said).not.toContain(getStretch('childs-pose').setup[2]!);

    const back = await send(h, second, second.intent('IncludeStretchIntent', { stretch: { value: "child's pose", id: 'childs-pose' } }));
    expect(back.said).toContain("Okay, child's pose is back in your routines.");
    expect((await stored(h, person.userId)).excludedStretches).toEqual([]);
  });
});

describe('information from the catalog', () => {
  it('reads the full disclaimer', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('DisclaimerIntent'));
    for (const paragraph of fullDisclaimerFor('en-US')) expect(turn.said).toContain(paragraph);
    expect(turn.ended).toBe(false);
  });

  it('says when to see a professional', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('SafetyIntent'));
    for (const item of SAFETY.whenToSeekHelp) expect(turn.said).toContain(item);
  });

  it('gives a tip, when to stretch, why a stretch helps, and the list', async () => {
    const person = new Person();
    const session = person.session();
    const tip = await send(h, session, session.intent('TipIntent'));
    expect(SAFETY.tips.some((t) => tip.said.includes(t))).toBe(true);
    const when = await send(h, session, session.intent('WhenToStretchIntent'));
    expect(when.said).toContain(SAFETY.whenToStretch[0]!);
    const why = await send(h, session, session.intent('BenefitsIntent', { stretch: { value: 'sphinx pose', id: 'sphinx-pose' } }));
    expect(why.said).toContain(getStretch('sphinx-pose').benefits[0]!);
    const list = await send(h, session, session.intent('ListIntent'));
    expect(list.said).toContain('4 routines');
    expect(list.said).toContain(`${STRETCHES.length} stretches`);
    expect([tip, when, why, list].every((t) => !t.ended)).toBe(true);
  });
});

describe('help and fallback', () => {
  it('help never ends the session and knows when a routine is running', async () => {
    const person = new Person();
    const session = person.session();
    const outside = await send(h, session, session.intent('AMAZON.HelpIntent'));
    expect(outside.ended).toBe(false);
    expect(outside.said).toMatch(/start my back routine/);
    await send(h, session, session.intent('StartRoutineIntent'));
    const inside = await send(h, session, session.intent('AMAZON.HelpIntent'));
    expect(inside.ended).toBe(false);
    expect(inside.said).toContain("You're in your basic daily routine, and Cat-Cow is next.");
    expect(inside.said).toContain('Say next to go on');
  });

  it('fallback helps, in and out of a routine', async () => {
    const person = new Person();
    const session = person.session();
    const outside = await send(h, session, session.intent('AMAZON.FallbackIntent'));
    expect(outside.said).toMatch(/^Sorry, I didn't catch that\./);
    expect(outside.ended).toBe(false);
    await send(h, session, session.intent('StartRoutineIntent'));
    const inside = await send(h, session, session.intent('AMAZON.FallbackIntent'));
    expect(inside.said).toContain('In a routine you can say next, repeat, previous, skip, pause, or stop.');
    expect((await stored(h, person.userId)).active?.segmentIndex).toBe(1);
  });

  it('stop with nothing playing says a short goodbye', async () => {
    const person = new Person();
    const session = person.session();
    const turn = await send(h, session, session.intent('AMAZON.CancelIntent'));
    expect(turn.ended).toBe(true);
    expect(turn.said).toBe('Okay. Take care of your back. Goodbye.');
  });
});
