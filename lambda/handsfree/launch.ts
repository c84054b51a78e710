/**
 * The next launch after a stream failed: say what happened and offer the guided mode
 * ("Shall I guide you through it instead?"); yes starts it, no ends kindly. The notice is
 * given once.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import type { ResponseOptions } from '../responses/compose';
import { textsOf } from '../responses/texts';
import { getUserState, setUserState } from '../state/access';
import { answer } from '../handlers/conversation';
import { isRoutineId, isStretchId } from '../../skill/catalog/index';
import { ask, pendingOf, setPending, tell } from './speech';
import { playbackOf, withPlayback } from './stream';

export class StreamFailedLaunchHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return input.requestEnvelope.request.type === 'LaunchRequest' && Boolean(playbackOf(getUserState(input)).failureNotice);
  }

  handle(input: HandlerInput): Response {
    const state = getUserState(input);
    const { failureNotice, ...playback } = playbackOf(state);
    setUserState(input, withPlayback(state, playback));
    // The failed play is what "yes" guides through.
    const attributes = input.attributesManager.getSessionAttributes();
    attributes.handsFreeFailed = failureNotice;
    input.attributesManager.setSessionAttributes(attributes);
    setPending(input, 'failedOffer');
    const { audio } = textsOf(input);
    return ask(input, [audio.STREAM_FAILED_NOTICE], audio.STREAM_FAILED_OFFER);
  }
}

export class StreamFailedAnswerHandler implements RequestHandler {
  constructor(private readonly options: ResponseOptions) {}

  canHandle(input: HandlerInput): boolean {
    const request = input.requestEnvelope.request;
    if (request.type !== 'IntentRequest' || pendingOf(input) !== 'failedOffer') return false;
    const name = /* an envelope from outside may lack its intent */ ((request as IntentRequest).intent as IntentRequest['intent'] | undefined)?.name;
    return name === 'AMAZON.YesIntent' || name === 'AMAZON.NoIntent';
  }

  handle(input: HandlerInput): Response | Promise<Response> {
    setPending(input, undefined);
    const failed = input.requestEnvelope.session?.attributes?.handsFreeFailed as { kind?: string; id?: string } | undefined;
    const attributes = input.attributesManager.getSessionAttributes();
    delete attributes.handsFreeFailed;
    input.attributesManager.setSessionAttributes(attributes);
    const texts = textsOf(input);
    if ((input.requestEnvelope.request as IntentRequest).intent.name === 'AMAZON.NoIntent') return tell(input, [texts.audio.FAILED_DECLINED]);
    const id: unknown = failed?.id;
    if (failed?.kind === 'stretch' && isStretchId(id)) return answer(input, { type: 'startStretch', stretch: id }, this.options, texts);
    return answer(input, { type: 'startRoutine', ...(isRoutineId(id) ? { routine: id } : {}) }, this.options, texts);
  }
}
