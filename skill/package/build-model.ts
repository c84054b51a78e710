/**
 * Builds the ASK skill package (interaction models and skill.json) from the catalog.
 * Pure: scripts/generate-model.ts writes the result to skill/package/, and the tests
 * check that the committed files equal what this produces.
 */
import { ROUTINES, SAFETY, STRETCHES } from '../catalog';
import type { RedFlagGroup, Routine, Stretch } from '../catalog/types';
import { expandAll } from './expand';
import {
  BUILT_IN_INTENTS,
  BUILT_IN_SLOT_TYPES,
  INTENTS,
  INVOCATION_NAME,
  LOCALES,
  SLOT_TYPES,
} from './intents';
import { PREFERENCE_VALUES, type PreferenceValue } from '../catalog/types';
import type {
  DialogModel,
  InteractionModelFile,
  ModelIntent,
  Prompt,
  SkillManifestFile,
  SlotType,
  SlotTypeValue,
} from './model-types';
import { PREFERENCE_PHRASES } from './preference-synonyms';
import { BUILT_IN_TEMPLATES, CUSTOM_INTENT_TEMPLATES, STRETCH_SLOT_ANSWER_TEMPLATES } from './samples';
import { toSpokenForm } from './spoken';
import { COMPANION_LINKS, companionLink, PLACEHOLDER_DEPLOYMENT, type Deployment } from './deployment';
import { understandingSlotTypes } from './understanding-types';
import { pruneCollisions } from './expand-model';
import { textsFor, type Texts } from '../text/locale';

/**
 * Slot types whose colliding phrases are dropped at build time, the first keeping a phrase the
 * later ones share (their words stay understood: the slot takes them as free words).
 */
const PRUNABLE_TYPES: readonly string[] = [SLOT_TYPES.routineName, SLOT_TYPES.otherStretch, SLOT_TYPES.condition, SLOT_TYPES.bodyPart, SLOT_TYPES.situation, SLOT_TYPES.need, SLOT_TYPES.query];

/**
 * The screens our APL layouts are made for (sizes in dp): round (Echo Spot), small landscape
 * (Echo Show 5), medium landscape, and large landscape (Echo Show 8, 10 and 15). The layouts
 * themselves are in lambda/responses/apl.ts and checked at these sizes in the tests.
 */
export const SUPPORTED_VIEWPORTS = [
  { mode: 'HUB', shape: 'ROUND', minWidth: 100, maxWidth: 599, minHeight: 100, maxHeight: 599 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 960, maxWidth: 1279, minHeight: 480, maxHeight: 599 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 960, maxWidth: 1279, minHeight: 600, maxHeight: 959 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 1280, maxWidth: 1920, minHeight: 800, maxHeight: 1279 },
] as const;

export type Locale = (typeof LOCALES)[number];

/** The parts of the catalog the interaction model is generated from. */
export interface ModelCatalog {
  stretches: readonly Pick<Stretch, 'id' | 'name' | 'spokenName' | 'synonyms'>[];
  routines: readonly Pick<Routine, 'id' | 'name' | 'spokenName' | 'synonyms'>[];
  redFlags: readonly Pick<RedFlagGroup, 'id' | 'phrases'>[];
}

/** Which slot type each slot name of INTENTS uses. */
export const SLOT_TYPE_OF: Record<string, string> = {
  stretch: SLOT_TYPES.stretch,
  routine: SLOT_TYPES.routine,
  symptom: SLOT_TYPES.symptom,
  preference: SLOT_TYPES.preference,
  ...BUILT_IN_SLOT_TYPES,
  need: SLOT_TYPES.need,
  situation: SLOT_TYPES.situation,
  routineName: SLOT_TYPES.routineName,
  place: SLOT_TYPES.bodyPart,
  other: SLOT_TYPES.otherStretch,
  condition: SLOT_TYPES.condition,
  surgery: SLOT_TYPES.condition,
  query: SLOT_TYPES.query,
  howQuery: SLOT_TYPES.query,
  whatQuery: SLOT_TYPES.query,
  whichQuery: SLOT_TYPES.query,
  whereQuery: SLOT_TYPES.query,
  whyQuery: SLOT_TYPES.query,
  whenQuery: SLOT_TYPES.query,
  isQuery: SLOT_TYPES.query,
  areQuery: SLOT_TYPES.query,
  shouldQuery: SLOT_TYPES.query,
  canQuery: SLOT_TYPES.query,
  couldQuery: SLOT_TYPES.query,
  doQuery: SLOT_TYPES.query,
  doesQuery: SLOT_TYPES.query,
  willQuery: SLOT_TYPES.query,
};

