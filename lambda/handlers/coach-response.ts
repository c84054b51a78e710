/**
 * A coach answer -> Alexa response: the state, saved before the answer is built, the pending
 * question in the session, the chart on a screen, or the hand-over to Alexa's routine offer.
 */
import { getSupportedInterfaces, type HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { CoachAnswer } from '../../skill/coaching/coach';
import { commitTurn, getTurnState, setUserState } from '../state/access';
import { checkInChartDirective } from '../responses/check-in-chart';
import { composeResponse, type ResponseOptions } from '../responses/compose';
import { routineOfferDirective } from '../responses/connections';
import type { Texts } from '../responses/texts';

export const PENDING_KEY = 'pending';

function hasScreen(input: HandlerInput): boolean {
  return Boolean(getSupportedInterfaces(input.requestEnvelope)?.['Alexa.Presentation.APL']);
}

export async function respondCoached(input: HandlerInput, answer: CoachAnswer, options: ResponseOptions, today: string, texts: Texts): Promise<Response> {
  const { result } = answer;
  setUserState(input, result.state);
  const attributes = input.attributesManager.getSessionAttributes();
  const pending = answer.pending ?? result.pending;
  if (pending) attributes[PENDING_KEY] = pending;
  else delete attributes[PENDING_KEY];
  input.attributesManager.setSessionAttributes(attributes);
  // Saved now, so what the person hears about keeping the change is true.
  await commitTurn(input);
  if (answer.offerRoutine) {
    // Alexa runs the offer dialog itself (no speech of ours), then resumes the session with a SessionResumedRequest.
    const envelope = input.requestEnvelope;
    const skillId = envelope.context?.System?.application?.applicationId ?? '';
    return input.responseBuilder.addDirective(routineOfferDirective(skillId, envelope.request.locale ?? 'en-US', texts)).getResponse();
  }
  if (answer.chart && answer.chart.length > 0 && hasScreen(input)) {
    input.responseBuilder.addDirective(checkInChartDirective(answer.chart, today, texts));
  }
  return composeResponse(input, result, getTurnState(input), options, texts);
}
