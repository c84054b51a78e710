/**
 * The coach's intents (check-ins, progress, bad days, "make it easier again", "delete my
 * history", "set up my back routine"), the answers to its own yes/no questions, the outcome
 * of the Alexa Routine offer (SessionResumedRequest), and a launch by that routine (which
 * starts the daily routine). Registered before ConversationHandler and before any catch-all.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import * as coach from '../../skill/coaching/coach';
import { isCoachPending, type CoachAnswer, type CoachPending } from '../../skill/coaching/coach';
import { INTENTS } from '../../skill/package/intents';
import { getTurnState, getUserState } from '../state/access';
import type { ResponseOptions } from '../responses/compose';
import { textsOf } from '../responses/texts';
import { ROUTINE_OFFER_TOKEN } from '../responses/connections';
import { detectRedFlag } from '../../skill/catalog/index';
import { readScore } from './coach-slots';
import { PENDING_KEY, respondCoached } from './coach-response';
import { answer, contextOf } from './conversation';

const COACH_INTENTS: ReadonlySet<string> = new Set([
  INTENTS.checkIn.name,
  INTENTS.progress.name,
  INTENTS.badDay.name,
  INTENTS.easierAgain.name,
  INTENTS.deleteHistory.name,
  INTENTS.setUpRoutine.name,
]);

/** Answers to the coach's questions: yes, no, and for the check-in, skip. */
const ANSWER_INTENTS: ReadonlySet<string> = new Set(['AMAZON.YesIntent', 'AMAZON.NoIntent', INTENTS.skip.name, 'AMAZON.NextIntent']);

function coachPendingOf(input: HandlerInput): CoachPending | undefined {
  const value: unknown = input.attributesManager.getSessionAttributes()[PENDING_KEY];
  return isCoachPending(value) ? value : undefined;
}

/** A LaunchRequest sent by the Alexa Routine's action (a skill-connection launch task). */
function launchedByRoutine(input: HandlerInput): boolean {
  const request = input.requestEnvelope.request as unknown as { type: string; task?: unknown; targetURI?: unknown };
  if (request.type !== 'LaunchRequest') return false;
  return (typeof request.targetURI === 'string' && request.targetURI.includes('AMAZON.Launch')) || request.task !== undefined;
}

interface ResumedCause {
  token?: unknown;
  status?: { code?: unknown; message?: unknown };
  result?: { offerAutomationResponse?: { reason?: unknown } } | null;
}

function causeOf(input: HandlerInput): ResumedCause | undefined {
  const request = input.requestEnvelope.request as unknown as { type: string; cause?: ResumedCause };
  return request.type === 'SessionResumedRequest' ? request.cause : undefined;
}

/** accepted (200), not created (204: declined, or already there), anything else failed. */
export function offerOutcome(cause: ResumedCause): 'accepted' | 'declined' | 'already' | 'failed' {
  const code = String(cause.status?.code ?? '');
  if (code === '200') return 'accepted';
  if (code === '204') return cause.result?.offerAutomationResponse?.reason === 'AUTOMATION_ALREADY_ENABLED' ? 'already' : 'declined';
  return 'failed';
}

export class CoachingHandler implements RequestHandler {
  constructor(private readonly options: ResponseOptions) {}

  canHandle(input: HandlerInput): boolean {
    const request = input.requestEnvelope.request;
    if (launchedByRoutine(input)) return true;
    if (request.type === 'SessionResumedRequest') return causeOf(input)?.token === ROUTINE_OFFER_TOKEN;
    if (request.type !== 'IntentRequest') return false;
    const name = (request as IntentRequest).intent?.name;
    if (typeof name !== 'string') return false;
    if (COACH_INTENTS.has(name)) return true;
    const pending = coachPendingOf(input);
    // Words Alexa could not place, in answer to "how does your back feel?": ask for the number again.
    if (pending === 'coach.checkIn' && name === 'AMAZON.FallbackIntent') return true;
    return pending !== undefined && ANSWER_INTENTS.has(name);
  }

  handle(input: HandlerInput): Promise<Response> {
    const texts = textsOf(input);
    if (launchedByRoutine(input)) return answer(input, { type: 'startRoutine' }, this.options, texts);
    const ctx = contextOf(input);
    const state = getUserState(input);
    const respond = (a: CoachAnswer) => respondCoached(input, a, this.options, ctx.today, texts);
    const cause = causeOf(input);
    if (cause) return respond(coach.routineOfferOutcome(state, offerOutcome(cause), ctx));
    const intent = (input.requestEnvelope.request as IntentRequest).intent;
    const pending = coachPendingOf(input);
    switch (intent.name) {
      case INTENTS.checkIn.name: {
        // The answer to the question at the end of today's routine closes the session; any other check-in carries on.
        const afterRoutine = pending === 'coach.checkIn' && state.lastCompletedDate === ctx.today && !state.active;
        const { score, heard, words } = readScore(intent, texts);
        // "I am having trouble passing urine" fits "I am {score}": words that are a warning sign are triaged first.
        if (score === undefined && words !== undefined && detectRedFlag(words, texts)) {
          return answer(input, { type: 'symptom', heard: words }, this.options, texts);
        }
        return respond(coach.checkIn(state, score, ctx, afterRoutine, heard ? 'words' : 'none'));
      }
      case INTENTS.progress.name:
        return respond(coach.howAmIDoing(state, ctx));
      case INTENTS.badDay.name:
        return respond(coach.badDay(state, ctx));
      case INTENTS.easierAgain.name:
        return respond(coach.easierAgain(state, ctx));
      case INTENTS.deleteHistory.name:
        return respond(coach.deleteHistoryAsk(state));
      case INTENTS.setUpRoutine.name:
        return respond(coach.offerRoutineNow(state, ctx));
    }
    const yes = intent.name === 'AMAZON.YesIntent';
    switch (pending) {
      case 'coach.checkIn':
        if (intent.name === 'AMAZON.FallbackIntent') return respond(coach.checkIn(state, undefined, ctx, false, 'unplaced'));
        // "Yes" to "how's your back?": ask for the number; no, skip, next: skip it.
        return respond(yes ? coach.checkIn(state, undefined, ctx, false, 'none') : coach.skipCheckIn(state, ctx));
      case 'coach.routineOffer':
        return respond(yes ? coach.offerRoutineNow(state, ctx) : coach.declineRoutineOffer(state, ctx, true));
      case 'coach.deleteHistory':
        if (!yes) return respond(coach.deleteHistoryDeclined(state));
        return respond(coach.deleteHistoryConfirmed(state, getTurnState(input)?.available === true));
      default:
        return respond(coach.howAmIDoing(state, ctx));
    }
  }
}