/** Id of the prompt the StretchIntent dialog model uses when asking which stretch. */
export const STRETCH_ELICITATION_PROMPT_ID = 'Elicit.Slot.StretchIntent.stretch';

interface ValueSource {
  id: string;
  /** Explicit names, the first being the value's name. */
  names: readonly string[];
  /** Derived spoken variants, added only when no other value claims them. */
  variants?: readonly string[];
}

/**
 * One slot type. A phrase belongs to one value only: the first value that names it keeps it
 * (explicit names before derived variants), so entity resolution is never ambiguous.
 */
export function buildSlotType(name: string, sources: readonly ValueSource[]): SlotType {
  const claimed = new Set<string>();
  const lists = sources.map((source) => {
    const phrases: string[] = [];
    for (const raw of source.names) {
      const spoken = toSpokenForm(raw);
      if (spoken !== '' && !claimed.has(spoken)) {
        claimed.add(spoken);
        phrases.push(spoken);
      }
    }
    return phrases;
  });
  sources.forEach((source, index) => {
    for (const raw of source.variants ?? []) {
      const spoken = toSpokenForm(raw);
      if (spoken !== '' && !claimed.has(spoken)) {
        claimed.add(spoken);
        lists[index]?.push(spoken);
      }
    }
  });
  const values: SlotTypeValue[] = sources.map((source, index) => {
    const [value = source.id, ...synonyms] = lists[index] ?? [];
    return synonyms.length > 0 ? { id: source.id, name: { value, synonyms } } : { id: source.id, name: { value } };
  });
  return { name, values };
}

const STRETCH_SUFFIXES = [' stretch', ' pose'];

/** "piriformis stretch" -> "piriformis", "sphinx pose" -> "sphinx"; never a lone short word like "side". */
function shortenedStretchNames(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names.map(toSpokenForm)) {
    for (const suffix of STRETCH_SUFFIXES) {
      if (!name.endsWith(suffix)) continue;
      const rest = name.slice(0, -suffix.length).trim();
      if (rest.includes(' ') || rest.replace(/'/g, '').length >= 6) out.push(rest);
    }
  }
  return out;
}

const SENTENCE_STARTS = new Set(['i', 'my', 'it', 'the', 'a', 'an', 'both', 'no', 'there', 'this', 'that', "i'm", "i've", "it's"]);

/**
 * "wet myself" -> "i wet myself", "legs are numb" -> "my legs are numb": red-flag phrases as
 * people say them whole, so a bare {symptom} hears the sentence, not only the fragment.
 */
function saidAsASentence(phrase: string): string[] {
  const spoken = toSpokenForm(phrase);
  const first = spoken.split(' ')[0] ?? '';
  // Someone speaking for a parent: "she wet herself", "he fell over".
  const thirdPerson = (s: string) =>
    s.startsWith('i ') ? [`she ${s.slice(2).replace(/\bmyself\b/g, 'herself').replace(/\bmy\b/g, 'her')}`, `he ${s.slice(2).replace(/\bmyself\b/g, 'himself').replace(/\bmy\b/g, 'his')}`] : [];
  if (first === 'i') return thirdPerson(spoken);
  if (SENTENCE_STARTS.has(first)) return [];
  return [`i ${spoken}`, `my ${spoken}`, ...thirdPerson(`i ${spoken}`)];
}

/** "basic daily routine" <-> "basic daily": both forms of every routine name. */
function routineNameForms(names: readonly string[]): string[] {
  return names.map(toSpokenForm).map((name) => (name.endsWith(' routine') ? name.slice(0, -' routine'.length) : `${name} routine`));
}

export function buildSlotTypes(catalog: ModelCatalog): SlotType[] {
  const stretch = buildSlotType(
    SLOT_TYPES.stretch,
    catalog.stretches.map((s) => {
      const names = [s.spokenName, s.name, ...s.synonyms];
      return { id: s.id, names, variants: shortenedStretchNames(names) };
    }),
  );
  const routine = buildSlotType(
    SLOT_TYPES.routine,
    catalog.routines.map((r) => {
      const names = [r.spokenName, r.name, ...r.synonyms];
      return { id: r.id, names, variants: routineNameForms(names) };
    }),
  );
  const symptom = buildSlotType(
    SLOT_TYPES.symptom,
    catalog.redFlags.map((group) => ({ id: group.id, names: group.phrases, variants: group.phrases.flatMap(saidAsASentence) })),
  );
  const preference = buildSlotType(
    SLOT_TYPES.preference,
    PREFERENCE_VALUES.map((id: PreferenceValue) => ({ id, names: PREFERENCE_PHRASES[id] })),
  );
  return [stretch, routine, symptom, preference, ...understandingSlotTypes(routine)];
}

/** Every value name and synonym of a slot type. */
function phrasesOf(type: SlotType | undefined): Set<string> {
  return new Set((type?.values ?? []).flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]));
}

