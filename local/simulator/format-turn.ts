/**
 * What a simulated turn looks like in the terminal: what was heard and sent, what Alexa says
 * (SSML as readable text), the reprompt, the card, directives and the session's fate.
 */
import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import type { Turn } from './simulator';
import { ssmlToText } from './ssml-text';

export function speechText(speech: ui.OutputSpeech | undefined): string | undefined {
  if (!speech) return undefined;
  return speech.type === 'SSML' ? ssmlToText(speech.ssml) : speech.text;
}

/** "IntentRequest StretchIntent {stretch: "figure four" -> piriformis-stretch}" */
export function describeRequest(request: RequestEnvelope): string {
  const r = request.request;
  const session = request.session?.new ? ', new session' : '';
  if (r.type === 'IntentRequest') {
    const slots = Object.values(r.intent.slots ?? {}).map((slot) => {
      if (!slot.value) return `${slot.name}: (empty)`;
      const authority = slot.resolutions?.resolutionsPerAuthority?.[0];
      const resolved = authority?.status.code === 'ER_SUCCESS_MATCH' ? authority.values[0]?.value.id : undefined;
      return `${slot.name}: "${slot.value}" -> ${resolved ?? 'no match'}`;
    });
    const dialog = r.dialogState ? `, dialog ${r.dialogState}` : '';
    return `IntentRequest ${r.intent.name}${slots.length ? ` {${slots.join(', ')}}` : ''}${dialog}${session}`;
  }
  if (r.type === 'SessionEndedRequest') return `SessionEndedRequest (${r.reason})`;
  if (r.type === 'CanFulfillIntentRequest') return `CanFulfillIntentRequest ${r.intent.name}`;
  return `${r.type}${session}`;
}

function cardLines(card: ResponseEnvelope['response']['card']): string[] {
  if (!card) return [];
  if (card.type === 'Simple') return [`Card "${card.title ?? ''}": ${card.content ?? ''}`];
  if (card.type === 'Standard') {
    const image = card.image?.largeImageUrl ?? card.image?.smallImageUrl;
    return [`Card "${card.title ?? ''}": ${card.text ?? ''}${image ? ` (image ${image})` : ''}`];
  }
  return [`Card (${card.type})`];
}

export interface FormatOptions {
  /** Also print the raw request and response JSON. */
  json?: boolean;
}

/** A turn in three parts, so a player can print the speech in real time between them. */
export interface TurnSections {
  /** What was sent and what the simulator did. */
  heard: string[];
  /** Alexa's speech as one line (absent when nothing is spoken). */
  speech?: string;
  /** Reprompt, card, directives, warnings and the session's fate. */
  details: string[];
}

export function formatTurnSections(turn: Turn, options: FormatOptions = {}): TurnSections {
  const heard: string[] = [];
  const details: string[] = [];
  if (turn.request) heard.push(`  [${describeRequest(turn.request)}]`);
  const match = turn.match;
  if (match?.request === 'IntentRequest') {
    // What a device would do with the words: which sample they fit, or that none did.
    if (match.intent === 'AMAZON.FallbackIntent') heard.push('  (no sample fits these words: Alexa sends AMAZON.FallbackIntent and the skill never hears them)');
    else if (match.sample !== undefined) heard.push(`  (heard by the sample "${match.sample}")`);
    else heard.push(`  (heard by ${match.intent}'s own built-in words)`);
  }
  for (const note of turn.notes) heard.push(`  (${note})`);
  if (options.json && turn.request) heard.push('  request:', ...JSON.stringify(turn.request, null, 2).split('\n').map((l) => `    ${l}`));
  if (turn.error) heard.push(`  !! The skill failed: ${turn.error}`);
  let speech: string | undefined;
  if (turn.repromptPlayed) speech = `Alexa: ${speechText(turn.repromptPlayed.outputSpeech) ?? ''}`;
  const response = turn.response?.response;
  const requestType = turn.request?.request.type;
  const spoken = requestType !== 'SessionEndedRequest' && requestType !== 'CanFulfillIntentRequest';
  const canFulfill = response?.canFulfillIntent;
  if (canFulfill) {
    const slots = Object.entries(canFulfill.slots ?? {}).map(
      ([name, slot]) => `${name}: understand ${slot.canUnderstand}, fulfill ${slot.canFulfill ?? '-'}`,
    );
    details.push(`  Can fulfill: ${canFulfill.canFulfill}${slots.length ? ` (${slots.join('; ')})` : ''}`);
  }
  if (response && spoken) {
    const text = speechText(response.outputSpeech);
    speech = text ? `Alexa: ${text}` : 'Alexa: (says nothing)';
    const reprompt = speechText(response.reprompt?.outputSpeech);
    if (reprompt) details.push(`  Reprompt: ${reprompt}`);
    details.push(...cardLines(response.card).flatMap((l) => l.split('\n')).map((l, i) => (i === 0 ? `  ${l}` : `      ${l}`)));
    for (const directive of response.directives ?? []) {
      const detail = directive.type === 'Dialog.ElicitSlot' ? ` (asks for ${directive.slotToElicit})` : '';
      details.push(`  Directive: ${directive.type}${detail}`);
    }
  }
  if (options.json && turn.response) details.push('  response:', ...JSON.stringify(turn.response, null, 2).split('\n').map((l) => `    ${l}`));
  for (const warning of turn.warnings) details.push(`  !! ${warning}`);
  if (requestType !== 'CanFulfillIntentRequest') {
    details.push(turn.sessionEnded ? '  [session ended]' : '  [session open: the mic is listening]');
  }
  return speech === undefined ? { heard, details } : { heard, speech, details };
}

export function formatTurn(turn: Turn, options: FormatOptions = {}): string[] {
  const { heard, speech, details } = formatTurnSections(turn, options);
  return [...heard, ...(speech === undefined ? [] : [speech]), ...details];
}
