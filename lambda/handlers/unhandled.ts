/**
 * Every request no other handler claims: APL UserEvents, System.ExceptionEncountered, skill
 * events other than SkillDisabled, SessionResumedRequest, AudioPlayer.* and
 * PlaybackController.* (until their own handlers exist), and anything new Alexa sends.
 *
 * Alexa expects an empty response to these (speech is not even allowed for AudioPlayer,
 * PlaybackController and skill events), so the answer is empty and nothing is read or
 * stored. Registered last: any specific handler takes precedence.
 */
import { cutText } from '../../skill/text/safe-text';
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Log } from './session-ended';

export class UnhandledRequestHandler implements RequestHandler {
  constructor(private readonly log?: Log) {}

  canHandle(): boolean {
    return true;
  }

  handle(input: HandlerInput): Response {
    const type: unknown = input.requestEnvelope?.request?.type;
    if (type === 'System.ExceptionEncountered') {
      const error: unknown = (input.requestEnvelope.request as { error?: unknown }).error;
      const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
      this.log?.('alexa-exception-encountered', { type: cutText(String(record.type), 80), message: cutText(String(record.message), 200) });
    }
    return input.responseBuilder.getResponse();
  }
}
