/**
 * The Echo Show has spoken the narration to its end (lambda/responses/apl-speech.ts): its
 * SendEvent arrives as an Alexa.Presentation.APL.UserEvent, answered with the closing prompt
 * the person would have heard on a speaker, and its reprompt, so the microphone opens as usual
 * (the person can still say "next"). The closing was kept in the session with a token naming
 * the position and the turn (screen-speech-turn.ts); it is said only when the event carries
 * that token and the person's stored position is still the one it was kept for. Anything else
 * (an event from an older screen, a position moved on elsewhere, a closing already said) gets
 * an empty response: nothing said, nothing changed.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import { APL_TOKEN } from '../responses/apl';
import { SPOKEN_EVENT } from '../responses/apl-speech';
import { keptClosingOf, positionKey, positionOfToken, SCREEN_SPEECH_KEY } from '../responses/screen-speech-turn';
import { getTurnState, getUserState } from '../state/access';

function spokenEvent(input: HandlerInput): interfaces.alexa.presentation.apl.UserEvent | undefined {
  const request = input.requestEnvelope?.request;
  if (request?.type !== 'Alexa.Presentation.APL.UserEvent') return undefined;
  const event = request as interfaces.alexa.presentation.apl.UserEvent;
  const args: unknown = event.arguments;
  return event.token === APL_TOKEN && Array.isArray(args) && args[0] === SPOKEN_EVENT ? event : undefined;
}

export class ScreenSpokenHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return spokenEvent(input) !== undefined;
  }

  handle(input: HandlerInput): Response {
    const builder = input.responseBuilder;
    const event = spokenEvent(input);
    const token: unknown = event?.arguments?.[1];
    const attributes = input.attributesManager.getSessionAttributes();
    const kept = keptClosingOf(attributes);
    if (!kept || typeof token !== 'string' || token !== kept.token) return builder.getResponse();
    // Without the stored state (DynamoDB out of reach) the session's token is all there is to go on.
    const turn = getTurnState(input);
    if (turn?.available !== false && positionKey(getUserState(input)) !== positionOfToken(kept.token)) return builder.getResponse();
    delete attributes[SCREEN_SPEECH_KEY];
    input.attributesManager.setSessionAttributes(attributes);
    if (kept.closing) builder.speak(kept.closing);
    if (!kept.endSession && kept.reprompt) builder.reprompt(kept.reprompt);
    builder.withShouldEndSession(kept.endSession);
    return builder.getResponse();
  }
}
