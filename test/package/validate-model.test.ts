import { describe, expect, it } from 'vitest';
import type { InteractionModelFile } from '../../skill/package/model-types';
import { sampleProblem, validateInteractionModel } from '../../skill/package/validate-model';
import { builtInteractionModel } from '../support/built-model';

function withChange(change: (m: InteractionModelFile) => void): InteractionModelFile {
  const copy = structuredClone(builtInteractionModel('en-US'));
  change(copy);
  return copy;
}

function intentOf(m: InteractionModelFile, name: string) {
  const found = m.interactionModel.languageModel.intents.find((i) => i.name === name);
  if (!found) throw new Error(name);
  return found;
}

describe('sample rules', () => {
  it('accepts lower-case words, apostrophes, abbreviations and slots', () => {
    for (const ok of ["let's do {stretch}", 'how do i do the {stretch}', 'a. b. c. stretch', "i'm ready"]) {
      expect(sampleProblem(ok), ok).toBeUndefined();
    }
  });
  it('rejects punctuation, hyphens, digits, capitals and stray spaces', () => {
    for (const bad of ['how do i do cat-cow', 'what is next?', 'hold for 30 seconds', 'Start', 'start  now', ' start', 'wait, what']) {
      expect(sampleProblem(bad), bad).toBeDefined();
    }
  });
});

describe('validateInteractionModel', () => {
  it('finds nothing wrong with the generated model', () => {
    expect(validateInteractionModel(builtInteractionModel('en-US'))).toEqual([]);
  });

  it('rejects the same sample in two intents', () => {
    const problems = validateInteractionModel(withChange((m) => intentOf(m, 'SkipIntent').samples.push('start my back routine')));
    expect(problems.join('\n')).toContain('"start my back routine" is in both StartRoutineIntent and SkipIntent');
  });

  it('rejects a sample using a slot the intent does not have', () => {
    const problems = validateInteractionModel(withChange((m) => intentOf(m, 'SkipIntent').samples.push('skip {stretch}')));
    expect(problems.join('\n')).toContain('undefined slot {stretch}');
  });

  it('rejects a sample with a question mark', () => {
    const problems = validateInteractionModel(withChange((m) => intentOf(m, 'TipIntent').samples.push('any tips?')));
    expect(problems.join('\n')).toContain('any tips?');
  });

  it('rejects a phrase that resolves to two slot values', () => {
    const problems = validateInteractionModel(
      withChange((m) => {
        const stretch = m.interactionModel.languageModel.types.find((t) => t.name === 'STRETCH');
        stretch?.values[1]?.name.synonyms?.push(stretch.values[0]?.name.value ?? '');
      }),
    );
    expect(problems.join('\n')).toMatch(/STRETCH: "child's pose" belongs to both childs-pose and cat-cow/);
  });

  it('rejects a model missing a required built-in, or Fallback with samples', () => {
    const missing = withChange((m) => {
      m.interactionModel.languageModel.intents = m.interactionModel.languageModel.intents.filter((i) => i.name !== 'AMAZON.StopIntent');
    });
    expect(validateInteractionModel(missing).join('\n')).toContain('AMAZON.StopIntent is missing');
    const fallback = withChange((m) => intentOf(m, 'AMAZON.FallbackIntent').samples.push('blah'));
    expect(validateInteractionModel(fallback).join('\n')).toContain('cannot have sample utterances');
  });

  it('rejects a one-word invocation name or one with a launch word', () => {
    const single = withChange((m) => (m.interactionModel.languageModel.invocationName = 'stretches'));
    expect(validateInteractionModel(single).join('\n')).toContain('at least two words');
    const launch = withChange((m) => (m.interactionModel.languageModel.invocationName = 'open back coach'));
    expect(validateInteractionModel(launch).join('\n')).toContain('must not contain "open"');
  });

  it('rejects a required dialog slot whose prompt does not exist', () => {
    const problems = validateInteractionModel(withChange((m) => (m.interactionModel.prompts = [])));
    expect(problems.join('\n')).toContain('uses unknown prompt');
  });
});
