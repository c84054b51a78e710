/** SessionEndedRequest: nothing to say (Alexa would not play it); the position is already saved. */
import { cutText } from '../../skill/text/safe-text';
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response, SessionEndedRequest } from 'ask-sdk-model';

import type { Log } from '../../skill/log';

export type { Log };

export class SessionEndedHandler implements RequestHandler {
  constructor(private readonly log: Log) {}

  canHandle(input: HandlerInput): boolean {
    return input.requestEnvelope.request.type === 'SessionEndedRequest';
  }

  handle(input: HandlerInput): Response {
    const request = input.requestEnvelope.request as SessionEndedRequest;
    if (request.reason === 'ERROR') {
      // From outside: log a short summary, never the object itself (it may be anything).
      const error: unknown = request.error;
      const record = typeof error === 'object' && error !== null ? (error as unknown as Record<string, unknown>) : {};
      this.log('session-ended-error', { type: cutText(String(record.type), 80), message: cutText(String(record.message), 300) });
    }
    return input.responseBuilder.getResponse();
  }
}
