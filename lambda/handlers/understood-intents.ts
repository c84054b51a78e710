/** Intents for the ways people talk beyond the player controls whose command depends on their slots. */
import type { Intent } from 'ask-sdk-model';
import { needOf } from '../../skill/catalog/needs';
import type { Command } from '../../skill/conversation/commands';
import { commandFromWords } from '../../skill/conversation/keywords';
import { needFromWords, type Understood } from '../../skill/conversation/understood';
import { INTENTS, type SlotCommandIntentName } from '../../skill/package/intents';
import type { Texts } from '../responses/texts';
import { rawSlotValue, resolvedId } from './slots';

const to = (what: Understood): Command => ({ type: 'understood', what });

function heard(intent: Intent, slot: string): string | undefined {
  return rawSlotValue(intent.slots?.[slot]);
}

/** Surgery and condition words share one slot type: the resolved id says which answer fits. */
function healthTopic(intent: Intent, slot: string, fallback: 'surgery' | 'condition'): Command {
  const id = resolvedId(intent.slots?.[slot]);
  return to({ kind: 'question', topic: id === 'surgery' || id === 'condition' ? id : fallback });
}

/** The whole question: the opening word (the slot's name, "howQuery") and the words after it. */
export function askedWords(intent: Intent): string {
  for (const [name, slot] of Object.entries(intent.slots ?? {})) {
    const words = rawSlotValue(slot);
    if (words) return name === 'query' ? words : `${name.replace(/Query$/, '')} ${words}`;
  }
  return '';
}

/** The ones read from slots (the fixed ones come with their intent in skill/package/intents.ts). */
export const UNDERSTOOD_INTENT_COMMANDS = {
  [INTENTS.startFor.name]: (intent: Intent, texts: Texts) => {
    const situation = heard(intent, 'situation');
    const need =
      needOf(resolvedId(intent.slots?.situation)) ?? (situation ? needFromWords(situation, texts) : undefined) ?? needOf(resolvedId(intent.slots?.need));
    return to(need ? { kind: 'need', need } : { kind: 'need', heard: heard(intent, 'situation') ?? heard(intent, 'need') });
  },
  [INTENTS.pain.name]: (intent) => to({ kind: 'pain', place: heard(intent, 'place') }),
  [INTENTS.otherStretch.name]: (intent) => to({ kind: 'otherStretch', id: resolvedId(intent.slots?.other), heard: heard(intent, 'other') }),
  [INTENTS.surgery.name]: (intent) => healthTopic(intent, 'surgery', 'surgery'),
  [INTENTS.condition.name]: (intent) => healthTopic(intent, 'condition', 'condition'),
  [INTENTS.ask.name]: (intent: Intent, texts: Texts) => commandFromWords(askedWords(intent), texts) ?? { type: 'fallback' },
} satisfies Partial<Record<SlotCommandIntentName, (intent: Intent, texts: Texts) => Command>>;
