/**
 * When the person disables the skill, Alexa sends AlexaSkillEvent.SkillDisabled (once the
 * skill manifest subscribes to SKILL_DISABLED): everything stored about them is replaced by a
 * deletion marker, which a turn still in flight cannot overwrite, so deletion wins every race.
 * A skill event gets no speech, only an empty response.
 *
 * Alexa does not resend skill events: a failed delete is logged with the person's stable
 * reference (userRef), so an operator can find the item and finish the job.
 *
 * Usage: `.addRequestHandlers(new SkillDisabledHandler(store), ...)`.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { startBudget } from './budget';
import { describeError, type StateLog } from './save-turn';
import type { UserStateStore } from './store';
import { userIdOf, userRef } from './user-ref';
import { jsonLog } from '../../skill/log';

const defaultLog: StateLog = jsonLog('user-state');

/** Attempts at deleting (the marker write is idempotent, so repeating it is safe). */
const REMOVE_ATTEMPTS = 3;
/** The pause before the second attempt; the third waits twice as long. */
const REMOVE_RETRY_PAUSE_MS = 100;

export class SkillDisabledHandler implements RequestHandler {
  private readonly log: StateLog;
  private readonly retryPauseMs: number;

  /** `retryPauseMs`: the pause before the second attempt (REMOVE_RETRY_PAUSE_MS unless given). */
  constructor(
    private readonly store: UserStateStore,
    options: { log?: StateLog; retryPauseMs?: number } = {},
  ) {
    this.log = options.log ?? defaultLog;
    this.retryPauseMs = options.retryPauseMs ?? REMOVE_RETRY_PAUSE_MS;
  }

  canHandle(input: HandlerInput): boolean {
    return input.requestEnvelope?.request?.type === 'AlexaSkillEvent.SkillDisabled';
  }

  async handle(input: HandlerInput): Promise<Response> {
    const userId = userIdOf(input.requestEnvelope);
    if (!userId) {
      this.log('state-remove-no-user');
      return input.responseBuilder.getResponse();
    }
    const budget = startBudget();
    let problem: Record<string, unknown> = {};
    for (let attempt = 1; attempt <= REMOVE_ATTEMPTS && budget.remaining() > 0; attempt++) {
      try {
        await this.store.remove(userId, { signal: budget.signal() });
        this.log('state-removed-on-disable', { user: userRef(userId) });
        return input.responseBuilder.getResponse();
      } catch (error) {
        problem = describeError(error);
        // No pause after the last attempt: the empty response goes back at once.
        if (attempt < REMOVE_ATTEMPTS) await budget.sleep(this.retryPauseMs * attempt);
      }
    }
    this.log('state-remove-failed', { user: userRef(userId), action: 'delete the item whose userRef matches', ...problem });
    return input.responseBuilder.getResponse();
  }
}
