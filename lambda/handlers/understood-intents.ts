/** Intents for the ways people talk beyond the player controls, and the command each means. */
import type { Intent } from 'ask-sdk-model';
import { needOf } from '../../skill/catalog/needs';
import type { Command } from '../../skill/conversation/commands';
import { commandFromWords } from '../../skill/conversation/keywords';
import { needFromWords, type Understood } from '../../skill/conversation/understood';
import { INTENTS } from '../../skill/package/intents';
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

export const UNDERSTOOD_INTENT_COMMANDS: Record<string, (intent: Intent, texts: Texts) => Command> = {
  [INTENTS.startFor.name]: (intent, texts) => {
    const situation = heard(intent, 'situation');
    const need =
      needOf(resolvedId(intent.slots?.situation)) ?? (situation ? needFromWords(situation, texts) : undefined) ?? needOf(resolvedId(intent.slots?.need));
    return to(need ? { kind: 'need', need } : { kind: 'need', heard: heard(intent, 'situation') ?? heard(intent, 'need') });
  },
  [INTENTS.pain.name]: (intent) => to({ kind: 'pain', place: heard(intent, 'place') }),
  [INTENTS.feelingGood.name]: () => to({ kind: 'feelingGood' }),
  [INTENTS.otherStretch.name]: (intent) => to({ kind: 'otherStretch', id: resolvedId(intent.slots?.other), heard: heard(intent, 'other') }),
  [INTENTS.whichSide.name]: () => to({ kind: 'whichSide' }),
  [INTENTS.feel.name]: () => to({ kind: 'feel' }),
  [INTENTS.purpose.name]: () => to({ kind: 'purpose' }),
  [INTENTS.floor.name]: () => to({ kind: 'floor' }),
  [INTENTS.howOften.name]: () => to({ kind: 'question', topic: 'how-often' }),
  [INTENTS.pregnancy.name]: () => to({ kind: 'question', topic: 'pregnancy' }),
  [INTENTS.surgery.name]: (intent) => healthTopic(intent, 'surgery', 'surgery'),
  [INTENTS.condition.name]: (intent) => healthTopic(intent, 'condition', 'condition'),
  [INTENTS.heatIce.name]: () => to({ kind: 'question', topic: 'heat-ice' }),
  [INTENTS.surface.name]: () => to({ kind: 'question', topic: 'surface' }),
  [INTENTS.ask.name]: (intent, texts) => commandFromWords(askedWords(intent), texts) ?? { type: 'fallback' },
};
