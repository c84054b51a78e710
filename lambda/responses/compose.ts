/**
 * Player result -> Alexa response. All speech goes through the timeline renderer
 * (renderSsml); what is said about saving (savingSpeech, decided after the save) goes before
 * the closing prompt. Adds the card, the APL screen on devices that have one, and the slot
 * elicitation directive.
 */
import { getSupportedInterfaces, type HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import type { PlayerResult } from '../../skill/conversation/commands';
import { renderSsml, SSML_MAX_CHARS, type SsmlOptions } from '../../skill/narration/index';
import type { TimelineEvent } from '../../skill/narration/types';
import type { StretchId } from '../../skill/catalog/types';
import type { DrawingRef } from '../../skill/catalog/drawings';
import { INTENTS } from '../../skill/package/intents';
import type { TurnState } from '../state/access';
import { documentVersion, freezeDirective, renderDocumentDirective, speakingScreenDirectives } from './apl';
import { SPOKEN_EVENT } from './apl-speech';
import { closingToken, SCREEN_SPEECH_KEY, type KeptClosing } from './screen-speech-turn';
import { stretchCard, type CardImages } from './card';
import { savingSpeech } from './saving-speech';
import { xmlSafe, xmlSafeDeep } from '../../skill/text/safe-text';
import type { Texts } from './texts';
import { jsonLog } from '../../skill/log';

const skillLog = jsonLog('skill', (line) => console.error(line));

export interface ResponseOptions {
  /** Base URL of the companion page, e.g. https://example.com (no trailing slash needed). */
  companionUrl: string;
  /** Raster (PNG/JPEG) card images for a stretch, when such images are published. */
  cardImagesFor?: (id: StretchId) => CardImages | undefined;
  /** Raster image for the Echo Show screen, when published (APL Image cannot draw SVG). */
  screenImageFor?: (drawing: DrawingRef) => string | undefined;
  /**
   * The Echo Show speaks the narration from its document, so its countdowns follow the voice
   * (apl-speech.ts); default true. False: outputSpeech, and the screen times itself on the estimate.
   */
  screenSpeaks?: boolean;
}

/**
 * The response's SSML, at most SSML_MAX_CHARS. The narration keeps segments well inside the
 * limit; should an answer still be too long, the closing prompt is kept and the body is
 * shortened (never a response Alexa would reject).
 */
function speechWithinLimit(body: TimelineEvent[], closing: TimelineEvent[], options: SsmlOptions, texts: Texts): string {
  const full = renderSsml([...body, ...closing], options);
  if (full.length <= SSML_MAX_CHARS) return full;
  skillLog('speech-too-long', { chars: full.length });
  const apology: TimelineEvent = { type: 'say', text: texts.errors.TOO_LONG_TO_SAY, role: 'transition' };
  let kept = body;
  while (kept.length > 0) {
    kept = kept.slice(0, -1);
    const shorter = renderSsml([...kept, apology, ...closing], options);
    if (shorter.length <= SSML_MAX_CHARS) return shorter;
  }
  return renderSsml([apology, ...closing], options);
}

function hasScreen(input: HandlerInput): boolean {
  return Boolean(getSupportedInterfaces(input.requestEnvelope)?.['Alexa.Presentation.APL']);
}

/** The newest APL version the device supports, when it says. */
function aplMaxVersion(input: HandlerInput): string | undefined {
  const apl = getSupportedInterfaces(input.requestEnvelope)?.['Alexa.Presentation.APL'] as { runtime?: { maxVersion?: unknown } } | undefined;
  const version = apl?.runtime?.maxVersion;
  return typeof version === 'string' ? version : undefined;
}

/** The stretch's card in the Alexa app: Standard with the drawing when published, else Simple. */
function addCard(input: HandlerInput, stretchId: StretchId, options: ResponseOptions, texts: Texts): void {
  const card = stretchCard(stretchId, options.companionUrl, options.cardImagesFor?.(stretchId), texts);
  const [title, text] = [xmlSafe(card.title), xmlSafe(card.text)];
  if (card.images) input.responseBuilder.withStandardCard(title, text, card.images.smallImageUrl, card.images.largeImageUrl);
  else input.responseBuilder.withSimpleCard(title, text);
}

/**
 * On an Echo Show the document speaks the narration (apl-speech.ts): the RenderDocument and
 * ExecuteCommands directives, no outputSpeech and shouldEndSession left undefined; the closing
 * prompt and reprompt wait in the session for the screen's UserEvent (screen-speech-turn.ts).
 * Returns false, leaving the response alone, when the screen cannot speak this answer.
 */
function speakOnScreen(input: HandlerInput, result: PlayerResult, turn: TurnState | undefined, options: ResponseOptions, texts: Texts): boolean {
  const attributes = input.attributesManager.getSessionAttributes();
  if (!result.show || result.elicitSlot || options.screenSpeaks === false || !hasScreen(input)) return false;
  const state = result.state;
  const ssmlOptions = { pace: state.preferences.pace };
  const token = closingToken(state, input.requestEnvelope.request.requestId);
  const { stretchId, segment, played } = result.show;
  const directives = speakingScreenDirectives(
    { stretchId, segment, played, speech: result.speech, preferences: state.preferences, imageFor: options.screenImageFor, texts },
    [SPOKEN_EVENT, token],
    aplMaxVersion(input),
  );
  if (!directives) return false;
  const closing = [...savingSpeech(input, result, turn, texts), ...result.prompt];
  const kept: KeptClosing = {
    token,
    closing: closing.length > 0 ? renderSsml(closing, ssmlOptions) : '',
    reprompt: result.endSession ? '' : renderSsml(result.reprompt, ssmlOptions),
    endSession: result.endSession,
  };
  attributes[SCREEN_SPEECH_KEY] = kept;
  input.attributesManager.setSessionAttributes(attributes);
  for (const directive of directives) input.responseBuilder.addDirective(xmlSafeDeep(directive));
  return true;
}

export function composeResponse(input: HandlerInput, result: PlayerResult, turn: TurnState | undefined, options: ResponseOptions, texts: Texts): Response {
  const builder = input.responseBuilder;
  if (result.silent) return builder.getResponse();
  // Any answer replaces a closing still waiting for the screen (a stale UserEvent then says nothing).
  const attributes = input.attributesManager.getSessionAttributes();
  if (SCREEN_SPEECH_KEY in attributes) {
    delete attributes[SCREEN_SPEECH_KEY];
    input.attributesManager.setSessionAttributes(attributes);
  }
  const state = result.state;
  const ssmlOptions = { pace: state.preferences.pace };
  if (result.show && speakOnScreen(input, result, turn, options, texts)) {
    addCard(input, result.show.stretchId, options, texts);
    return builder.getResponse();
  }
  // The words about saving are kept with the closing prompt: never cut for length.
  builder.speak(speechWithinLimit(result.speech, [...savingSpeech(input, result, turn, texts), ...result.prompt], ssmlOptions, texts));
  if (!result.endSession) builder.reprompt(renderSsml(result.reprompt, ssmlOptions));
  builder.withShouldEndSession(result.endSession);
  if (result.show) {
    const { stretchId, segment, played } = result.show;
    addCard(input, stretchId, options, texts);
    if (hasScreen(input)) {
      const directive = renderDocumentDirective(
        { stretchId, segment, played, speech: result.show.speech, preferences: state.preferences, imageFor: options.screenImageFor, texts },
        aplMaxVersion(input),
      );
      if (directive) builder.addDirective(xmlSafeDeep(directive));
    }
  } else if (result.freezeScreen && hasScreen(input) && documentVersion(aplMaxVersion(input))) {
    builder.addDirective(freezeDirective());
  }
  if (result.elicitSlot) {
    const slot = INTENTS.stretch.slots[result.elicitSlot];
    const request = input.requestEnvelope.request;
    const intent: Intent =
      request.type === 'IntentRequest' && request.intent.name === INTENTS.stretch.name
        ? request.intent
        : { name: INTENTS.stretch.name, confirmationStatus: 'NONE', slots: { [slot]: { name: slot, value: '', confirmationStatus: 'NONE' } } };
    builder.addElicitSlotDirective(slot, intent);
  }
  return builder.getResponse();
}
