/**
 * Skill-connection directives: the pre-built Alexa Routine offer (AMAZON.OfferAutomation,
 * answered by a SessionResumedRequest) and the voice consent for reminders (AskFor, answered
 * by a Connections.Response).
 */
import type { Directive } from 'ask-sdk-model';
import { REMINDERS_SCOPE } from '../reminders/client';
import type { Texts } from './texts';

export const ROUTINE_OFFER_TOKEN = 'backStretchCoach.routineOffer';
export const ROUTINE_OPERATION_ID = 'startBackRoutine';
export const REMINDER_TOKEN_PREFIX = 'backStretchCoach.reminder.';

/**
 * The offer: when the person says one of the utterances (the first free one), Alexa opens this
 * skill through its launch task, which starts the daily routine (see CoachingHandler).
 */
export function routineOfferDirective(skillId: string, locale: string, texts: Texts): Directive {
  const { ROUTINE_TRIGGER_UTTERANCES, routineOffer } = texts.routineOffer;
  return {
    type: 'Connections.StartConnection',
    uri: 'connection://AMAZON.OfferAutomation/1',
    input: {
      automation: {
        trigger: {
          type: 'Alexa.Automation.Trigger.Voice.CustomUtterance',
          version: '1.0',
          payload: { utterances: [...ROUTINE_TRIGGER_UTTERANCES], locale },
        },
        operations: {
          serial: [
            {
              operation: {
                type: 'Alexa.Automation.Operation.Skill.StartConnection',
                version: '1.0',
                operationId: ROUTINE_OPERATION_ID,
                payload: { connectionRequest: { uri: `connection://AMAZON.Launch/1?provider=${skillId}`, input: {} } },
              },
            },
          ],
        },
      },
      renderingData: { operations: { [ROUTINE_OPERATION_ID]: { descriptionPrompt: routineOffer.operationName } } },
    },
    onCompletion: 'RESUME_SESSION',
    token: ROUTINE_OFFER_TOKEN,
  } as unknown as Directive;
}

/** Asks by voice for permission to set reminders; the token carries the time asked for ("08:00"). */
export function reminderConsentDirective(time: { hour: number; minute: number }): Directive {
  const hh = String(time.hour).padStart(2, '0');
  const mm = String(time.minute).padStart(2, '0');
  return {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: REMINDERS_SCOPE, consentLevel: 'ACCOUNT' }],
    },
    token: `${REMINDER_TOKEN_PREFIX}${hh}:${mm}`,
  } as unknown as Directive;
}

/** The time carried by a consent token, if it is one of ours. */
export function timeFromToken(token: unknown): { hour: number; minute: number } | undefined {
  if (typeof token !== 'string' || !token.startsWith(REMINDER_TOKEN_PREFIX)) return undefined;
  const match = /^(\d{2}):(\d{2})$/.exec(token.slice(REMINDER_TOKEN_PREFIX.length));
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}
