import { describe, expect, it } from 'vitest';
import { buildSkillManifest } from '../../skill/package/build-model';
import { INTENTS, LOCALES } from '../../skill/package/intents';
import { matchUtterance } from '../../local/alexa-matching/match-utterance';
import { builtInteractionModel } from '../support/built-model';

const { manifest } = buildSkillManifest();

describe('skill manifest', () => {
  it('publishes "Back Stretch Coach" in every locale under Health and Fitness', () => {
    expect(Object.keys(manifest.publishingInformation.locales)).toEqual([...LOCALES]);
    for (const entry of Object.values(manifest.publishingInformation.locales)) {
      expect(entry.name).toBe('Back Stretch Coach');
      expect(entry.description).toMatch(/not medical advice/i);
      expect(entry.examplePhrases.length).toBeLessThanOrEqual(3);
    }
    expect(manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
    expect(manifest.manifestVersion).toBe('1.0');
  });

  it('declares no purchases or ads, is not for children, and says it keeps personal information (progress per user)', () => {
    expect(manifest.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      usesPersonalInfo: true,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
  });

  it('uses CanFulfillIntentRequest, APL and the AudioPlayer (hands-free streams), and hears about users disabling the skill', () => {
    expect(manifest.apis.custom.interfaces.map((i) => i.type)).toEqual(['CAN_FULFILL_INTENT_REQUEST', 'ALEXA_PRESENTATION_APL', 'AUDIO_PLAYER']);
    expect(manifest.apis.custom.endpoint.uri).toMatch(/^arn:aws:lambda:/);
    expect(manifest.events.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
  });

  it('has example phrases that the model really understands', () => {
    // Locales with the same model share one compiled matcher (compiling is most of the cost).
    const byContent = new Map<string, ReturnType<typeof builtInteractionModel>>();
    for (const locale of LOCALES) {
      const built = builtInteractionModel(locale);
      const content = JSON.stringify(built);
      const model = byContent.get(content) ?? built;
      byContent.set(content, model);
      const [open, routine, stretch] = manifest.publishingInformation.locales[locale]?.examplePhrases ?? [];
      expect(matchUtterance(model, open ?? '')).toMatchObject({ request: 'LaunchRequest', invocation: 'launch' });
      const routineMatch = matchUtterance(model, routine ?? '');
      expect(routineMatch).toMatchObject({ request: 'IntentRequest', intent: INTENTS.startRoutine.name, invocation: 'one-shot' });
      const stretchMatch = matchUtterance(model, stretch ?? '');
      expect(stretchMatch).toMatchObject({
        request: 'IntentRequest',
        intent: INTENTS.stretch.name,
        invocation: 'one-shot',
        slots: { stretch: { resolvedId: 'cat-cow' } },
      });
    }
  });

  it('has example phrases whose request part is literally a sample utterance with a slot value', () => {
    const model = builtInteractionModel('en-US');
    const samples = model.interactionModel.languageModel.intents.flatMap((i) => i.samples);
    expect(samples).toContain('start my back routine');
    expect(samples).toContain('how do i do {stretch}');
  });
});
