/**
 * Drives the real exported Lambda `handler` against an embedded DynamoDB (dynalite) with real
 * request envelopes, and checks what every response must satisfy: SSML valid for Alexa
 * (ssml-check-core, platform amazon), at most 8,000 characters, and a reprompt whenever the
 * session stays open.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { expect } from 'vitest';
import { createDynamoStore, type UserStateStore } from '../../lambda/state/index';
import type { UserState } from '../../skill/conversation/types';
import { startDynalite, type RunningDynalite } from '../support/dynalite';
import { skillHandler, TEST_COMPANION_URL } from '../support/skill';
import type { SkillSettings } from '../../lambda/settings';
import type { Conversation } from '../support/envelopes';

export const COMPANION_URL = TEST_COMPANION_URL;

export interface Harness {
  db: RunningDynalite;
  store: UserStateStore;
  handler: (event: RequestEnvelope) => Promise<ResponseEnvelope>;
}

/** An embedded DynamoDB and the real skill against it; `settings` override the defaults. */
export async function startHarness(settings: Partial<SkillSettings> = {}): Promise<Harness> {
  const db = await startDynalite();
  const handler = skillHandler(db, settings);
  return { db, store: createDynamoStore({ tableName: db.tableName, endpoint: db.endpoint }), handler };
}

/** The words of an SSML string, tags removed and entities decoded. */
export function words(ssml: string | undefined): string {
  return (ssml ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Total seconds of silence (<break>s) in an SSML string. */
export function breakSeconds(ssml: string | undefined): number {
  let total = 0;
  for (const match of (ssml ?? '').matchAll(/<break time="(\d+)(ms|s)"\/>/g)) {
    total += Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
  }
  return total;
}

export interface Turn {
  envelope: ResponseEnvelope;
  ssml: string;
  /** The spoken words. */
  said: string;
  reprompt: string;
  ended: boolean;
}

/**
 * ssml-check's findings for each SSML string checked in this worker: the check is a pure function
 * of the string, and the same answers (a welcome, a prompt, a routine's segment) come back in many
 * turns of many files. Bounded, so a long run cannot grow it without end.
 */
const SSML_FINDINGS = new Map<string, Promise<unknown[]>>();
const SSML_FINDINGS_LIMIT = 5000;

function ssmlFindings(ssml: string): Promise<unknown[]> {
  let findings = SSML_FINDINGS.get(ssml);
  if (!findings) {
    if (SSML_FINDINGS.size >= SSML_FINDINGS_LIMIT) SSML_FINDINGS.clear();
    findings = check(ssml, { platform: 'amazon' }).then((errors) => errors ?? []);
    SSML_FINDINGS.set(ssml, findings);
  }
  return findings;
}

export async function assertValidSsml(ssml: string): Promise<void> {
  expect(ssml.length).toBeLessThanOrEqual(8000);
  const errors = await ssmlFindings(ssml);
  expect(errors, `SSML errors in: ${ssml.slice(0, 300)}`).toEqual([]);
}

/** Sends one request in a conversation and checks the response's invariants. */
export async function send(h: Harness, conversation: Conversation, request: RequestEnvelope): Promise<Turn> {
  const envelope = conversation.remember(await h.handler(request));
  const response = envelope.response;
  const ssml = response.outputSpeech?.type === 'SSML' ? response.outputSpeech.ssml : '';
  const repromptSpeech = response.reprompt?.outputSpeech;
  const reprompt = repromptSpeech?.type === 'SSML' ? repromptSpeech.ssml : '';
  const ended = response.shouldEndSession !== false;
  if (request.request.type !== 'SessionEndedRequest') {
    expect(ssml, 'every answer speaks').not.toBe('');
    await assertValidSsml(ssml);
    if (!ended) {
      expect(reprompt, `an open session needs a reprompt (after: ${words(ssml).slice(-120)})`).not.toBe('');
      await assertValidSsml(reprompt);
      // Certification: an open session ends on a question, so the person knows it is their turn.
      expect(words(ssml).trim(), 'an open response ends with a question').toMatch(/\?⟧?$/); // ⟧: the pseudo-locale's bracket
    }
  }
  return { envelope, ssml, said: words(ssml), reprompt: words(reprompt), ended };
}

export async function stored(h: Harness, userId: string): Promise<UserState> {
  return (await h.store.load(userId)).state;
}
