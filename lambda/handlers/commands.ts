/**
 * Which player command each intent means: a fixed one comes with the intent
 * (skill/package/intents.ts); here are the ones read from slots.
 */
import type { Intent } from 'ask-sdk-model';
import type { Command } from '../../skill/conversation/commands';
import { BUILT_IN_COMMANDS, FROM_SLOTS, INTENTS, type IntentDefinition, type SlotCommandIntentName } from '../../skill/package/intents';
import { detectRedFlag, findRoutine, findStretch } from '../../skill/catalog/index';
import { findOtherStretch } from '../../skill/catalog/others';
import { commandFromWords } from '../../skill/conversation/keywords';
import { needFromWords, stiffnessNeed } from '../../skill/conversation/understood';
import { rawSlotValue, readPreference, readRoutine, readStretch, readSymptom, resolvedId } from './slots';
import { askedWords, UNDERSTOOD_INTENT_COMMANDS } from './understood-intents';
import type { Texts } from '../responses/texts';

/** The words people say (texts.heard) help read some slots. */
type ToCommand = (intent: Intent, texts: Texts) => Command;

const fixed = (command: Command): ToCommand => () => command;

/** The fixed commands of the custom and built-in intents (declared with the intents in skill/package/intents.ts). */
function fixedCommands(): Record<string, ToCommand> {
  const custom = Object.values(INTENTS as Record<string, IntentDefinition>).flatMap(({ name, command }) =>
    command && command !== FROM_SLOTS ? [[name, command] as const] : [],
  );
  const entries = [...custom, ...Object.entries(BUILT_IN_COMMANDS)].map(([name, command]) => [name, fixed(command)] as const);
  return Object.fromEntries(entries);
}

/** The intents whose command depends on what their slots heard (the compiler asks for one per FROM_SLOTS intent). */
const SLOT_COMMANDS: Record<SlotCommandIntentName, ToCommand> = {
  [INTENTS.startRoutine.name]: (intent, texts) => {
    const routine = readRoutine(intent, 'routine', texts);
    return { type: 'startRoutine', routine: routine.id, heard: routine.id ? undefined : routine.heard };
  },
  [INTENTS.stretch.name]: (intent, texts) => {
    const stretch = readStretch(intent, 'stretch', texts);
    return { type: 'startStretch', stretch: stretch.id, heard: stretch.id ? undefined : stretch.heard };
  },
  [INTENTS.excludeStretch.name]: (intent, texts) => {
    const stretch = readStretch(intent, 'stretch', texts);
    return { type: 'exclude', stretch: stretch.id, heard: stretch.id ? undefined : stretch.heard };
  },
  [INTENTS.includeStretch.name]: (intent, texts) => {
    const stretch = readStretch(intent, 'stretch', texts);
    return { type: 'include', stretch: stretch.id, heard: stretch.id ? undefined : stretch.heard };
  },
  [INTENTS.preference.name]: (intent) => ({ type: 'preference', value: readPreference(intent).id }),
  [INTENTS.symptom.name]: (intent, texts) => {
    const symptom = readSymptom(intent, texts);
    // "My back is stiff from sitting" is asking for a stretch, not reporting harm.
    const need = symptom.groupId ? undefined : stiffnessNeed(symptom.heard ?? '', texts);
    return need ? { type: 'understood', what: { kind: 'need', need } } : { type: 'symptom', ...symptom };
  },
  [INTENTS.benefits.name]: (intent, texts) => {
    const stretch = readStretch(intent, 'stretch', texts);
    return { type: 'benefits', stretch: stretch.id, heard: stretch.id ? undefined : stretch.heard };
  },
  ...UNDERSTOOD_INTENT_COMMANDS,
};

/** Intent name -> command. Intents not listed here go to the fallback. */
const INTENT_COMMANDS: Record<string, ToCommand> = {
  ...fixedCommands(),
  ...SLOT_COMMANDS,
};

/** Intents whose words are already a report of how the person feels. */
const REPORTS: ReadonlySet<string> = new Set([INTENTS.symptom.name, INTENTS.pain.name, INTENTS.feelingGood.name]);

/**
 * On a device a slot inside carrier words takes any words, so a report of pain can arrive as a
 * stretch or routine name that did not resolve ("the pain keeps me awake"). Such words go to
 * the symptom answer: a warning sign is never answered as "I don't know a stretch called...".
 */
function painInWords(intent: Intent, texts: Texts): string | undefined {
  if (REPORTS.has(intent.name)) return undefined;
  if (intent.name === INTENTS.ask.name) {
    const asked = askedWords(intent);
    return detectRedFlag(asked, texts) ? asked : undefined;
  }
  for (const slot of Object.values(intent.slots ?? {})) {
    const words = rawSlotValue(slot);
    if (words && !resolvedId(slot) && detectRedFlag(words, texts)) return words;
  }
  return undefined;
}

/** A malformed request may carry no intent, or one without a name: that is the fallback too. */
export function commandForIntent(intent: Intent | undefined, texts: Texts): Command {
  // Own keys only: an intent named "constructor" must not reach Object.prototype.
  const build = typeof intent?.name === 'string' && Object.hasOwn(INTENT_COMMANDS, intent.name) ? INTENT_COMMANDS[intent.name] : undefined;
  if (!intent || !build) return { type: 'fallback' };
  const pain = painInWords(intent, texts);
  if (pain) return { type: 'symptom', heard: pain };
  return guessFromWords(intent, texts) ?? build(intent, texts);
}

/** Intents whose free words name something (a stretch, routine or need) the skill may still recognise. */
const NAMING: ReadonlySet<string> = new Set([
  INTENTS.startRoutine.name, INTENTS.stretch.name, INTENTS.startFor.name, INTENTS.otherStretch.name,
  INTENTS.excludeStretch.name, INTENTS.includeStretch.name, INTENTS.benefits.name,
]);

/**
 * Words a carrier slot took that did not resolve and that the skill cannot place as a name:
 * what they most likely mean ("I want {routineName}" with "to finish now" is stop).
 */
function guessFromWords(intent: Intent, texts: Texts): Command | undefined {
  if (intent.name === INTENTS.pain.name || intent.name === INTENTS.feelingGood.name || intent.name === INTENTS.ask.name) return undefined;
  for (const slot of Object.values(intent.slots ?? {})) {
    const words = rawSlotValue(slot);
    if (!words || resolvedId(slot) || detectRedFlag(words, texts)) continue;
    // "What does this one help with": the stretch in progress.
    if (intent.name === INTENTS.benefits.name && texts.heard.THIS_ONE.includes(words)) return { type: 'understood', what: { kind: 'purpose' } };
    if (NAMING.has(intent.name) && (findStretch(words, texts) || findRoutine(words, texts) || findOtherStretch(words, texts) || needFromWords(words, texts))) return undefined;
    if (intent.name === INTENTS.symptom.name && stiffnessNeed(words, texts)) return undefined;
    const guess = commandFromWords(words, texts);
    if (guess) return guess;
  }
  return undefined;
}
