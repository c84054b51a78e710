/**
 * A stand-in for the Alexa service in a terminal: typed phrases become the request envelopes
 * Alexa would send (through the interaction model), and the session behaves like Alexa's:
 * one session id and the skill's session attributes across turns, `new` only on the first
 * request, a closed session after shouldEndSession, the reprompt after a silent turn and
 * SessionEndedRequest EXCEEDED_MAX_REPROMPTS after the second, Dialog.ElicitSlot answers
 * routed back to the eliciting intent.
 */
import type { dialog, DialogState, Intent, RequestEnvelope, ResponseEnvelope, SessionEndedReason } from 'ask-sdk-model';
import { matchSlotAnswer, matchUtterance, type IntentMatch, type UtteranceMatch } from '../alexa-matching/match-utterance';
import type { InteractionModelFile } from '../../skill/package/model-types';
import {
  canFulfillIntentRequestEnvelope,
  hasDialogModel,
  intentRequestEnvelope,
  launchRequestEnvelope,
  LOCAL_SKILL_ID,
  LOCAL_USER_ID,
  newSession,
  sessionEndedRequestEnvelope,
  slotNamesOf,
  type DeviceProfile,
  type EnvelopeSettings,
  type SessionState,
} from './envelopes';
import { responseWarnings } from './response-checks';
import { SimulatedPlayer, type PlayerEvent, type TrackDuration } from './audio-player';
import { aplUserEventEnvelope, audioPlayerRequestEnvelope } from './envelopes';
import { ssmlToText } from './ssml-text';

