/**
 * Structure joined with a language's words (see ./parts.ts), into the catalog's shapes. The
 * result has the same fields, in the same order, as a catalog entry written in one piece.
 */
import type {
  OtherStretchStructure,
  OtherStretchWords,
  RedFlagStructure,
  RedFlagWords,
  RoutineStructure,
  RoutineWords,
  SafetyWords,
  StretchStructure,
  StretchWords,
  VariationStructure,
  VariationWords,
} from './parts';
import type { OtherStretch } from './others';
import type { RedFlagGroup, RedFlagUrgency, Routine, SafetyContent, Stretch, Variation } from './types';

/** The object without its undefined fields, so a joined entry has only the fields it has. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function missing(what: string): never {
  throw new Error(`The texts have no words for ${what}.`);
}

function joinVariation(structure: VariationStructure, words: VariationWords | undefined, where: string): Variation {
  if (!words) missing(where);
  return defined({
    name: words.name,
    replacesSetup: structure.replacesSetup,
    startPosition: structure.startPosition,
    when: words.when,
    steps: words.steps,
    deskFriendly: structure.deskFriendly,
  });
}

export function joinStretch(structure: StretchStructure, words: StretchWords | undefined): Stretch {
  const id = structure.id;
  if (!words) missing(`the stretch ${id}`);
  if (words.modifications.length !== structure.modifications.length) missing(`every modification of ${id}`);
  if (Boolean(structure.phases) !== Boolean(words.phases)) missing(`the phases of ${id}`);
  if (Boolean(structure.advanced) !== Boolean(words.advanced)) missing(`the advanced variation of ${id}`);
  const [first, second] = structure.phases ?? [];
  const phases: Stretch['phases'] =
    first && second && words.phases
      ? [
          { pose: first.pose, ...words.phases[0] },
          { pose: second.pose, ...words.phases[1] },
        ]
      : undefined;
  return defined({
    id,
    name: words.name,
    spokenName: words.spokenName,
    spokenArticle: words.spokenArticle,
    synonyms: words.synonyms,
    summary: words.summary,
    areas: structure.areas,
    startPosition: structure.startPosition,
    deskFriendly: structure.deskFriendly,
    kind: structure.kind,
    sided: structure.sided,
    setup: words.setup,
    hold: structure.hold,
    reps: structure.reps,
    phases,
    holdCues: words.holdCues,
    release: words.release,
    repCue: words.repCue,
    feel: words.feel,
    modifications: structure.modifications.map((m, i) => joinVariation(m, words.modifications[i], `${id} modification ${i}`)),
    advanced: structure.advanced ? joinVariation(structure.advanced, words.advanced, `${id} advanced`) : undefined,
    caution: words.caution,
    benefits: words.benefits,
  });
}

export function joinRoutine(structure: RoutineStructure, words: RoutineWords | undefined): Routine {
  if (!words) missing(`the routine ${structure.id}`);
  return defined({
    id: structure.id,
    name: words.name,
    spokenName: words.spokenName,
    synonyms: words.synonyms,
    summary: words.summary,
    when: words.when,
    guideMinutes: structure.guideMinutes,
    purposes: structure.purposes,
    areas: structure.areas,
    fromGuide: structure.fromGuide,
    items: structure.items,
  });
}

function joinRedFlag(structure: RedFlagStructure, words: RedFlagWords | undefined): RedFlagGroup {
  if (!words) missing(`the red flag ${structure.id}`);
  return defined({
    id: structure.id,
    urgency: structure.urgency,
    phrases: words.phrases,
    combinations: words.combinations,
    advice: words.advice,
    help: structure.help,
    sign: words.sign,
  });
}

/** Every group's sign that needs a professional (urgent, then soon), in catalog order within each. */
function signsByUrgency(groups: readonly RedFlagGroup[]): string[] {
  const order: RedFlagUrgency[] = ['urgent', 'soon'];
  return order.flatMap((urgency) => groups.filter((g) => g.urgency === urgency).map((g) => g.sign));
}

export function joinSafety(redFlags: readonly RedFlagStructure[], words: SafetyWords): SafetyContent {
  const groups = redFlags.map((group) => joinRedFlag(group, words.redFlags[group.id]));
  return {
    shortSpokenLine: words.shortSpokenLine,
    fullDisclaimer: words.fullDisclaimer,
    shortDisclaimer: words.shortDisclaimer,
    generalRules: words.generalRules,
    // The signs of the red-flag groups the skill stops for, most urgent first: one source of
    // truth for the voice and the safety page.
    whenToSeekHelp: signsByUrgency(groups),
    commonMistakes: words.commonMistakes,
    tips: words.tips,
    whenToStretch: words.whenToStretch,
    redFlags: groups,
  };
}

export function joinOther(structure: OtherStretchStructure, words: OtherStretchWords | undefined): OtherStretch {
  if (!words) missing(`the other stretch ${structure.id}`);
  return { id: structure.id, spokenName: words.spokenName, synonyms: words.synonyms, closest: structure.closest };
}