/**
 * Custom intents with their samples. A slot-less sample that is itself a value of one of the
 * intent's slot types ("it hurts" is a SYMPTOM) is left out: "{symptom}" covers it and fills
 * the slot, so the handler hears which symptom it was.
 */
function customIntents(types: readonly SlotType[]): ModelIntent[] {
  return Object.values(INTENTS).map((intent) => {
    const slotNames = Object.values(intent.slots) as string[];
    const expanded = expandAll(CUSTOM_INTENT_TEMPLATES[intent.name]);
    // Only a bare "{slot}" sample hears a slot's values alone.
    const bare = slotNames.filter((slotName) => expanded.includes(`{${slotName}}`));
    const covered = new Set(bare.flatMap((slotName) => [...phrasesOf(types.find((t) => t.name === SLOT_TYPE_OF[slotName]))]));
    const samples = expanded.filter((s) => s.includes('{') || !covered.has(s));
    if (slotNames.length === 0) return { name: intent.name, slots: [], samples };
    const slots = slotNames.map((slotName) => {
      const type = SLOT_TYPE_OF[slotName];
      if (!type) throw new Error(`No slot type for slot "${slotName}" of ${intent.name}`);
      return intent.name === INTENTS.stretch.name && slotName === INTENTS.stretch.slots.stretch
        ? { name: slotName, type, samples: expandAll(STRETCH_SLOT_ANSWER_TEMPLATES) }
        : { name: slotName, type };
    });
    return { name: intent.name, slots, samples };
  });
}

function builtInIntents(): ModelIntent[] {
  return BUILT_IN_INTENTS.map((name) => ({ name, samples: expandAll(BUILT_IN_TEMPLATES[name] ?? []) }));
}

/**
 * StretchIntent's stretch slot has a dialog model (manual delegation) so the handler can ask
 * "which stretch?" with Dialog.ElicitSlot, which the ASK docs say needs a dialog model.
 */
function dialogModel(texts: Texts): { dialog: DialogModel; prompts: Prompt[] } {
  return {
    dialog: {
      delegationStrategy: 'SKILL_RESPONSE',
      intents: [
        {
          name: INTENTS.stretch.name,
          delegationStrategy: 'SKILL_RESPONSE',
          confirmationRequired: false,
          prompts: {},
          slots: [
            {
              name: INTENTS.stretch.slots.stretch,
              type: SLOT_TYPES.stretch,
              elicitationRequired: true,
              confirmationRequired: false,
              prompts: { elicitation: STRETCH_ELICITATION_PROMPT_ID },
            },
          ],
        },
      ],
    },
    prompts: [
      {
        id: STRETCH_ELICITATION_PROMPT_ID,
        variations: texts.dialog.WHICH_STRETCH_PROMPTS.map((value) => ({ type: 'PlainText' as const, value })),
      },
    ],
  };
}

/** The content of interactionModels/custom/<locale>.json for the given catalog. */
const built = new WeakMap<ModelCatalog, Map<string, InteractionModelFile>>();

export function buildInteractionModelFrom(catalog: ModelCatalog, locale: Locale): InteractionModelFile {
  if (!LOCALES.includes(locale)) throw new Error(`Unsupported locale ${locale}`);
  // Pruning collisions walks the whole expanded model (a few seconds): build once per catalog.
  const texts = textsFor(locale);
  const models = built.get(catalog) ?? new Map<string, InteractionModelFile>();
  built.set(catalog, models);
  const known = models.get(texts.language.code);
  if (known) return structuredClone(known);
  const model = buildModelFrom(catalog, texts);
  models.set(texts.language.code, model);
  return structuredClone(model);
}

function buildModelFrom(catalog: ModelCatalog, texts: Texts): InteractionModelFile {
  // All supported locales are English and share one model; the parameter keeps room for
  // locale-specific phrasing later.
  const { dialog, prompts } = dialogModel(texts);
  const allTypes = buildSlotTypes(catalog);
  const unpruned = [...customIntents(allTypes), ...builtInIntents()];
  // Situations, needs and routine names said alone give way to other intents' words.
  const types = pruneCollisions(unpruned, allTypes, PRUNABLE_TYPES);
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAME,
        intents: [...customIntents(types), ...builtInIntents()],
        types,
      },
      dialog,
      prompts,
    },
  };
}

/** The catalog's stretches, routines and red-flag groups. */
export const CATALOG_FOR_MODEL: ModelCatalog = { stretches: STRETCHES, routines: ROUTINES, redFlags: SAFETY.redFlags };

