/**
 * Real Alexa request envelopes for the conversation tests, built with the simulator's
 * envelope builder (local/simulator/envelopes.ts: the same shapes the terminal simulator
 * sends, every slot the interaction model defines, entity resolution per authority).
 * Adds what the tests need on top: one person across several sessions with a clock,
 * session attributes carried between turns as Alexa does, and CanFulfillIntentRequest.
 */
import type { canfulfill, Intent, RequestEnvelope, ResponseEnvelope, SessionEndedReason } from 'ask-sdk-model';
import {
  aplUserEventEnvelope,
  audioPlayerRequestEnvelope,
  hasDialogModel,
  intentFor,
  intentRequestEnvelope,
  launchRequestEnvelope,
  LOCAL_SKILL_ID,
  newRequestId,
  newSessionId,
  sessionEndedRequestEnvelope,
  slotNamesOf,
  type EnvelopeSettings,
  type IntentInput,
  type PlayerReport,
} from '../../local/simulator/envelopes';
import type { SlotMatch } from '../../local/alexa-matching/match-utterance';
import { COMMITTED_MODEL } from './committed-model';

export const TEST_SKILL_ID = LOCAL_SKILL_ID;

const MODEL = COMMITTED_MODEL;

export interface DeviceOptions {
  /** Echo Show: declare Alexa.Presentation.APL. */
  screen?: boolean;
  /** Declare the AudioPlayer interface (hands-free streams). */
  audioPlayer?: boolean;
}

/** A slot value: `id` resolves through entity resolution; without it, resolution reports no match. */
export interface SlotInput {
  value: string;
  id?: string;
}

function slotTypeOf(intentName: string, slotName: string): string {
  const intent = MODEL.interactionModel.languageModel.intents.find((i) => i.name === intentName);
  return intent?.slots?.find((s) => s.name === slotName)?.type ?? 'UNKNOWN';
}

function inputFor(name: string, slots: Record<string, SlotInput | undefined>, dialogState?: IntentInput['dialogState']): IntentInput {
  const matches: Record<string, SlotMatch> = {};
  for (const [slotName, input] of Object.entries(slots)) {
    if (!input) continue;
    const slotType = slotTypeOf(name, slotName);
    matches[slotName] = {
      value: input.value,
      resolvedId: input.id,
      resolution: input.id
        ? { status: 'ER_SUCCESS_MATCH', slotType, id: input.id, name: input.value }
        : { status: 'ER_SUCCESS_NO_MATCH', slotType },
    };
  }
  const slotNames = [...new Set([...slotNamesOf(MODEL, name), ...Object.keys(slots)])];
  return { name, slotNames, slots: matches, dialogState };
}

/** An intent as Alexa fills it (every slot of the model's intent, plus any named here). */
export function intent(name: string, slots: Record<string, SlotInput | undefined> = {}): Intent {
  return intentFor(TEST_SKILL_ID, inputFor(name, slots));
}

/** One person talking to the skill over several sessions. */
export class Person {
  readonly userId = `amzn1.ask.account.TEST-${newRequestId().slice(-36)}`;
  constructor(
    readonly device: DeviceOptions = {},
    /** The clock the requests carry (streaks depend on the date). */
    public now: Date = new Date('2026-03-02T08:00:00Z'),
  ) {}

  /** The locale every request of this person carries (the Alexa account's language and country). */
  locale = 'en-US';

  /** Moves the clock forward by whole days. */
  laterBy(days: number): void {
    this.now = new Date(this.now.getTime() + days * 24 * 60 * 60 * 1000);
  }

  session(): Conversation {
    return new Conversation(this);
  }

  /** What this person's audio player reports (context.AudioPlayer); unset: nothing. */
  player?: PlayerReport;

  settings(session?: EnvelopeSettings['session']): EnvelopeSettings {
    return {
      skillId: TEST_SKILL_ID,
      userId: this.userId,
      locale: this.locale,
      device: { apl: Boolean(this.device.screen), ...(this.device.audioPlayer ? { audioPlayer: true } : {}) },
      session,
      timestamp: this.now,
      ...(this.player ? { player: this.player } : {}),
    };
  }

  /** An AudioPlayer.* or PlaybackController.* request (outside any session), with the player's report. */
  audioRequest(type: string, extra: Record<string, unknown> = {}): RequestEnvelope {
    return audioPlayerRequestEnvelope(this.settings(), type, extra);
  }

  /** A CanFulfillIntentRequest (sent outside any session). */
  canFulfill(target: Intent): RequestEnvelope {
    const base = launchRequestEnvelope(this.settings());
    const request: canfulfill.CanFulfillIntentRequest = {
      type: 'CanFulfillIntentRequest',
      requestId: base.request.requestId,
      timestamp: base.request.timestamp,
      locale: base.request.locale,
      intent: target,
    };
    return { ...base, request: request as unknown as RequestEnvelope['request'] };
  }
}

export class Conversation {
  readonly sessionId = newSessionId();
  attributes: Record<string, unknown> = {};
  private started = false;

  constructor(readonly person: Person) {}

  private nextSettings(): EnvelopeSettings {
    const isNew = !this.started;
    this.started = true;
    return this.person.settings({ sessionId: this.sessionId, isNew, attributes: { ...this.attributes } });
  }

  launch(): RequestEnvelope {
    return launchRequestEnvelope(this.nextSettings());
  }

  intent(name: string, slots: Record<string, SlotInput | undefined> = {}): RequestEnvelope {
    const dialogState = hasDialogModel(MODEL, name) ? 'STARTED' : undefined;
    return intentRequestEnvelope(this.nextSettings(), inputFor(name, slots, dialogState));
  }

  ended(reason: SessionEndedReason = 'USER_INITIATED'): RequestEnvelope {
    return sessionEndedRequestEnvelope(this.nextSettings(), reason);
  }

  /** An Alexa.Presentation.APL.UserEvent, as a document's SendEvent (in an ExecuteCommands) makes it. */
  aplUserEvent(token: string, args: unknown[]): RequestEnvelope {
    return aplUserEventEnvelope(this.nextSettings(), token, args);
  }

  /** Carries the response's session attributes into the next request, as Alexa does. */
  remember(response: ResponseEnvelope): ResponseEnvelope {
    this.attributes = { ...(response.sessionAttributes ?? {}) };
    return response;
  }
}