/** Sends one request to the skill and returns its response. */
export type Transport = (request: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface SimulatorOptions {
  model: InteractionModelFile;
  transport: Transport;
  skillId?: string;
  userId?: string;
  locale?: string;
  device?: DeviceProfile;
  /** Length of a streamed track (default: unknown, so a track never ends by itself). */
  trackDuration?: TrackDuration;
  /** The time every request carries (default: the real clock at each request). */
  now?: () => Date;
}

export interface Turn {
  /** What the person said; undefined for a silent turn (nothing said before the mic closed). */
  phrase?: string;
  match?: UtteranceMatch;
  request?: RequestEnvelope;
  response?: ResponseEnvelope;
  /** The reprompt Alexa played because nothing was said (silent turn). */
  repromptPlayed?: ResponseEnvelope['response']['reprompt'];
  /** True when the session is closed after this turn. */
  sessionEnded: boolean;
  /** What the simulator did on Alexa's behalf, for the reader. */
  notes: string[];
  /** Problems a certification reviewer would flag in the response. */
  warnings: string[];
  /** The skill failed (threw, timed out, answered garbage): Alexa would apologise. */
  error?: string;
}

interface PendingElicitation {
  intent: Intent;
  slot: string;
}

const ALEXA_ERROR_TEXT = "There was a problem with the requested skill's response.";

export class AlexaSimulator {
  private session: SessionState | undefined;
  private lastResponse: ResponseEnvelope | undefined;
  private repromptsUsed = 0;
  private pending: PendingElicitation | undefined;
  readonly skillId: string;
  readonly userId: string;
  readonly locale: string;
  readonly device: DeviceProfile;
  /** The device's audio player (hands-free streams). */
  readonly player: SimulatedPlayer;

  constructor(private readonly options: SimulatorOptions) {
    this.skillId = options.skillId ?? LOCAL_SKILL_ID;
    this.userId = options.userId ?? LOCAL_USER_ID;
    this.locale = options.locale ?? 'en-US';
    this.device = options.device ?? { apl: false, audioPlayer: true };
    this.player = new SimulatedPlayer(options.trackDuration ?? (async () => undefined));
  }

  /**
   * Another person in exactly this one's place, under `userId`: the same open session (its
   * attributes, the last response for the reprompt, a slot being asked for) under a new session
   * id, and the same audio player. Their stored state is the caller's to copy (the store is the
   * skill's). For reaching the same point of a conversation many times without saying it again.
   */
  copyFor(userId: string): AlexaSimulator {
    const copy = new AlexaSimulator({ ...this.options, userId });
    if (this.session) copy.session = { ...structuredClone(this.session), sessionId: newSession().sessionId };
    // A response is never changed once received (a new one replaces it): both may hold it.
    copy.lastResponse = this.lastResponse;
    copy.repromptsUsed = this.repromptsUsed;
    copy.pending = structuredClone(this.pending);
    copy.player.current = structuredClone(this.player.current);
    copy.player.queue = structuredClone(this.player.queue);
    copy.player.activity = this.player.activity;
    return copy;
  }

  get sessionOpen(): boolean {
    return this.session !== undefined;
  }

  get sessionAttributes(): Record<string, unknown> {
    return this.session?.attributes ?? {};
  }

  private settings(): EnvelopeSettings {
    const settings: EnvelopeSettings = { skillId: this.skillId, userId: this.userId, locale: this.locale, device: this.device };
    if (this.options.now) settings.timestamp = this.options.now();
    if (this.session) settings.session = this.session;
    const report = this.player.report();
    if (report) settings.player = report;
    return settings;
  }

  private openSession(notes: string[], fresh: boolean): void {
    if (this.session && !fresh) return;
    if (this.session && fresh) notes.push('A new session replaces the open one.');
    this.session = newSession();
    this.pending = undefined;
    this.repromptsUsed = 0;
    this.lastResponse = undefined;
  }

  private closeSession(): void {
    this.session = undefined;
    this.pending = undefined;
    this.lastResponse = undefined;
    this.repromptsUsed = 0;
  }

  /** One thing the person says. */
  async say(phrase: string): Promise<Turn> {
    const notes: string[] = [];
    const match = matchUtterance(this.options.model, phrase);
    if (!match) return { phrase, sessionEnded: !this.sessionOpen, notes: ['Nothing to send: the phrase is empty.'], warnings: [] };

    if (match.request === 'LaunchRequest') {
      this.openSession(notes, true);
      return this.send(phrase, match, launchRequestEnvelope(this.settings()), notes);
    }
    if (match.request === 'SessionEndedRequest') {
      if (!this.session) return { phrase, match, sessionEnded: true, notes: ['No session is open: there is nothing to exit.'], warnings: [] };
      return this.endSession('USER_INITIATED', phrase, match);
    }
    if (match.intent === 'AMAZON.NavigateHomeIntent') {
      notes.push('AMAZON.NavigateHomeIntent is handled by the device and never reaches the skill.');
      if (!this.session) return { phrase, match, sessionEnded: true, notes, warnings: [] };
      return this.endSession('USER_INITIATED', phrase, match, notes);
    }
    if (!this.session) {
      const toPlayer = this.player.report() !== undefined && match.intent.startsWith('AMAZON.');
      if (toPlayer) notes.push('The skill owns the audio player: the words reach it without its name.');
      else if (match.invocation === 'none') notes.push(`No session is open: treated as "Alexa, ask back stretch coach to ${phrase}".`);
      this.openSession(notes, false);
    }
    const routed = this.routeElicitation(phrase, match, notes);
    return this.send(phrase, routed.match, this.intentEnvelope(routed.match, routed.dialogState, routed.base), notes);
  }

  /**
   * While the skill is eliciting a slot, an answer ("cat cow", "the sphinx please") goes back
   * to the eliciting intent with the slot filled; built-ins (stop, help...) and phrases that
   * already name that intent go through as said.
   */
  private routeElicitation(
    phrase: string,
    match: IntentMatch & { invocation: UtteranceMatch['invocation'] },
    notes: string[],
  ): { match: IntentMatch & { invocation: UtteranceMatch['invocation'] }; dialogState?: DialogState; base?: Intent } {
    const pending = this.pending;
    this.pending = undefined;
    const dialogState: DialogState | undefined = hasDialogModel(this.options.model, match.intent) ? 'STARTED' : undefined;
    if (!pending) return dialogState ? { match, dialogState } : { match };
    if (match.intent === pending.intent.name) return { match, dialogState: 'IN_PROGRESS', base: pending.intent };
    const isControl = match.intent.startsWith('AMAZON.') && match.intent !== 'AMAZON.FallbackIntent';
    if (!isControl) {
      const answer = matchSlotAnswer(this.options.model, pending.intent.name, pending.slot, phrase);
      if (answer) {
        notes.push(`Heard as the answer for the ${pending.slot} slot the skill asked for.`);
        return {
          match: { request: 'IntentRequest', intent: pending.intent.name, slots: { [pending.slot]: answer }, invocation: match.invocation },
          dialogState: 'IN_PROGRESS',
          base: pending.intent,
        };
      }
    }
    return dialogState ? { match, dialogState } : { match };
  }

  private intentEnvelope(match: IntentMatch, dialogState?: DialogState, base?: Intent): RequestEnvelope {
    const slots = { ...match.slots };
    // Slots the eliciting intent already had stay filled (Dialog.ElicitSlot's updatedIntent).
    if (base) {
      for (const [name, slot] of Object.entries(base.slots ?? {})) {
        if (slots[name] || !slot.value) continue;
        const authority = slot.resolutions?.resolutionsPerAuthority?.[0];
        const resolved = authority?.status.code === 'ER_SUCCESS_MATCH' ? authority.values[0]?.value : undefined;
        const slotType = authority?.authority.split('.').pop() ?? '';
        slots[name] = resolved
          ? { value: slot.value, resolvedId: resolved.id, resolution: { status: 'ER_SUCCESS_MATCH', slotType, id: resolved.id, name: resolved.name } }
          : { value: slot.value, resolution: { status: 'ER_SUCCESS_NO_MATCH', slotType } };
      }
    }
    const input = { name: match.intent, slotNames: slotNamesOf(this.options.model, match.intent), slots };
    return intentRequestEnvelope(this.settings(), dialogState ? { ...input, dialogState } : input);
  }

  /**
   * Name-free interaction: Alexa asks the skill whether it can fulfil the phrase (a
   * CanFulfillIntentRequest, outside the open session), without running it.
   */
  async canFulfill(phrase: string): Promise<Turn> {
    const match = matchUtterance(this.options.model, phrase);
    if (match?.request !== 'IntentRequest') {
      return { phrase, sessionEnded: !this.sessionOpen, notes: ['CanFulfillIntentRequest needs a phrase that maps to an intent.'], warnings: [] };
    }
    const settings: EnvelopeSettings = { skillId: this.skillId, userId: this.userId, locale: this.locale, device: this.device, session: newSession() };
    if (this.options.now) settings.timestamp = this.options.now();
    const request = canFulfillIntentRequestEnvelope(settings, {
      name: match.intent,
      slotNames: slotNamesOf(this.options.model, match.intent),
      slots: match.slots,
    });
    const turn: Turn = { phrase, match, request, sessionEnded: !this.sessionOpen, notes: [], warnings: [] };
    try {
      turn.response = await this.options.transport(request);
    } catch (error) {
      turn.error = error instanceof Error ? error.message : String(error);
    }
    return turn;
  }

  /** The person says nothing while the mic is open. */
  async silence(): Promise<Turn> {
    if (!this.session) return { sessionEnded: true, notes: ['No session is open: Alexa is not listening.'], warnings: [] };
    const reprompt = this.lastResponse?.response.reprompt;
    if (reprompt && this.repromptsUsed === 0) {
      this.repromptsUsed++;
      return { repromptPlayed: reprompt, sessionEnded: false, notes: ['Nothing was said: Alexa plays the reprompt.'], warnings: [] };
    }
    return this.endSession('EXCEEDED_MAX_REPROMPTS', undefined, undefined, ['Nothing was said again: Alexa closes the session.']);
  }

  /** Closes the session the way Alexa does: a SessionEndedRequest, whose response is not spoken. */
  async endSession(reason: SessionEndedReason, phrase?: string, match?: UtteranceMatch, notes: string[] = []): Promise<Turn> {
    if (!this.session) return { sessionEnded: true, notes: [...notes, 'No session is open.'], warnings: [] };
    const request = sessionEndedRequestEnvelope(this.settings(), reason);
    this.closeSession();
    const turn: Turn = { request, sessionEnded: true, notes, warnings: [] };
    if (phrase !== undefined) turn.phrase = phrase;
    if (match) turn.match = match;
    try {
      turn.response = await this.options.transport(request);
    } catch (error) {
      turn.error = error instanceof Error ? error.message : String(error);
    }
    return turn;
  }

  private async send(phrase: string, match: UtteranceMatch, request: RequestEnvelope, notes: string[]): Promise<Turn> {
    const turn: Turn = { phrase, match, request, sessionEnded: false, notes, warnings: [] };
    let response: ResponseEnvelope;
    try {
      response = await this.options.transport(request);
    } catch (error) {
      turn.error = error instanceof Error ? error.message : String(error);
      notes.push(`Alexa would say: "${ALEXA_ERROR_TEXT}" and close the session.`);
      this.closeSession();
      turn.sessionEnded = true;
      return turn;
    }
    turn.response = response;
    turn.warnings = responseWarnings(response);
    this.afterResponse(request, response, turn);
    await this.followScreen(request, response, turn);
    await this.followPlayer(response, turn);
    return turn;
  }

  /**
   * An Echo Show that speaks the narration from its document (ExecuteCommands with SpeakItems
   * and a SendEvent last): the simulator says what the screen speaks, then sends the UserEvent
   * the device sends when it has spoken it all; the skill's answer becomes the turn's response.
   */
  private async followScreen(request: RequestEnvelope, response: ResponseEnvelope, turn: Turn): Promise<void> {
    type Command = { type: string; arguments?: unknown[]; commands?: Command[] };
    const execute = response.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands') as { token?: string; commands?: Command[] } | undefined;
    const sequence = execute?.commands?.[0]?.commands ?? [];
    const sent = sequence.find((c) => c.type === 'SendEvent');
    if (!this.session || !this.device.apl || !execute?.token || !sent?.arguments) return;
    const render = response.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as { datasources?: { narration?: { properties?: Record<string, string> } } } | undefined;
    const pieces = Object.values(render?.datasources?.narration?.properties ?? {});
    turn.notes.push(`the screen speaks ${pieces.length} pieces, each countdown starting after its "Hold.": "${pieces.map((piece) => ssmlToText(piece)).join(' ')}"`);
    let closing: ResponseEnvelope;
    try {
      closing = await this.options.transport(aplUserEventEnvelope(this.settings(), execute.token, sent.arguments));
    } catch (error) {
      turn.warnings.push(`Alexa.Presentation.APL.UserEvent failed: ${(error as Error).message}`);
      return;
    }
    turn.notes.push('device -> Alexa.Presentation.APL.UserEvent (all spoken); the skill answers with the closing prompt:');
    turn.response = closing;
    turn.warnings.push(...responseWarnings(closing));
    this.afterResponse(request, closing, turn);
  }

  /** Carries out the response's AudioPlayer directives and sends the requests the device would send. */
  private async followPlayer(response: ResponseEnvelope, turn: Turn, indent = ''): Promise<void> {
    await this.player.follow(response, (event) => this.sendPlayerEvent(event, turn, indent), (note) => turn.notes.push(`${indent}${note}`));
  }

  private async sendPlayerEvent(event: PlayerEvent, turn: Turn, indent = ''): Promise<void> {
    const { session: _outside, ...settings } = this.settings();
    const request = audioPlayerRequestEnvelope(settings, event.type, event.extra);
    let response: ResponseEnvelope;
    try {
      response = await this.options.transport(request);
    } catch (error) {
      turn.warnings.push(`${event.type} failed: ${(error as Error).message}`);
      return;
    }
    const out = response.response;
    if (out.outputSpeech || out.card || out.reprompt) turn.warnings.push(`${event.type}: the response must hold only AudioPlayer directives`);
    const answered = (out.directives ?? []).map((d) => d.type).join(', ') || 'nothing';
    turn.notes.push(`${indent}device -> ${event.type} (${this.player.describe()}); the skill answered: ${answered}`);
    await this.followPlayer(response, turn, `${indent}  `);
  }

  /** Lets the stream play on for `seconds` (tracks end, the next ones start). */
  async wait(seconds: number): Promise<Turn> {
    const turn: Turn = { sessionEnded: !this.sessionOpen, notes: [`${seconds} s pass.`], warnings: [] };
    await this.player.advance(seconds, (event) => this.sendPlayerEvent(event, turn));
    turn.notes.push(this.player.describe());
    return turn;
  }

  /** The person says `phrase` when the playing track is at `seconds` ("Alexa, pause" at 42 s). */
  async sayAt(seconds: number, phrase: string): Promise<Turn> {
    this.player.seek(seconds);
    return this.say(phrase);
  }

  private afterResponse(request: RequestEnvelope, response: ResponseEnvelope, turn: Turn): void {
    const session = this.session;
    if (!session) return;
    const end = response.response.shouldEndSession;
    const ended = end === true || (end === undefined && !this.device.apl);
    if (end === undefined) {
      turn.notes.push(
        this.device.apl
          ? 'shouldEndSession is absent: on a screen device the session stays open without opening the mic.'
          : 'shouldEndSession is absent: a voice-only Echo closes the session.',
      );
    }
    if (ended) {
      this.closeSession();
      turn.sessionEnded = true;
      return;
    }
    this.session = { sessionId: session.sessionId, isNew: false, attributes: response.sessionAttributes ?? {} };
    this.lastResponse = response;
    this.repromptsUsed = 0;
    const elicit = (response.response.directives ?? []).find((d): d is dialog.ElicitSlotDirective => d.type === 'Dialog.ElicitSlot');
    if (elicit) {
      const asked = elicit.updatedIntent ?? (request.request.type === 'IntentRequest' ? request.request.intent : undefined);
      if (asked) this.pending = { intent: asked, slot: elicit.slotToElicit };
    }
  }
}
