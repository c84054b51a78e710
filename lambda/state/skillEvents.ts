/**
 * When the person disables the skill, Alexa sends AlexaSkillEvent.SkillDisabled (once the
 * skill manifest subscribes to SKILL_DISABLED): we delete everything stored about them.
 * A skill event gets no speech, only an empty response.
 *
 * Usage: `.addRequestHandlers(new SkillDisabledHandler(store), ...)`.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { UserStateStore } from './dynamoStore';
import { userIdOf, type StateLog } from './interceptors';

const defaultLog: StateLog = (event, details) =>
  console.warn(JSON.stringify({ component: 'user-state', event, ...details }));

export class SkillDisabledHandler implements RequestHandler {
  private readonly log: StateLog;

  constructor(
    private readonly store: UserStateStore,
    options: { log?: StateLog } = {},
  ) {
    this.log = options.log ?? defaultLog;
  }

  canHandle(input: HandlerInput): boolean {
    return input.requestEnvelope?.request?.type === 'AlexaSkillEvent.SkillDisabled';
  }

  async handle(input: HandlerInput): Promise<Response> {
    const userId = userIdOf(input.requestEnvelope);
    if (!userId) {
      this.log('state-remove-no-user');
    } else {
      try {
        await this.store.remove(userId);
        this.log('state-removed-on-disable');
      } catch (error) {
        // Alexa does not resend skill events: this log line is how an operator finds the item to delete.
        this.log(
          'state-remove-failed',
          error instanceof Error ? { error: error.name, message: error.message } : { error: String(error) },
        );
      }
    }
    return input.responseBuilder.getResponse();
  }
}
