/**
 * Checks an interaction model against the rules the ASK model build enforces (or warns about),
 * so a broken model fails our tests instead of the developer console build. Pure.
 * Returns a list of problems; an empty list means the model is acceptable.
 */
import type { InteractionModelFile, ModelIntent, SkillManifestFile } from './model-types';

/** Built-ins every custom skill model must contain. */
export const REQUIRED_BUILT_INS = [
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
] as const;

/** Built-ins that must not carry sample utterances. */
const NO_SAMPLE_BUILT_INS = new Set(['AMAZON.FallbackIntent', 'AMAZON.NavigateHomeIntent']);

/** Words an invocation name must not contain (launch phrases, wake words, connecting words). */
const FORBIDDEN_INVOCATION_WORDS = new Set([
  'alexa', 'amazon', 'echo', 'computer', 'skill', 'app', 'launch', 'ask', 'tell', 'load', 'begin', 'enable', 'open', 'start',
]);

const SLOT_PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * A sample is lower-case words separated by single spaces: letters, apostrophes, periods only
 * after a single letter ("a. b."), and {slot} placeholders. No "?", "-", digits or commas.
 */
export function sampleProblem(sample: string): string | undefined {
  if (sample !== sample.trim()) return 'has leading or trailing spaces';
  if (sample === '') return 'is empty';
  if (/\s{2,}/.test(sample)) return 'has repeated spaces';
  const words = sample.split(' ');
  for (const word of words) {
    if (/^\{[A-Za-z_][A-Za-z0-9_]*\}$/.test(word)) continue;
    if (/\d/.test(word)) return `has a digit in "${word}" (spell numbers out)`;
    if (/[A-Z]/.test(word)) return `has upper case in "${word}"`;
    if (/^[a-z]\.$/.test(word)) continue;
    if (!/^[a-z]+(?:'[a-z]+)*'?$/.test(word)) return `has a character the model build rejects in "${word}"`;
  }
  return undefined;
}

function slotsIn(sample: string): string[] {
  return [...sample.matchAll(SLOT_PLACEHOLDER)].map((m) => m[1] ?? '');
}

function checkSamples(owner: string, samples: readonly string[], slotNames: Set<string>, problems: string[]): void {
  const seen = new Set<string>();
  for (const sample of samples) {
    const problem = sampleProblem(sample);
    if (problem) problems.push(`${owner}: sample "${sample}" ${problem}`);
    if (seen.has(sample)) problems.push(`${owner}: sample "${sample}" is listed twice`);
    seen.add(sample);
    const used = slotsIn(sample);
    for (const slot of used) {
      if (!slotNames.has(slot)) problems.push(`${owner}: sample "${sample}" uses undefined slot {${slot}}`);
    }
    if (new Set(used).size !== used.length) problems.push(`${owner}: sample "${sample}" uses a slot twice`);
  }
}

function checkIntent(intent: ModelIntent, typeNames: Set<string>, problems: string[]): void {
  const builtIn = intent.name.startsWith('AMAZON.');
  if (!builtIn && !/^[A-Za-z_]+$/.test(intent.name)) problems.push(`intent name "${intent.name}" must be letters and underscores`);
  if (!builtIn && intent.samples.length === 0) problems.push(`${intent.name}: a custom intent needs sample utterances`);
  if (NO_SAMPLE_BUILT_INS.has(intent.name) && intent.samples.length > 0) {
    problems.push(`${intent.name}: this built-in intent cannot have sample utterances`);
  }
  const slotNames = new Set<string>();
  for (const slot of intent.slots ?? []) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(slot.name)) problems.push(`${intent.name}: slot name "${slot.name}" is invalid`);
    if (slotNames.has(slot.name)) problems.push(`${intent.name}: slot "${slot.name}" is defined twice`);
    slotNames.add(slot.name);
    if (!slot.type.startsWith('AMAZON.') && !typeNames.has(slot.type)) {
      problems.push(`${intent.name}: slot "${slot.name}" uses undefined type ${slot.type}`);
    }
  }
  checkSamples(intent.name, intent.samples, slotNames, problems);
  for (const slot of intent.slots ?? []) {
    if (!slot.samples) continue;
    checkSamples(`${intent.name}.${slot.name} (slot samples)`, slot.samples, slotNames, problems);
    for (const sample of slot.samples) {
      if (!slotsIn(sample).includes(slot.name)) {
        problems.push(`${intent.name}.${slot.name}: slot sample "${sample}" must contain {${slot.name}}`);
      }
    }
  }
  for (const slotName of slotNames) {
    const used = intent.samples.some((sample) => slotsIn(sample).includes(slotName));
    if (!used) problems.push(`${intent.name}: slot "${slotName}" appears in no sample`);
  }
}

