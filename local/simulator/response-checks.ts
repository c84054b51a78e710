/**
 * Platform limits a response must respect, checked on every simulated turn so problems show
 * up while talking to the skill, before certification does.
 */
import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import { parseDuration } from './ssml-text';

export const MAX_SSML_CHARACTERS = 8000;
export const MAX_BREAK_SECONDS = 10;
export const MAX_AUDIO_TAGS = 5;

function ssmlOf(speech: ui.OutputSpeech | undefined): string | undefined {
  if (!speech) return undefined;
  return speech.type === 'SSML' ? speech.ssml : undefined;
}

function speechWarnings(label: string, ssml: string): string[] {
  const warnings: string[] = [];
  if (ssml.length > MAX_SSML_CHARACTERS) warnings.push(`${label} is ${ssml.length} characters; Alexa accepts at most ${MAX_SSML_CHARACTERS}.`);
  const audioTags = ssml.match(/<audio\b/g)?.length ?? 0;
  if (audioTags > MAX_AUDIO_TAGS) warnings.push(`${label} has ${audioTags} audio tags; Alexa plays at most ${MAX_AUDIO_TAGS}.`);
  for (const match of ssml.matchAll(/<break\b[^>]*time\s*=\s*["']([^"']+)["']/g)) {
    const seconds = parseDuration(match[1] ?? '');
    if (seconds !== undefined && seconds > MAX_BREAK_SECONDS) warnings.push(`${label} has a ${seconds}s break; Alexa allows at most ${MAX_BREAK_SECONDS}s.`);
  }
  return warnings;
}

export function responseWarnings(envelope: ResponseEnvelope): string[] {
  const { response } = envelope;
  const warnings: string[] = [];
  const speech = ssmlOf(response.outputSpeech);
  if (speech) warnings.push(...speechWarnings('The speech', speech));
  const reprompt = ssmlOf(response.reprompt?.outputSpeech);
  if (reprompt) warnings.push(...speechWarnings('The reprompt', reprompt));
  const elicits = (response.directives ?? []).some((d) => d.type.startsWith('Dialog.'));
  if (response.shouldEndSession === false && !response.reprompt && !elicits) {
    warnings.push('The session stays open without a reprompt: certification expects one.');
  }
  const card = response.card;
  const cardText = card?.type === 'Simple' ? card.content : card?.type === 'Standard' ? card.text : undefined;
  if (cardText && cardText.length > 8000) warnings.push(`The card text is ${cardText.length} characters; at most 8000.`);
  return warnings;
}
