/**
 * Alexa request envelopes, built the way Alexa sends them (typed with ask-sdk-model):
 * LaunchRequest, IntentRequest (every slot of the intent, filled ones with entity
 * resolution per authority), SessionEndedRequest. Used by the terminal simulator
 * (scripts/talk.ts) and shareable with tests.
 */
import { randomUUID } from 'node:crypto';
import type {
  canfulfill,
  DialogState,
  Intent,
  IntentRequest,
  LaunchRequest,
  RequestEnvelope,
  SessionEndedError,
  SessionEndedReason,
  SessionEndedRequest,
  Slot,
  slu,
} from 'ask-sdk-model';
import type { SlotMatch } from '../alexa-matching/match-utterance';
import type { InteractionModelFile } from '../../skill/package/model-types';

/** A made-up skill id for local runs (the skill verifies it only when SKILL_ID is set). */
export const LOCAL_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
/** A fixed local user, so progress persists between simulator runs on a persistent table. */
export const LOCAL_USER_ID = 'amzn1.ask.account.LOCAL-SIMULATOR-USER';
export const LOCAL_DEVICE_ID = 'amzn1.ask.device.LOCAL-SIMULATOR-DEVICE';
export const ALEXA_API_ENDPOINT = 'https://api.amazonalexa.com';

export interface DeviceProfile {
  /** An Echo Show: declares Alexa.Presentation.APL and a viewport. Otherwise a voice-only Echo. */
  apl: boolean;
  deviceId?: string;
  /** Declares the AudioPlayer interface (every Echo does; some third-party devices do not). */
  audioPlayer?: boolean;
}

/** What the device's audio player reports in context.AudioPlayer (set while the skill owns it). */
export interface PlayerReport {
  token: string;
  offsetInMilliseconds: number;
  playerActivity: 'IDLE' | 'PAUSED' | 'PLAYING' | 'BUFFER_UNDERRUN' | 'FINISHED' | 'STOPPED';
}

/** The Alexa session as the skill sees it. */
export interface SessionState {
  sessionId: string;
  /** True on the first request of the session. */
  isNew: boolean;
  attributes: Record<string, unknown>;
}

export interface EnvelopeSettings {
  skillId: string;
  userId: string;
  locale: string;
  device: DeviceProfile;
  /** Absent for requests outside a session (none of ours; kept for completeness). */
  session?: SessionState;
  /** Defaults to now. */
  timestamp?: Date;
  /** The audio player's state, sent as context.AudioPlayer. */
  player?: PlayerReport;
}

export function newSessionId(): string {
  return `amzn1.echo-api.session.${randomUUID()}`;
}

export function newRequestId(): string {
  return `amzn1.echo-api.request.${randomUUID()}`;
}

export function newSession(): SessionState {
  return { sessionId: newSessionId(), isNew: true, attributes: {} };
}

/** Alexa's timestamps: ISO 8601 without milliseconds. */
function alexaTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function context(settings: EnvelopeSettings): RequestEnvelope['context'] {
  const device = {
    deviceId: settings.device.deviceId ?? LOCAL_DEVICE_ID,
    supportedInterfaces: {
      ...(settings.device.audioPlayer ? { AudioPlayer: {} } : {}),
      ...(settings.device.apl ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } } : {}),
    },
  };
  const system = {
    application: { applicationId: settings.skillId },
    user: { userId: settings.userId },
    device,
    apiEndpoint: ALEXA_API_ENDPOINT,
    apiAccessToken: 'local-simulator-access-token',
  };
  const player = settings.player ? { AudioPlayer: { ...settings.player } } : {};
  if (!settings.device.apl) return { System: system, ...player };
  return {
    System: system,
    ...player,
    Viewport: {
      experiences: [{ arcMinuteWidth: 246, arcMinuteHeight: 144, canRotate: false, canResize: false }],
      mode: 'HUB',
      shape: 'RECTANGLE',
      pixelWidth: 1280,
      pixelHeight: 800,
      dpi: 160,
      currentPixelWidth: 1280,
      currentPixelHeight: 800,
      touch: ['SINGLE'],
      keyboard: [],
    },
  };
}

function envelope(settings: EnvelopeSettings, request: RequestEnvelope['request']): RequestEnvelope {
  if (!settings.session) return { version: '1.0', context: context(settings), request };
  const session: NonNullable<RequestEnvelope['session']> = {
    new: settings.session.isNew,
    sessionId: settings.session.sessionId,
    application: { applicationId: settings.skillId },
    user: { userId: settings.userId },
  };
  // Alexa sends no attributes on a new session, and the ones the skill returned afterwards.
  if (!settings.session.isNew) session.attributes = settings.session.attributes;
  // Same key order as Alexa's JSON: version, session, context, request.
  return { version: '1.0', session, context: context(settings), request };
}

function requestBase(settings: EnvelopeSettings) {
  return { requestId: newRequestId(), timestamp: alexaTimestamp(settings.timestamp ?? new Date()), locale: settings.locale };
}

export function launchRequestEnvelope(settings: EnvelopeSettings): RequestEnvelope {
  const request: LaunchRequest = { type: 'LaunchRequest', ...requestBase(settings) };
  return envelope(settings, request);
}

