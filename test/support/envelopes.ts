/**
 * Real Alexa request envelopes for tests (typed with ask-sdk-model): launch, intents with
 * slots and entity resolution, CanFulfillIntent and SessionEnded, for one person across
 * sessions. A Conversation keeps the session id and session attributes between turns, the
 * way Alexa does.
 */
import { randomUUID } from 'node:crypto';
import type { canfulfill, Intent, IntentRequest, LaunchRequest, RequestEnvelope, ResponseEnvelope, SessionEndedRequest, Slot } from 'ask-sdk-model';

export const TEST_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

export interface DeviceOptions {
  /** Echo Show: declare Alexa.Presentation.APL. */
  screen?: boolean;
}

/** A slot value: `id` resolves through entity resolution; without it, resolution reports no match. */
export interface SlotInput {
  value: string;
  id?: string;
}

export function slot(name: string, input: SlotInput | undefined): Slot {
  if (!input) return { name, confirmationStatus: 'NONE' } as Slot;
  return {
    name,
    value: input.value,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        input.id
          ? {
              authority: `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.TYPE`,
              status: { code: 'ER_SUCCESS_MATCH' },
              values: [{ value: { name: input.value, id: input.id } }],
            }
          : { authority: `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.TYPE`, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] },
      ],
    },
  };
}

export function intent(name: string, slots: Record<string, SlotInput | undefined> = {}): Intent {
  return {
    name,
    confirmationStatus: 'NONE',
    slots: Object.fromEntries(Object.entries(slots).map(([slotName, input]) => [slotName, slot(slotName, input)])),
  };
}

function context(userId: string, device: DeviceOptions): RequestEnvelope['context'] {
  return {
    System: {
      application: { applicationId: TEST_SKILL_ID },
      user: { userId },
      device: {
        deviceId: 'amzn1.ask.device.test',
        supportedInterfaces: device.screen ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } : {},
      },
      apiEndpoint: 'https://api.amazonalexa.com',
    },
  } as RequestEnvelope['context'];
}

function baseRequest(timestamp: string) {
  return { requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp, locale: 'en-US' };
}

/** One person talking to the skill over several sessions. */
export class Person {
  readonly userId = `amzn1.ask.account.${randomUUID()}`;
  constructor(
    readonly device: DeviceOptions = {},
    /** The clock the requests carry (streaks depend on the date). */
    public now: Date = new Date('2026-03-02T08:00:00Z'),
  ) {}

  /** Moves the clock forward by whole days. */
  laterBy(days: number): void {
    this.now = new Date(this.now.getTime() + days * 24 * 60 * 60 * 1000);
  }

  session(): Conversation {
    return new Conversation(this);
  }

  /** A CanFulfillIntentRequest (sent outside any session). */
  canFulfill(target: Intent): RequestEnvelope {
    const request: canfulfill.CanFulfillIntentRequest = { type: 'CanFulfillIntentRequest', ...baseRequest(this.now.toISOString()), intent: target };
    return { version: '1.0', context: context(this.userId, this.device), request: request as unknown as RequestEnvelope['request'] };
  }
}

export class Conversation {
  readonly sessionId = `amzn1.echo-api.session.${randomUUID()}`;
  attributes: Record<string, unknown> = {};
  private started = false;

  constructor(readonly person: Person) {}

  private envelope(request: RequestEnvelope['request']): RequestEnvelope {
    const isNew = !this.started;
    this.started = true;
    return {
      version: '1.0',
      session: {
        new: isNew,
        sessionId: this.sessionId,
        application: { applicationId: TEST_SKILL_ID },
        user: { userId: this.person.userId },
        attributes: { ...this.attributes },
      },
      context: context(this.person.userId, this.person.device),
      request,
    };
  }

  launch(): RequestEnvelope {
    const request: LaunchRequest = { type: 'LaunchRequest', ...baseRequest(this.person.now.toISOString()) };
    return this.envelope(request);
  }

  intent(name: string, slots: Record<string, SlotInput | undefined> = {}): RequestEnvelope {
    const request: IntentRequest = {
      type: 'IntentRequest',
      ...baseRequest(this.person.now.toISOString()),
      dialogState: 'STARTED',
      intent: intent(name, slots),
    };
    return this.envelope(request);
  }

  ended(reason: SessionEndedRequest['reason'] = 'USER_INITIATED'): RequestEnvelope {
    const request: SessionEndedRequest = { type: 'SessionEndedRequest', ...baseRequest(this.person.now.toISOString()), reason };
    return this.envelope(request);
  }

  /** Carries the response's session attributes into the next request, as Alexa does. */
  remember(response: ResponseEnvelope): ResponseEnvelope {
    this.attributes = { ...(response.sessionAttributes ?? {}) };
    return response;
  }
}