export function validateInteractionModel(file: InteractionModelFile): string[] {
  const problems: string[] = [];
  const { languageModel, dialog, prompts } = file.interactionModel;

  const invocation = languageModel.invocationName;
  if (!/^[a-z][a-z' .]*[a-z.]$/.test(invocation) || /\s{2,}/.test(invocation)) {
    problems.push(`invocation name "${invocation}" must be lower-case words`);
  }
  const invocationWords = invocation.split(' ');
  if (invocationWords.length < 2) problems.push(`invocation name "${invocation}" must have at least two words`);
  for (const word of invocationWords) {
    if (FORBIDDEN_INVOCATION_WORDS.has(word)) problems.push(`invocation name "${invocation}" must not contain "${word}"`);
  }

  const typeNames = new Set<string>();
  for (const type of languageModel.types) {
    if (typeNames.has(type.name)) problems.push(`slot type ${type.name} is defined twice`);
    typeNames.add(type.name);
    if (type.values.length === 0) problems.push(`slot type ${type.name} has no values`);
    const ids = new Set<string>();
    const phraseOwner = new Map<string, string>();
    for (const value of type.values) {
      if (ids.has(value.id)) problems.push(`${type.name}: id "${value.id}" is used twice`);
      ids.add(value.id);
      for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const problem = sampleProblem(phrase);
        if (problem || phrase.includes('{')) problems.push(`${type.name}: value "${phrase}" ${problem ?? 'contains a brace'}`);
        const owner = phraseOwner.get(phrase);
        if (owner !== undefined) problems.push(`${type.name}: "${phrase}" belongs to both ${owner} and ${value.id}`);
        phraseOwner.set(phrase, value.id);
      }
    }
  }

  const intentNames = new Set<string>();
  const sampleOwner = new Map<string, string>();
  for (const intent of languageModel.intents) {
    if (intentNames.has(intent.name)) problems.push(`intent ${intent.name} is defined twice`);
    intentNames.add(intent.name);
    checkIntent(intent, typeNames, problems);
    for (const sample of new Set(intent.samples)) {
      const owner = sampleOwner.get(sample);
      if (owner !== undefined && owner !== intent.name) {
        problems.push(`sample "${sample}" is in both ${owner} and ${intent.name}`);
      }
      sampleOwner.set(sample, intent.name);
    }
  }
  for (const required of REQUIRED_BUILT_INS) {
    if (!intentNames.has(required)) problems.push(`required built-in intent ${required} is missing`);
  }

  const promptIds = new Set((prompts ?? []).map((p) => p.id));
  for (const prompt of prompts ?? []) {
    if (prompt.variations.length === 0) problems.push(`prompt ${prompt.id} has no variations`);
  }
  for (const dialogIntent of dialog?.intents ?? []) {
    const intent = languageModel.intents.find((i) => i.name === dialogIntent.name);
    if (!intent) {
      problems.push(`dialog intent ${dialogIntent.name} is not in the language model`);
      continue;
    }
    for (const slot of dialogIntent.slots) {
      const modelSlot = intent.slots?.find((s) => s.name === slot.name);
      if (!modelSlot) problems.push(`dialog slot ${dialogIntent.name}.${slot.name} is not a slot of the intent`);
      else if (modelSlot.type !== slot.type) problems.push(`dialog slot ${dialogIntent.name}.${slot.name} has type ${slot.type}, intent says ${modelSlot.type}`);
      const elicitation = slot.prompts.elicitation;
      if (slot.elicitationRequired && !elicitation) problems.push(`dialog slot ${dialogIntent.name}.${slot.name} is required but has no elicitation prompt`);
      if (elicitation && !promptIds.has(elicitation)) problems.push(`dialog slot ${dialogIntent.name}.${slot.name} uses unknown prompt ${elicitation}`);
    }
  }
  return problems;
}

/** Store limits on the manifest's publishing text, and example phrases that start with the wake word. */
export function validateSkillManifest(file: SkillManifestFile, invocationName: string): string[] {
  const problems: string[] = [];
  const info = file.manifest.publishingInformation;
  for (const [locale, entry] of Object.entries(info.locales)) {
    if (entry.name.length === 0 || entry.name.length > 50) problems.push(`${locale}: name must be 1-50 characters`);
    if (entry.summary.length === 0 || entry.summary.length > 160) problems.push(`${locale}: summary must be 1-160 characters`);
    if (entry.description.length === 0 || entry.description.length > 4000) problems.push(`${locale}: description must be 1-4000 characters`);
    if (entry.examplePhrases.length === 0 || entry.examplePhrases.length > 3) problems.push(`${locale}: 1-3 example phrases`);
    if (entry.keywords.length > 30) problems.push(`${locale}: at most 30 keywords`);
    entry.examplePhrases.forEach((phrase, index) => {
      if (!phrase.startsWith('Alexa, ')) problems.push(`${locale}: example phrase "${phrase}" must start with "Alexa, "`);
      if (index === 0 && !phrase.toLowerCase().includes(invocationName)) {
        problems.push(`${locale}: the first example phrase must contain the invocation name`);
      }
    });
    for (const [field, uri] of [['smallIconUri', entry.smallIconUri], ['largeIconUri', entry.largeIconUri]] as const) {
      if (!uri || !uri.startsWith('https://') || !uri.endsWith('.png')) problems.push(`${locale}: ${field} must be an https PNG URL`);
    }
  }
  const privacy = file.manifest.privacyAndCompliance;
  for (const locale of Object.keys(info.locales)) {
    const urls = privacy.locales?.[locale];
    if (privacy.usesPersonalInfo && !urls?.privacyPolicyUrl?.startsWith('https://')) {
      problems.push(`${locale}: a skill that uses personal information needs an https privacyPolicyUrl`);
    }
    if (!urls?.termsOfUseUrl?.startsWith('https://')) problems.push(`${locale}: needs an https termsOfUseUrl`);
  }
  return problems;
}