export function sessionEndedRequestEnvelope(
  settings: EnvelopeSettings,
  reason: SessionEndedReason,
  error?: SessionEndedError,
): RequestEnvelope {
  const request: SessionEndedRequest = { type: 'SessionEndedRequest', ...requestBase(settings), reason };
  if (error) request.error = error;
  return envelope(settings, request);
}

/** An Alexa.Presentation.APL.UserEvent, as a document's SendEvent (run by an ExecuteCommands directive) makes it. */
export function aplUserEventEnvelope(settings: EnvelopeSettings, token: string, args: readonly unknown[]): RequestEnvelope {
  const request = { type: 'Alexa.Presentation.APL.UserEvent', ...requestBase(settings), token, arguments: [...args], source: { type: 'Document', handler: 'ExecuteCommands' } };
  return envelope(settings, request as unknown as RequestEnvelope['request']);
}

/**
 * An AudioPlayer or PlaybackController request: no session, the player's state in context,
 * and for AudioPlayer events the token and offset in the request too.
 */
export function audioPlayerRequestEnvelope(
  settings: EnvelopeSettings,
  type: string,
  extra: Record<string, unknown> = {},
): RequestEnvelope {
  const { session: _none, ...outside } = settings;
  const report = settings.player;
  const fields = type.startsWith('AudioPlayer.') && report ? { token: report.token, offsetInMilliseconds: report.offsetInMilliseconds } : {};
  const request = { type, ...requestBase(outside), ...fields, ...extra } as unknown as RequestEnvelope['request'];
  return envelope(outside, request);
}

/** The entity-resolution authority Alexa names for a custom slot type. */
export function authorityFor(skillId: string, slotType: string): string {
  return `amzn1.er-authority.echo-sdk.${skillId}.${slotType}`;
}

function resolutions(skillId: string, match: SlotMatch): slu.entityresolution.Resolutions {
  const { resolution } = match;
  const authority = authorityFor(skillId, resolution.slotType);
  if (resolution.status === 'ER_SUCCESS_MATCH' && resolution.id !== undefined) {
    return {
      resolutionsPerAuthority: [
        {
          authority,
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { name: resolution.name ?? match.value, id: resolution.id } }],
        },
      ],
    };
  }
  return { resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] }] };
}

/** One slot as Alexa sends it: empty ones carry only name and confirmation status. */
export function slotFor(skillId: string, name: string, match?: SlotMatch): Slot {
  if (!match) return { name, confirmationStatus: 'NONE' };
  const resolved = resolutions(skillId, match);
  return {
    name,
    value: match.value,
    confirmationStatus: 'NONE',
    resolutions: resolved,
    slotValue: { type: 'Simple', value: match.value, resolutions: resolved },
  };
}

export interface IntentInput {
  name: string;
  /** Every slot name the intent defines (Alexa sends them all, filled or not). */
  slotNames: readonly string[];
  slots: Readonly<Record<string, SlotMatch>>;
  /**
   * Sent only for intents with a dialog model (STARTED on the first turn, IN_PROGRESS while
   * the skill elicits a slot); Alexa omits it for the others.
   */
  dialogState?: DialogState;
}

export function intentFor(skillId: string, input: IntentInput): Intent {
  const intent: Intent = { name: input.name, confirmationStatus: 'NONE' };
  if (input.slotNames.length > 0) {
    intent.slots = Object.fromEntries(input.slotNames.map((name) => [name, slotFor(skillId, name, input.slots[name])]));
  }
  return intent;
}

export function intentRequestEnvelope(settings: EnvelopeSettings, input: IntentInput): RequestEnvelope {
  const base = { type: 'IntentRequest' as const, ...requestBase(settings), intent: intentFor(settings.skillId, input) };
  // ask-sdk-model types dialogState as always present, but Alexa leaves it out for intents
  // without a dialog model; the cast keeps the envelope faithful to what Alexa sends.
  const request = (input.dialogState ? { ...base, dialogState: input.dialogState } : base) as IntentRequest;
  return envelope(settings, request);
}

/**
 * A CanFulfillIntentRequest: Alexa asks, without the skill's name, whether it can handle a
 * request ("Alexa, how do I do cat cow?"). Sent with a fresh session, before any dialog.
 */
export function canFulfillIntentRequestEnvelope(settings: EnvelopeSettings, input: Omit<IntentInput, 'dialogState'>): RequestEnvelope {
  const request: canfulfill.CanFulfillIntentRequest = {
    type: 'CanFulfillIntentRequest',
    ...requestBase(settings),
    intent: intentFor(settings.skillId, input),
  };
  return envelope(settings, request);
}

/** Slot names of an intent in the model (built-ins: none). */
export function slotNamesOf(model: InteractionModelFile, intentName: string): string[] {
  const intent = model.interactionModel.languageModel.intents.find((i) => i.name === intentName);
  return (intent?.slots ?? []).map((s) => s.name);
}

/** True when the model has a dialog model for the intent (Alexa then sends dialogState). */
export function hasDialogModel(model: InteractionModelFile, intentName: string): boolean {
  return (model.interactionModel.dialog?.intents ?? []).some((i) => i.name === intentName);
}
