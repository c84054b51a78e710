/**
 * The skill: handlers, state interceptors and error handling, assembled with ask-sdk-core.
 * Dependencies come in as parameters so tests and the local server can build it against
 * their own DynamoDB endpoint.
 */
import { SkillBuilders, type Skill as CustomSkill, type RequestInterceptor, type ResponseInterceptor } from 'ask-sdk-core';
import { createStateInterceptors, SkillDisabledHandler, type StateLog, type UserStateStore } from './state/index';
import { CanFulfillHandler } from './handlers/can-fulfill';
import { ConversationHandler } from './handlers/conversation';
import { CoachingHandler } from './handlers/coaching';
import { RemindersHandler, type RemindersFor } from './handlers/reminders';
import { KindErrorHandler } from './handlers/error';
import { SessionEndedHandler } from './handlers/session-ended';
import type { ResponseOptions } from './responses/compose';
import { handsFreeHandlers } from './handsfree/index';
import type { AudioLibrary } from '../skill/audio/library';

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

const defaultLog: StateLog = (event, details) => {
  console.error(JSON.stringify({ component: 'skill', event, ...details }));
};

export type { CustomSkill };

export function buildSkill(deps: SkillDeps): CustomSkill {
  const log = deps.log ?? defaultLog;
  const interceptors = deps.interceptors ?? createStateInterceptors(deps.store, { log });
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      new CanFulfillHandler(),
      new SkillDisabledHandler(deps.store, { log }),
      new SessionEndedHandler(log),
      // The coach's handlers (incl. its SessionResumedRequest and Connections.Response) come before any catch-all.
      new CoachingHandler(deps),
      new RemindersHandler(deps, deps.remindersFor, log),
      // Hands-free streams first: they answer only AudioPlayer requests, the player's own words and "play ...".
      ...handsFreeHandlers(deps, log),
      new ConversationHandler(deps),
    )
    .addRequestInterceptors(interceptors.request)
    .addResponseInterceptors(interceptors.response)
    .addErrorHandlers(new KindErrorHandler(log))
    .withCustomUserAgent('back-stretch-coach');
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
}
