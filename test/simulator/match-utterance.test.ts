import { describe, expect, it } from 'vitest';
import { matchUtterance, type UtteranceMatch } from '../../local/alexa-matching/match-utterance';
import { COMMITTED_MODEL } from '../support/committed-model';

// The committed model: what `npm run talk` and Alexa use.
const model = COMMITTED_MODEL;

function heard(phrase: string): { intent: string; slots: Record<string, string> } {
  const match = matchUtterance(model, phrase) as UtteranceMatch;
  if (match.request !== 'IntentRequest') return { intent: match.request, slots: {} };
  return {
    intent: match.intent,
    slots: Object.fromEntries(Object.entries(match.slots).map(([name, slot]) => [name, slot.resolvedId ?? `no match: ${slot.value}`])),
  };
}

describe('utterance matcher', () => {
  it.each([
    ['start my back routine', 'StartRoutineIntent'],
    ['Start my routine.', 'StartRoutineIntent'],
    ["let's stretch my back", 'StartRoutineIntent'],
    ['begin my back stretches', 'StartRoutineIntent'],
    ['next', 'AMAZON.NextIntent'],
    ["I'm ready", 'AMAZON.NextIntent'],
    ['hold on', 'AMAZON.PauseIntent'],
    ['resume', 'AMAZON.ResumeIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['go back', 'AMAZON.PreviousIntent'],
    ['start over', 'AMAZON.StartOverIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['cancel', 'AMAZON.CancelIntent'],
    ['help', 'AMAZON.HelpIntent'],
    ['yes', 'AMAZON.YesIntent'],
    ['no thanks', 'AMAZON.NoIntent'],
    ['skip this one', 'SkipIntent'],
    ['skip', 'SkipIntent'],
    ['make it easier', 'EasierIntent'],
    ['this is too hard', 'EasierIntent'],
    ['give me the advanced version', 'HarderIntent'],
    ["what's next", 'WhatsNextIntent'],
    ['how much is left', 'HowMuchLeftIntent'],
    ['read me the disclaimer', 'DisclaimerIntent'],
    ['when should I see a doctor', 'SafetyIntent'],
    ['give me a tip', 'TipIntent'],
    ['when should I stretch', 'WhenToStretchIntent'],
    ['why should I stretch', 'BenefitsIntent'],
    ['what stretches do you know', 'ListIntent'],
    ['skip this one from now on', 'ExcludeStretchIntent'],
  ])('hears "%s" as %s', (phrase, intent) => {
    expect(heard(phrase).intent).toBe(intent);
  });

  it.each([
    ['how do I do cat-cow?', 'StretchIntent', { stretch: 'cat-cow' }],
    ["guide me through child's pose", 'StretchIntent', { stretch: 'childs-pose' }],
    ['teach me the figure four stretch', 'StretchIntent', { stretch: 'piriformis-stretch' }],
    ['how do I do the knee hug', 'StretchIntent', { stretch: 'knee-to-chest' }],
    ['sphinx', 'StretchIntent', { stretch: 'sphinx-pose' }],
    ['show me thread the needle', 'StretchIntent', { stretch: 'thread-the-needle' }],
    ['start the desk break', 'StartRoutineIntent', { routine: 'desk-break' }],
    ['start my bedtime routine', 'StartRoutineIntent', { routine: 'bedtime' }],
    ['do the comprehensive routine', 'StartRoutineIntent', { routine: 'comprehensive' }],
    ['I have chest pain', 'SymptomIntent', { symptom: 'chest-pain' }],
    ['my legs are numb', 'SymptomIntent', { symptom: 'both-legs' }],
    ['it hurts', 'SymptomIntent', { symptom: 'sharp-pain' }],
    ['ouch', 'SymptomIntent', { symptom: 'sharp-pain' }],
    ['longer holds', 'PreferenceIntent', { preference: 'longer-holds' }],
    ['slow down', 'PreferenceIntent', { preference: 'slower' }],
    ['just chimes', 'PreferenceIntent', { preference: 'chimes-only' }],
    ['never do sphinx pose again', 'ExcludeStretchIntent', { stretch: 'sphinx-pose' }],
    ['bring back the side stretch', 'IncludeStretchIntent', { stretch: 'side-stretch' }],
    ['what is pelvic tilts good for', 'BenefitsIntent', { stretch: 'pelvic-tilts' }],
  ])('hears "%s" as %s with %j', (phrase, intent, slots) => {
    expect(heard(phrase)).toEqual({ intent, slots });
  });

  it('fills an unknown stretch name as Alexa does: the words, with no entity match', () => {
    const match = matchUtterance(model, 'how do I do the splits');
    expect(match).toMatchObject({ request: 'IntentRequest', intent: 'StretchIntent', slots: { stretch: { value: 'splits' } } });
    expect(match?.request === 'IntentRequest' && match.slots.stretch?.resolution.status).toBe('ER_SUCCESS_NO_MATCH');
    expect(match?.request === 'IntentRequest' && match.slots.stretch?.resolvedId).toBeUndefined();
  });

  it('reports the resolved value name and the slot type for entity resolution', () => {
    const match = matchUtterance(model, 'teach me the figure four stretch');
    expect(match?.request === 'IntentRequest' && match.slots.stretch?.resolution).toEqual({
      status: 'ER_SUCCESS_MATCH',
      slotType: 'STRETCH',
      id: 'piriformis-stretch',
      name: 'piriformis stretch',
    });
  });

  it('passes a symptom described in other words on whole, so the skill can look for red flags in it', () => {
    // Custom slots take any words (issue 9): the words reach the skill, as the symptom and where it is.
    const match = matchUtterance(model, 'I feel numbness in my legs');
    expect(match).toMatchObject({ request: 'IntentRequest', intent: 'SymptomIntent' });
    const slots = match?.request === 'IntentRequest' ? match.slots : {};
    expect(`${slots.symptom?.value ?? ''} ${slots.place?.value ?? ''}`).toMatch(/numbness.*legs/);
    expect(slots.symptom?.resolution.status).toBe('ER_SUCCESS_NO_MATCH');
    expect(heard('I have numbness in my leg')).toEqual({ intent: 'SymptomIntent', slots: { symptom: 'leg-numbness' } });
    expect(heard('my legs are weak')).toEqual({ intent: 'SymptomIntent', slots: { symptom: 'both-legs' } });
  });

  it.each(["what's the weather", 'tell me a joke', 'order a pizza', 'turn off the lights'])('sends "%s" to Fallback', (phrase) => {
    expect(heard(phrase).intent).toBe('AMAZON.FallbackIntent');
  });

  it('understands the invocation forms', () => {
    expect(matchUtterance(model, 'Alexa, open back stretch coach')).toEqual({ request: 'LaunchRequest', invocation: 'launch' });
    expect(matchUtterance(model, 'launch back stretch coach')).toMatchObject({ request: 'LaunchRequest' });
    expect(matchUtterance(model, 'alexa ask back stretch coach to start my back routine')).toMatchObject({
      request: 'IntentRequest',
      intent: 'StartRoutineIntent',
      invocation: 'one-shot',
    });
    expect(matchUtterance(model, 'Alexa, ask Back Stretch Coach how do I do cat cow')).toMatchObject({
      intent: 'StretchIntent',
      invocation: 'one-shot',
      slots: { stretch: { resolvedId: 'cat-cow' } },
    });
    expect(matchUtterance(model, 'ask back stretch coach for a tip')).toMatchObject({ intent: 'TipIntent', invocation: 'one-shot' });
    expect(matchUtterance(model, 'start my back routine with back stretch coach')).toMatchObject({
      intent: 'StartRoutineIntent',
      invocation: 'one-shot',
    });
    expect(matchUtterance(model, 'next')).toMatchObject({ invocation: 'none' });
  });

  it('treats "exit" as closing the session and an empty phrase as nothing', () => {
    expect(matchUtterance(model, 'exit')).toEqual({ request: 'SessionEndedRequest', invocation: 'none' });
    expect(matchUtterance(model, '  ?! ')).toBeUndefined();
  });
});
