/**
 * The skill: handlers, state interceptors and error handling, assembled with ask-sdk-core.
 * Dependencies come in as parameters so tests and the local server can build it against
 * their own DynamoDB endpoint.
 */
import { SkillBuilders, type HandlerInput, type RequestHandler, type Skill as AskSkill, type RequestInterceptor, type ResponseInterceptor } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createStateInterceptors, SkillDisabledHandler, type StateLog, type UserStateStore } from './state/index';
import { CanFulfillHandler } from './handlers/can-fulfill';
import { ConversationHandler } from './handlers/conversation';
import { CoachingHandler } from './handlers/coaching';
import { RemindersHandler, type RemindersFor } from './handlers/reminders';
import { KindErrorHandler } from './handlers/error';
import { SessionEndedHandler } from './handlers/session-ended';
import { UnhandledRequestHandler } from './handlers/unhandled';
import { ScreenSpokenHandler } from './handlers/screen-spoken';
import { guardEnvelope } from './request-guard';
import type { ResponseOptions } from './responses/compose';
import { handsFreeHandlers } from './handsfree/index';
import type { AudioLibrary } from '../skill/audio/library';
import { jsonLog } from '../skill/log';

export interface SkillDeps extends ResponseOptions {
  store: UserStateStore;
  /** When set, requests for any other skill id are rejected. */
  skillId?: string;
  log?: StateLog;
  /** Replace the state interceptors (defaults: createStateInterceptors(store)). */
  interceptors?: { request: RequestInterceptor; response: ResponseInterceptor };
  /** The Reminders API client for a request's endpoint and token (default: fetch to Alexa's API). */
  remindersFor?: RemindersFor;
  /** Hands-free streams (AudioPlayer); absent: "play my routine" gets the guided mode. */
  audio?: AudioLibrary;
}

/** The storage budget of a turn that may render speech first (the local run; see AudioLibrary.rendersOnDemand). */
export const ON_DEMAND_RENDERING_BUDGET_MS = 60_000;

const defaultLog: StateLog = jsonLog('skill', (line) => console.error(line));

/** The built skill: what the Lambda entry point and the local server call. */
export type CustomSkill = Pick<AskSkill, 'invoke' | 'supports'>;

/** True when one of `handlers` takes this request (then it may need the person's state). */
async function claimedBy(handlers: readonly RequestHandler[], input: HandlerInput): Promise<boolean> {
  for (const handler of handlers) if (await handler.canHandle(input)) return true;
  return false;
}

export function buildSkill(deps: SkillDeps): CustomSkill {
  const log = deps.log ?? defaultLog;
  // Specific handlers, in order; add new ones here. Requests none of them claims get an empty
  // answer from UnhandledRequestHandler (registered last) and no DynamoDB read.
  const handlers: RequestHandler[] = [
    new CanFulfillHandler(),
    new SkillDisabledHandler(deps.store, { log }),
    new SessionEndedHandler(log),
    // The coach's handlers (incl. its SessionResumedRequest and Connections.Response).
    new CoachingHandler(deps),
    new RemindersHandler(deps, deps.remindersFor, log),
    // Hands-free streams: they answer only AudioPlayer requests, the player's own words and "play ...".
    ...handsFreeHandlers(deps, log),
    // The Echo Show has spoken the narration: the closing prompt (responses/apl-speech.ts).
    new ScreenSpokenHandler(),
    new ConversationHandler(deps),
  ];
  const interceptors =
    deps.interceptors ??
    createStateInterceptors(deps.store, {
      log,
      needsState: (input) => claimedBy(handlers, input),
      // Rendering speech on demand (locally) can outlast Alexa's patience; storage still gets its time.
      ...(deps.audio?.rendersOnDemand ? { budgetMs: ON_DEMAND_RENDERING_BUDGET_MS } : {}),
    });
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...handlers, new UnhandledRequestHandler(log))
    .addRequestInterceptors(interceptors.request)
    .addResponseInterceptors(interceptors.response)
    .addErrorHandlers(new KindErrorHandler(log))
    .withCustomUserAgent('back-stretch-coach');
  if (deps.skillId) builder.withSkillId(deps.skillId);
  const skill = builder.create();
  return {
    invoke: (envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(guardEnvelope(envelope), context),
    supports: (envelope: RequestEnvelope, context?: unknown): boolean => skill.supports(envelope, context),
  };
}
