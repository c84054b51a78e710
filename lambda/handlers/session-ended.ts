/** SessionEndedRequest: nothing to say (Alexa would not play it); the position is already saved. */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response, SessionEndedRequest } from 'ask-sdk-model';

export type Log = (event: string, details?: Record<string, unknown>) => void;

export class SessionEndedHandler implements RequestHandler {
  constructor(private readonly log: Log) {}

  canHandle(input: HandlerInput): boolean {
    return input.requestEnvelope.request.type === 'SessionEndedRequest';
  }

  handle(input: HandlerInput): Response {
    const request = input.requestEnvelope.request as SessionEndedRequest;
    if (request.reason === 'ERROR') this.log('session-ended-error', { error: request.error });
    return input.responseBuilder.getResponse();
  }
}
