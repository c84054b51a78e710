/**
 * CanFulfillIntentRequest for the hands-free intents, read the way the handlers read them
 * (lambda/handsfree/start.ts): "play my back routine" / "...straight through" with no name is
 * the daily routine (YES); a routine or a stretch named exactly is YES, loosely MAYBE; a name
 * we do not have is NO (the skill could only say it does not know it). "Always play straight
 * through" and "always guide me" change a setting: YES.
 */
import type { canfulfill, Intent } from 'ask-sdk-model';
import { INTENTS } from '../../skill/package/intents';
import { readRoutine, readStretch, type SlotReading } from './slots';

type SlotVerdictOf = (reading: SlotReading<string>) => canfulfill.CanFulfillSlot;

function verdictOf(reading: SlotReading<string>): canfulfill.CanFulfillIntentValues {
  return reading.match === 'exact' ? 'YES' : reading.match === 'loose' ? 'MAYBE' : 'NO';
}

/** The verdict for a hands-free intent, or undefined when `intent` is not one. */
export function canFulfillHandsFree(intent: Intent, slotVerdict: SlotVerdictOf): canfulfill.CanFulfillIntent | undefined {
  if (intent.name === INTENTS.alwaysHandsFree.name || intent.name === INTENTS.alwaysGuided.name) {
    return { canFulfill: 'YES', slots: {} };
  }
  if (intent.name !== INTENTS.handsFree.name) return undefined;
  const names = INTENTS.handsFree.slots;
  const routine = readRoutine(intent, names.routine);
  const stretch = readStretch(intent, names.stretch);
  const slots: Record<string, canfulfill.CanFulfillSlot> = {};
  // Slots the request carried that are not ours are not understood.
  for (const name of Object.keys(intent.slots ?? {})) {
    if (name !== names.routine && name !== names.stretch) slots[name] = { canUnderstand: 'NO', canFulfill: 'NO' };
  }
  if (routine.match !== 'empty') slots[names.routine] = slotVerdict(routine);
  if (stretch.match !== 'empty') slots[names.stretch] = slotVerdict(stretch);
  // Which one plays: a known routine, else a known stretch, else (nothing named) the daily routine.
  const chosen = routine.id ? routine : stretch.id ? stretch : routine.match !== 'empty' ? routine : stretch;
  const canFulfill = chosen.match === 'empty' ? 'YES' : verdictOf(chosen);
  return { canFulfill, slots };
}
