/**
 * No two intents compete for the same words: over the fully expanded model (every sample with
 * every value and synonym of its slots) no phrasing belongs to two intents, and every sample,
 * said as written (slots filled with each slot value in turn), is understood as its own intent
 * with the value it was given.
 */
import { describe, expect, it } from 'vitest';
import { matchIntent } from '../../local/alexa-matching/match-utterance';
import { buildInteractionModel } from '../../skill/package/build-model';
import { conflicts, expansions } from '../../skill/package/expand-model';

const model = buildInteractionModel('en-US');
const { intents, types } = model.interactionModel.languageModel;

describe('utterance conflicts', () => {
  it('gives no phrasing of the fully expanded model to two intents', () => {
    let phrasings = 0;
    for (const _ of expansions(intents, types)) phrasings += 1;
    expect(phrasings).toBeGreaterThan(100_000);
    const clashes = [...conflicts(intents, types)].map(([phrase, owners]) => `"${phrase}": ${[...owners].join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('hears every fixed sample as the intent it belongs to', () => {
    const clashes: string[] = [];
    for (const intent of intents) {
      for (const sample of intent.samples.filter((s) => !s.includes('{'))) {
        const heard = matchIntent(model, sample);
        if (heard.intent !== intent.name) clashes.push(`"${sample}" (${intent.name}) is heard as ${heard.intent}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('hears every slot sample, with every value of its slot type, as its intent and that value', () => {
    const clashes: string[] = [];
    for (const intent of intents) {
      for (const sample of intent.samples.filter((s) => s.includes('{'))) {
        const slotNames = [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
        const slotName = slotNames[0] ?? '';
        const typeOf = (name: string) => types.find((t) => t.name === intent.slots?.find((s) => s.name === name)?.type);
        // Other slots said with their first value.
        const base = slotNames.slice(1).reduce((text, name) => text.replace(`{${name}}`, typeOf(name)?.values[0]?.name.value ?? name), sample);
        for (const value of typeOf(slotName)?.values ?? []) {
          const said = base.replace(`{${slotName}}`, value.name.value);
          const heard = matchIntent(model, said);
          const id = heard.slots[slotName]?.resolvedId;
          // Two slots of one intent may both take the words ("stretches for the office" as a
          // situation, or "the office" as a need): the same intent and value either way.
          const sameValue = id === value.id || Object.values(heard.slots).some((s) => s.resolvedId === value.id);
          if (heard.intent !== intent.name || !sameValue) {
            clashes.push(`"${said}" (${intent.name}, ${value.id}) is heard as ${heard.intent} ${id ?? ''}`);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  }, 120_000);
});
