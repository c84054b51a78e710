/**
 * No two intents compete for the same words: every sample, said as written (slots filled with
 * each slot value in turn), is understood as its own intent with the value it was given.
 */
import { describe, expect, it } from 'vitest';
import { buildInteractionModel } from '../../skill/package/buildModel';
import { matchIntent } from '../../local/alexa-matching/matchUtterance';

const model = buildInteractionModel('en-US');
const { intents, types } = model.interactionModel.languageModel;

describe('utterance conflicts', () => {
  it('hears every fixed sample as the intent it belongs to', () => {
    const conflicts: string[] = [];
    for (const intent of intents) {
      for (const sample of intent.samples.filter((s) => !s.includes('{'))) {
        const heard = matchIntent(model, sample);
        if (heard.intent !== intent.name) conflicts.push(`"${sample}" (${intent.name}) is heard as ${heard.intent}`);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('hears every slot sample, with every value of its slot type, as its intent and that value', () => {
    const conflicts: string[] = [];
    for (const intent of intents) {
      for (const sample of intent.samples.filter((s) => s.includes('{'))) {
        const slotName = /\{(\w+)\}/.exec(sample)?.[1] ?? '';
        const typeName = intent.slots?.find((s) => s.name === slotName)?.type;
        const type = types.find((t) => t.name === typeName);
        for (const value of type?.values ?? []) {
          const said = sample.replace(`{${slotName}}`, value.name.value);
          const heard = matchIntent(model, said);
          const id = heard.slots[slotName]?.resolvedId;
          if (heard.intent !== intent.name || id !== value.id) {
            conflicts.push(`"${said}" (${intent.name}, ${value.id}) is heard as ${heard.intent} ${id ?? ''}`);
          }
        }
      }
    }
    expect(conflicts).toEqual([]);
  });
});
