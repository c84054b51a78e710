/**
 * The person's state carried in the Alexa session attributes (rules: skill/state/carry.ts), so
 * a routine keeps its place while DynamoDB is away. Written at the end of every turn that has
 * state; removed when the person's data was deleted.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { carryState, readCarried, type CarriedState } from '../../skill/state/carry';
import { isKept, type TurnState } from './access';

export const CARRIED_KEY = 'progress';
/** Set once the person heard that saving is not working, so it is said once per outage. */
export const NOTICE_KEY = 'savingNotice';

function sessionAttributes(input: HandlerInput): Record<string, unknown> | undefined {
  // Requests without a session (AudioPlayer, skill events) have no attributes to carry.
  if (!input.requestEnvelope?.session) return undefined;
  return input.attributesManager.getSessionAttributes();
}

export function carriedOf(input: HandlerInput): CarriedState | undefined {
  return readCarried(sessionAttributes(input)?.[CARRIED_KEY]);
}

/** Puts this turn's final state (what is stored, or what could not be) into the session attributes. */
export function carryTurn(input: HandlerInput, turn: TurnState): void {
  const attributes = sessionAttributes(input);
  if (!attributes) return;
  if (turn.deleted || turn.committed?.outcome === 'deleted') {
    delete attributes[CARRIED_KEY];
  } else if (turn.committed?.stored) {
    attributes[CARRIED_KEY] = carryState(turn.committed.stored, turn.committed.stored.version, true);
  } else {
    attributes[CARRIED_KEY] = carryState(turn.current, turn.loaded.version, isKept(turn), turn.unknown && !isKept(turn));
  }
  if (isKept(turn)) delete attributes[NOTICE_KEY];
  input.attributesManager.setSessionAttributes(attributes);
}
