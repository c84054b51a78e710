/**
 * Anything that throws: a kind answer, the error logged, and the session kept open with a
 * next step. If even the player fails, a fixed answer still goes out. Requests where speech
 * is not allowed (or not heard) get an empty response instead.
 */
import { cutText } from '../../skill/text/safe-text';
import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { renderSsml } from '../../skill/narration/index';
import { textsOf } from '../responses/texts';
import type { Log } from './session-ended';

export class KindErrorHandler implements ErrorHandler {
  constructor(private readonly log: Log) {}

  canHandle(): boolean {
    return true;
  }

  handle(input: HandlerInput, error: Error): Response {
    this.log('handler-error', {
      requestType: cutText(String(input.requestEnvelope?.request?.type), 80),
      error: cutText(String(error?.name), 80),
      message: cutText(String(error?.message), 500),
      stack: cutText(String(error?.stack), 2000),
    });
    // Only a conversation turn may speak: AudioPlayer, PlaybackController and skill events
    // must not, and nobody hears a CanFulfillIntentRequest or a SessionEndedRequest.
    const type: unknown = input.requestEnvelope?.request?.type;
    if (type !== 'LaunchRequest' && type !== 'IntentRequest') return input.responseBuilder.getResponse();
    const { errors } = textsOf(input);
    const speech = renderSsml(
      [
        { type: 'say', text: errors.SOMETHING_WENT_WRONG, role: 'instruction' },
        { type: 'say', text: errors.AFTER_ERROR_PROMPT, role: 'prompt' },
      ],
      { pace: 'normal' },
    );
    const reprompt = renderSsml([{ type: 'say', text: errors.AFTER_ERROR_REPROMPT, role: 'prompt' }], { pace: 'normal' });
    return input.responseBuilder.speak(speech).reprompt(reprompt).withShouldEndSession(false).getResponse();
  }
}
