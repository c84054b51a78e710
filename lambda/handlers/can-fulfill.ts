/**
 * CanFulfillIntentRequest (name-free interaction): may Alexa send this request to us?
 * - StartRoutineIntent: YES with no routine named or a known one; MAYBE when the name only
 *   matched loosely; NO for an unknown routine.
 * - StretchIntent: YES for a known stretch; MAYBE for a loose match or no stretch named (we
 *   would ask which); NO for an unknown stretch.
 * - The hands-free intents ("play my back routine", "always play straight through"): see
 *   can-fulfill-hands-free.ts.
 * - Everything else: NO.
 * Nothing is said and nothing is stored.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { canfulfill, Intent, Response } from 'ask-sdk-model';
import { INTENTS } from '../../skill/package/intents';
import { canFulfillHandsFree } from './can-fulfill-hands-free';
import { readRoutine, readStretch, type SlotReading } from './slots';

type Verdict = canfulfill.CanFulfillIntentValues;

function slotVerdict(reading: SlotReading<string>): canfulfill.CanFulfillSlot {
  switch (reading.match) {
    case 'exact':
      return { canUnderstand: 'YES', canFulfill: 'YES' };
    case 'loose':
      return { canUnderstand: 'MAYBE', canFulfill: 'YES' };
    default:
      return { canUnderstand: 'NO', canFulfill: 'NO' };
  }
}

function intentVerdict(reading: SlotReading<string>, whenEmpty: Verdict): Verdict {
  if (reading.match === 'exact') return 'YES';
  if (reading.match === 'loose') return 'MAYBE';
  if (reading.match === 'empty') return whenEmpty;
  return 'NO';
}

/** The verdict for one intent, with one entry per slot the request carried. */
export function canFulfill(intent: Intent): canfulfill.CanFulfillIntent {
  const slotNames = Object.keys(intent.slots ?? {});
  const allSlots = (slot: canfulfill.CanFulfillSlot) => Object.fromEntries(slotNames.map((name) => [name, slot]));
  const no = { canFulfill: 'NO' as const, slots: allSlots({ canUnderstand: 'NO', canFulfill: 'NO' }) };
  const handsFree = canFulfillHandsFree(intent, slotVerdict);
  if (handsFree) return handsFree;
  let reading: SlotReading<string>;
  let slotName: string;
  let whenEmpty: Verdict;
  if (intent.name === INTENTS.startRoutine.name) {
    // The routine is named in carrier words ({routine}) or alone ({routineName}): one of the two.
    slotName = intent.slots?.[INTENTS.startRoutine.slots.routine]?.value ? INTENTS.startRoutine.slots.routine : INTENTS.startRoutine.slots.routineName;
    reading = readRoutine(intent, slotName);
    whenEmpty = 'YES';
  } else if (intent.name === INTENTS.stretch.name) {
    slotName = INTENTS.stretch.slots.stretch;
    reading = readStretch(intent, slotName);
    whenEmpty = 'MAYBE';
  } else {
    return no;
  }
  const slots = allSlots({ canUnderstand: 'NO', canFulfill: 'NO' });
  if (reading.match !== 'empty') slots[slotName] = slotVerdict(reading);
  else delete slots[slotName];
  // The routine slot that was not used is not part of the answer.
  if (intent.name === INTENTS.startRoutine.name) {
    for (const name of Object.values(INTENTS.startRoutine.slots)) if (name !== slotName && !intent.slots?.[name]?.value) delete slots[name];
  }
  return { canFulfill: intentVerdict(reading, whenEmpty), slots };
}

export class CanFulfillHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    return input.requestEnvelope.request.type === 'CanFulfillIntentRequest';
  }

  handle(input: HandlerInput): Response {
    const request = input.requestEnvelope.request as canfulfill.CanFulfillIntentRequest;
    return input.responseBuilder.withCanFulfillIntent(canFulfill(request.intent)).getResponse();
  }
}
