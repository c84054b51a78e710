/**
 * The daily reminder: "remind me to stretch every day at eight" creates a recurring reminder
 * through Alexa's Reminders API; without permission it asks by voice (Connections.SendRequest
 * AskFor) and handles the Connections.Response (yes: the reminder is created; no; later).
 * "What reminders do I have", "stop reminding me". Every answer carries on with a question.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import { carryOn } from '../../skill/conversation/result';
import { say } from '../../skill/conversation/speech';
import { INTENTS } from '../../skill/package/intents';
import { getUserState } from '../state/access';
import { createRemindersClient, REMINDERS_SCOPE, type DailyTime, type RemindersClient } from '../reminders/client';
import type { ResponseOptions } from '../responses/compose';
import { textsOf, type Texts } from '../responses/texts';
import { reminderConsentDirective, timeFromToken } from '../responses/connections';
import { readTime } from './coach-slots';
import { respondCoached } from './coach-response';
import { todayOf } from './conversation';
import type { Log } from './session-ended';

export type RemindersFor = (apiEndpoint: string, apiAccessToken: string) => RemindersClient;

const REMINDER_INTENTS: ReadonlySet<string> = new Set([INTENTS.setReminder.name, INTENTS.listReminders.name, INTENTS.stopReminders.name]);

function permissionGranted(input: HandlerInput): boolean {
  const user = input.requestEnvelope.context?.System?.user as { permissions?: { scopes?: Record<string, { status?: string }> } } | undefined;
  return user?.permissions?.scopes?.[REMINDERS_SCOPE]?.status === 'GRANTED';
}

export class RemindersHandler implements RequestHandler {
  constructor(
    private readonly options: ResponseOptions,
    private readonly remindersFor: RemindersFor = createRemindersClient,
    private readonly log: Log = () => undefined,
  ) {}

  canHandle(input: HandlerInput): boolean {
    const request = input.requestEnvelope.request as unknown as { type: string; name?: unknown; intent?: { name?: unknown } };
    if (request.type === 'Connections.Response') return request.name === 'AskFor';
    return request.type === 'IntentRequest' && typeof request.intent?.name === 'string' && REMINDER_INTENTS.has(request.intent.name);
  }

  private client(input: HandlerInput): RemindersClient | undefined {
    const system = input.requestEnvelope.context?.System;
    if (!system?.apiEndpoint || !system.apiAccessToken) return undefined;
    return this.remindersFor(system.apiEndpoint, system.apiAccessToken);
  }

  private say(input: HandlerInput, texts: Texts, lines: string[]): Promise<Response> {
    const state = getUserState(input);
    return respondCoached(input, { result: carryOn(state, lines.map((line) => say(line)), {}, texts) }, this.options, todayOf(input), texts);
  }

  /** Hands over to Alexa's own consent question (no speech of ours: Alexa asks, then answers with a Connections.Response). */
  private askConsent(input: HandlerInput, time: DailyTime): Response {
    return input.responseBuilder.addDirective(reminderConsentDirective(time)).getResponse();
  }

  /** Refused: say how to allow it later, with the permissions card in the Alexa app. */
  private refused(input: HandlerInput, texts: Texts): Promise<Response> {
    input.responseBuilder.withAskForPermissionsConsentCard([REMINDERS_SCOPE]);
    return this.say(input, texts, [texts.reminders.reminders.refused]);
  }

  private async create(input: HandlerInput, texts: Texts, time: DailyTime, mayAsk: boolean): Promise<Response> {
    const { reminders: text, spokenTime } = texts.reminders;
    const client = this.client(input);
    if (!client) return this.say(input, texts, [text.failed]);
    const stamp = input.requestEnvelope.request.timestamp;
    const now = stamp && !Number.isNaN(Date.parse(stamp)) ? new Date(stamp) : new Date();
    const created = await client.createDaily(time, text.reminderText, input.requestEnvelope.request.locale ?? 'en-US', now);
    if (created.ok) return this.say(input, texts, [text.created(spokenTime(time.hour, time.minute))]);
    if (created.reason === 'no-permission' && mayAsk) return this.askConsent(input, time);
    this.log('reminder-create-failed', { reason: created.reason, detail: created.detail });
    return created.reason === 'no-permission' ? this.refused(input, texts) : this.say(input, texts, [text.failed]);
  }

  async handle(input: HandlerInput): Promise<Response> {
    const texts = textsOf(input);
    const { reminders: text, spokenTime } = texts.reminders;
    const request = input.requestEnvelope.request as unknown as {
      type: string;
      token?: unknown;
      payload?: { status?: unknown };
      intent?: IntentRequest['intent'];
    };
    if (request.type === 'Connections.Response') {
      const status = request.payload?.status;
      const time = timeFromToken(request.token);
      if (status === 'ACCEPTED') return time ? this.create(input, texts, time, false) : this.say(input, texts, [text.whatTime]);
      if (status === 'DENIED') return this.refused(input, texts);
      return this.say(input, texts, [text.later]);
    }
    const name = request.intent?.name;
    if (name === INTENTS.setReminder.name) {
      const time = readTime(request.intent, texts);
      if (!time) return this.say(input, texts, [text.whatTime]);
      if (!permissionGranted(input)) return this.askConsent(input, time);
      return this.create(input, texts, time, true);
    }
    const client = this.client(input);
    if (!client) return this.say(input, texts, [text.failed]);
    const listed = await client.list();
    if (!listed.ok) {
      this.log('reminder-list-failed', { reason: listed.reason, detail: listed.detail });
      return this.say(input, texts, [listed.reason === 'no-permission' ? text.noPermissionToRead : name === INTENTS.stopReminders.name ? text.removeFailed : text.failed]);
    }
    const active = listed.value.filter((r) => r.status === undefined || r.status === 'ON');
    if (name === INTENTS.listReminders.name) {
      if (active.length === 0) return this.say(input, texts, [text.none]);
      const times = active.map((r) => r.time).filter((t): t is DailyTime => t !== undefined);
      return this.say(input, texts, [times.length === active.length ? text.list(times.map((t) => spokenTime(t.hour, t.minute))) : text.listOther(active.length)]);
    }
    if (listed.value.length === 0) return this.say(input, texts, [text.nothingToRemove]);
    let removed = 0;
    for (const reminder of listed.value) {
      const outcome = await client.remove(reminder.alertToken);
      if (outcome.ok) removed += 1;
      else this.log('reminder-remove-failed', { reason: outcome.reason, detail: outcome.detail });
    }
    return this.say(input, texts, [removed === listed.value.length ? text.removed(removed) : text.removeFailed]);
  }
}
