import { describe, expect, it } from 'vitest';
import { ROUTINES, SAFETY, STRETCHES } from '../../skill/catalog';
import { PREFERENCE_VALUES } from '../../skill/catalog/types';
import { BUILT_IN_INTENTS, INTENTS, INVOCATION_NAME, LOCALES, SLOT_TYPES } from '../../skill/package/intents';
import type { ModelIntent, SlotType } from '../../skill/package/model-types';
import { toSpokenForm } from '../../skill/package/spoken';
import { builtInteractionModel } from '../support/built-model';

const model = builtInteractionModel('en-US');
const { languageModel, dialog, prompts } = model.interactionModel;

function slotType(name: string): SlotType {
  const type = languageModel.types.find((t) => t.name === name);
  if (!type) throw new Error(`missing slot type ${name}`);
  return type;
}

function intent(name: string): ModelIntent {
  const found = languageModel.intents.find((i) => i.name === name);
  if (!found) throw new Error(`missing intent ${name}`);
  return found;
}

function phrasesById(type: SlotType): Map<string, string[]> {
  return new Map(type.values.map((v) => [v.id, [v.name.value, ...(v.name.synonyms ?? [])]]));
}

describe('interaction model', () => {
  it('is invoked as "back stretch coach": two or more lower-case words', () => {
    expect(languageModel.invocationName).toBe(INVOCATION_NAME);
    expect(languageModel.invocationName).toMatch(/^[a-z]+( [a-z]+)+$/);
  });

  it('has every custom intent the handlers use, with their slots and slot types', () => {
    for (const custom of Object.values(INTENTS)) {
      const found = intent(custom.name);
      const slots = Object.values(custom.slots) as string[];
      expect((found.slots ?? []).map((s) => s.name), custom.name).toEqual(slots);
    }
    expect(intent(INTENTS.stretch.name).slots?.[0]?.type).toBe(SLOT_TYPES.stretch);
    expect(intent(INTENTS.startRoutine.name).slots?.[0]?.type).toBe(SLOT_TYPES.routine);
    expect(intent(INTENTS.symptom.name).slots?.[0]?.type).toBe(SLOT_TYPES.symptom);
    expect(intent(INTENTS.preference.name).slots?.[0]?.type).toBe(SLOT_TYPES.preference);
  });

  it('has every built-in intent the player needs, Fallback and NavigateHome without samples', () => {
    for (const name of BUILT_IN_INTENTS) expect(() => intent(name)).not.toThrow();
    expect(intent('AMAZON.FallbackIntent').samples).toEqual([]);
    expect(intent('AMAZON.NavigateHomeIntent').samples).toEqual([]);
    expect(intent('AMAZON.NextIntent').samples).toEqual(expect.arrayContaining(['next stretch', "i'm ready", 'ready', 'continue']));
    expect(intent('AMAZON.PauseIntent').samples).toEqual(expect.arrayContaining(['hold on', 'wait']));
  });

  it('gives the main intents at least thirty natural samples each', () => {
    const main = [
      INTENTS.startRoutine, INTENTS.stretch, INTENTS.symptom, INTENTS.easier, INTENTS.harder,
      INTENTS.excludeStretch, INTENTS.preference, INTENTS.benefits, INTENTS.list,
    ];
    for (const { name } of main) expect(intent(name).samples.length, name).toBeGreaterThanOrEqual(30);
  });

  it('has the phrases people use to start a routine and to ask for a stretch', () => {
    expect(intent(INTENTS.startRoutine.name).samples).toEqual(
      expect.arrayContaining([
        'start my back routine', 'start my routine', 'begin my back stretches', "let's stretch my back",
        'start my {routine} routine', 'start the {routine}', 'do the {routine} routine',
      ]),
    );
    expect(intent(INTENTS.stretch.name).samples).toEqual(
      expect.arrayContaining([
        'how do i do {stretch}', 'how do i do the {stretch}', 'guide me through {stretch}', 'teach me the {stretch}',
        'teach me {stretch}', "let's do {stretch}", 'show me {stretch}', '{stretch}',
      ]),
    );
    expect(intent(INTENTS.symptom.name).samples).toEqual(
      expect.arrayContaining(['i feel {symptom}', 'i have {symptom}', 'my leg is {symptom}', '{symptom}']),
    );
  });

  it('lists every catalog stretch under its id with its spoken name, display name and synonyms', () => {
    const byId = phrasesById(slotType(SLOT_TYPES.stretch));
    expect([...byId.keys()]).toEqual(STRETCHES.map((s) => s.id));
    for (const stretch of STRETCHES) {
      const phrases = byId.get(stretch.id) ?? [];
      expect(phrases[0], stretch.id).toBe(toSpokenForm(stretch.spokenName));
      for (const name of [stretch.name, ...stretch.synonyms]) expect(phrases, stretch.id).toContain(toSpokenForm(name));
    }
  });

  it('lists every routine with its names and synonyms', () => {
    const byId = phrasesById(slotType(SLOT_TYPES.routine));
    expect([...byId.keys()]).toEqual(ROUTINES.map((r) => r.id));
    for (const routine of ROUTINES) {
      const phrases = byId.get(routine.id) ?? [];
      expect(phrases[0]).toBe(toSpokenForm(routine.spokenName));
      for (const name of routine.synonyms) expect(phrases, routine.id).toContain(toSpokenForm(name));
    }
  });

  it('lists every red-flag phrase as a SYMPTOM synonym of its group', () => {
    const byId = phrasesById(slotType(SLOT_TYPES.symptom));
    expect([...byId.keys()]).toEqual(SAFETY.redFlags.map((g) => g.id));
    for (const group of SAFETY.redFlags) {
      for (const phrase of group.phrases) expect(byId.get(group.id), group.id).toContain(toSpokenForm(phrase));
    }
  });

  it('has every preference value with the phrases people say', () => {
    const byId = phrasesById(slotType(SLOT_TYPES.preference));
    expect([...byId.keys()]).toEqual([...PREFERENCE_VALUES]);
    expect(byId.get('longer-holds')).toEqual(expect.arrayContaining(['longer holds', 'hold longer']));
    expect(byId.get('slower')).toEqual(expect.arrayContaining(['slower', 'slow down']));
    expect(byId.get('chimes-only')).toEqual(expect.arrayContaining(['chimes only', 'just chimes']));
    expect(byId.get('normal-pace')).toContain('normal speed');
  });

  it('lets the handler ask "which stretch?" with Dialog.ElicitSlot (dialog model, manual delegation)', () => {
    const stretchDialog = dialog?.intents.find((i) => i.name === INTENTS.stretch.name);
    expect(dialog?.delegationStrategy).toBe('SKILL_RESPONSE');
    expect(stretchDialog?.slots[0]).toMatchObject({ name: 'stretch', type: SLOT_TYPES.stretch, elicitationRequired: true });
    const promptId = stretchDialog?.slots[0]?.prompts.elicitation;
    expect(prompts?.find((p) => p.id === promptId)?.variations.length).toBeGreaterThan(0);
    expect(intent(INTENTS.stretch.name).slots?.[0]?.samples?.length).toBeGreaterThan(0);
  });

  it('is the same model for every English locale', () => {
    for (const locale of LOCALES) expect(builtInteractionModel(locale)).toEqual(model);
  });
});