/** The content of interactionModels/custom/<locale>.json, generated from the catalog. */
export function buildInteractionModel(locale: Locale): InteractionModelFile {
  return buildInteractionModelFrom(CATALOG_FOR_MODEL, locale);
}

/** Placeholder endpoint, until `npm run stamp:endpoint` writes the deployed ARN (docs/DEPLOY.md). */
export const SKILL_ENDPOINT_PLACEHOLDER = PLACEHOLDER_DEPLOYMENT.skillFunctionArn;

/**
 * Example phrases: each is a real sample of the model (test/package/manifest.test.ts), and the
 * first opens the skill by name, the one path that works on every device, Alexa+ included.
 */
export const EXAMPLE_PHRASES = [
  'Alexa, open back stretch coach',
  'Alexa, ask back stretch coach to start my back routine',
  'Alexa, ask back stretch coach how do I do cat cow',
] as const;

const SUMMARY = 'A calm voice coach that talks you through back stretches and routines, hands-free.';

const DESCRIPTION = [
  'Back Stretch Coach guides you through ten gentle back stretches, one step at a time, with timed holds, calm cues and the sides counted for you.',
  'Say "start my back routine" for a short daily routine, or ask for a single stretch by name, such as cat cow, child\'s pose or the figure four stretch.',
  'Say "pause", "next" or "repeat" at any time. Ask for longer holds, a slower pace or chimes only. If you stop part way, the coach remembers where you were.',
  'Important: Back Stretch Coach is not medical advice and does not replace a doctor or physiotherapist. Stop if anything hurts sharply. If you have numbness, tingling, weakness, or back pain that is severe or lasting, see a healthcare professional before stretching.',
].join('\n\n');

const KEYWORDS = [
  'back stretches',
  'stretching',
  'back pain',
  'lower back',
  'stretch routine',
  'mobility',
  'flexibility',
  'yoga',
  'exercise',
  'fitness',
];

const TESTING_INSTRUCTIONS = [
  "Say 'Alexa, open back stretch coach', then 'start my back routine'. Each response narrates one stretch or one side and ends by asking you to say next.",
  "Try 'next', 'pause', 'resume', 'repeat', 'skip', 'make it easier', 'how much is left' and 'stop'.",
  "Ask for one stretch: 'how do I do cat cow'. Say 'my legs are numb' (urgent) or 'I have a fever' (see a doctor soon) to hear the safety advice, which names the emergency number of the locale you test in (en-US and en-CA 911, en-GB 999 with NHS 111, en-AU 000, en-IN 112).",
  'No account linking. The skill stores progress, preferences and history per Alexa user id (see the privacy policy); it never stores what was said or any symptom. Disabling the skill deletes the record.',
].join(' ');

/** The content of skill.json, for a deployment (skill/deployment.json; placeholders until stamped). */
export function buildSkillManifest(deployment: Deployment = PLACEHOLDER_DEPLOYMENT): SkillManifestFile {
  const link = (path: string) => companionLink(deployment, path);
  const locales = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      {
        name: 'Back Stretch Coach',
        summary: SUMMARY,
        description: DESCRIPTION,
        examplePhrases: [...EXAMPLE_PHRASES],
        keywords: [...KEYWORDS],
        smallIconUri: link(COMPANION_LINKS.smallIcon),
        largeIconUri: link(COMPANION_LINKS.largeIcon),
      },
    ]),
  );
  const legal = Object.fromEntries(
    LOCALES.map((locale) => [locale, { privacyPolicyUrl: link(COMPANION_LINKS.privacyPolicy), termsOfUseUrl: link(COMPANION_LINKS.termsOfUse) }]),
  );
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales,
        isAvailableWorldwide: false,
        distributionCountries: ['US', 'GB', 'CA', 'AU', 'IN'],
        testingInstructions: TESTING_INSTRUCTIONS,
        category: 'HEALTH_AND_FITNESS',
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        // Progress, history and check-in scores are kept per Alexa user: personal, and about health.
        usesPersonalInfo: true,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        locales: legal,
      },
      apis: {
        custom: {
          endpoint: { uri: deployment.skillFunctionArn },
          interfaces: [
            { type: 'CAN_FULFILL_INTENT_REQUEST' },
            { type: 'ALEXA_PRESENTATION_APL', supportedViewports: SUPPORTED_VIEWPORTS },
            { type: 'AUDIO_PLAYER' },
          ],
        },
      },
      events: {
        endpoint: { uri: deployment.skillFunctionArn },
        subscriptions: [{ eventName: 'SKILL_DISABLED' }],
      },
      // The coach's daily reminder (asked for by voice before the first one is set).
      permissions: [{ name: 'alexa::alerts:reminders:skill:readwrite' }],
    },
  };
}
