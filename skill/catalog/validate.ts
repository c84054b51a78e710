import { lookupKey } from './lookup';
import { ROUTINES } from './routines';
import { hasSidePlaceholder } from './sides';
import { SAFETY } from './safety';
import { STRETCHES } from './stretches';
import { ROUTINE_IDS, STRETCH_IDS } from './types';
import type { GuideRange, Routine, SafetyContent, Stretch } from './types';

/** What validateCatalog checks; defaults to the real catalog (tests pass broken copies). */
export interface CatalogData {
  stretches: readonly Stretch[];
  routines: readonly Routine[];
  safety: SafetyContent;
}

const SYNONYM_FORM = /^[a-z0-9' ]+$/;

function inRange(value: number, range: GuideRange): boolean {
  return value >= range.min && value <= range.max;
}

/** Every spoken text of a stretch, labelled, for the placeholder and emptiness checks. */
export function stretchTexts(stretch: Stretch): { field: string; text: string }[] {
  const texts: { field: string; text: string }[] = [
    { field: 'summary', text: stretch.summary },
    ...stretch.setup.map((text, i) => ({ field: `setup[${i}]`, text })),
    ...stretch.holdCues.map((text, i) => ({ field: `holdCues[${i}]`, text })),
    ...stretch.release.map((text, i) => ({ field: `release[${i}]`, text })),
    ...stretch.benefits.map((text, i) => ({ field: `benefits[${i}]`, text })),
  ];
  if (stretch.feel !== undefined) texts.push({ field: 'feel', text: stretch.feel });
  if (stretch.repCue !== undefined) texts.push({ field: 'repCue', text: stretch.repCue });
  if (stretch.caution !== undefined) texts.push({ field: 'caution', text: stretch.caution });
  for (const phase of stretch.phases ?? []) texts.push({ field: `phase ${phase.name}`, text: phase.cue });
  const variations = [...stretch.modifications, ...(stretch.advanced ? [stretch.advanced] : [])];
  for (const v of variations) {
    texts.push({ field: `variation ${v.name} when`, text: v.when });
    v.steps.forEach((text, i) => texts.push({ field: `variation ${v.name} step ${i}`, text }));
  }
  return texts;
}

function checkRange(problems: string[], where: string, range: GuideRange | undefined): void {
  if (!range) return;
  if (range.min > range.max) problems.push(`${where}: min ${range.min} is above max ${range.max}.`);
  if (!inRange(range.default, range)) problems.push(`${where}: default ${range.default} is outside ${range.min}-${range.max}.`);
  if (range.min <= 0) problems.push(`${where}: min must be positive.`);
}

function checkStretch(problems: string[], stretch: Stretch, index: number): void {
  const at = `stretch ${stretch.id}`;
  if (STRETCH_IDS[index] !== stretch.id) problems.push(`${at}: expected "${STRETCH_IDS[index]}" at position ${index + 1} (guide order).`);
  for (const [field, value] of [['name', stretch.name], ['spokenName', stretch.spokenName], ['summary', stretch.summary]] as const) {
    if (!value.trim()) problems.push(`${at}: ${field} is empty.`);
  }
  if (stretch.setup.length === 0) problems.push(`${at}: setup has no steps.`);
  if (stretch.release.length === 0) problems.push(`${at}: release has no steps.`);
  if (stretch.benefits.length === 0) problems.push(`${at}: no benefits.`);
  if (stretch.areas.length === 0) problems.push(`${at}: no body areas.`);
  if (stretch.holdCues.length < 3 || stretch.holdCues.length > 6) problems.push(`${at}: needs 3-6 hold cues, has ${stretch.holdCues.length}.`);
  if (stretch.modifications.length === 0) problems.push(`${at}: needs at least one easier modification.`);
  for (const v of [...stretch.modifications, ...(stretch.advanced ? [stretch.advanced] : [])]) {
    if (!v.name.trim() || !v.when.trim() || v.steps.length === 0) problems.push(`${at}: variation "${v.name}" is incomplete.`);
  }
  for (const { field, text } of stretchTexts(stretch)) {
    if (!text.trim()) problems.push(`${at}: ${field} is empty.`);
    if (!stretch.sided && hasSidePlaceholder(text)) problems.push(`${at}: ${field} uses a side placeholder but the stretch is not sided.`);
    if (/\{(?!side\}|other\})[^}]*\}/.test(text)) problems.push(`${at}: ${field} has an unknown placeholder.`);
  }
  if (stretch.sided && !stretchTexts(stretch).some((t) => t.text.includes('{side}'))) {
    problems.push(`${at}: sided stretch never says {side}.`);
  }

  checkRange(problems, `${at} hold`, stretch.hold);
  checkRange(problems, `${at} reps`, stretch.reps);
  switch (stretch.kind) {
    case 'breath-flow':
      if (!stretch.phases) problems.push(`${at}: a breath-flow needs two phases.`);
      if (!stretch.reps) problems.push(`${at}: a breath-flow needs reps.`);
      break;
    case 'paired-holds':
      if (!stretch.phases) problems.push(`${at}: paired holds need two phases.`);
      if (!stretch.hold || !stretch.reps) problems.push(`${at}: paired holds need hold and reps.`);
      break;
    case 'short-holds':
      if (!stretch.hold || !stretch.reps) problems.push(`${at}: short holds need hold and reps.`);
      break;
    case 'static-hold':
      if (!stretch.hold) problems.push(`${at}: a static hold needs a hold.`);
      break;
  }
  if (stretch.reps && stretch.repCue === undefined) problems.push(`${at}: has reps but no repCue.`);

  const seen = new Set<string>();
  for (const synonym of stretch.synonyms) {
    if (!SYNONYM_FORM.test(synonym) || synonym !== synonym.trim() || synonym.includes('  ')) {
      problems.push(`${at}: synonym "${synonym}" must be lower case, without punctuation except apostrophes.`);
    }
    if (synonym === stretch.spokenName) problems.push(`${at}: synonym "${synonym}" repeats the spoken name.`);
    if (seen.has(synonym)) problems.push(`${at}: synonym "${synonym}" is listed twice.`);
    seen.add(synonym);
  }
}

/** Names, spoken names and synonyms must point at one item only, also after normalising. */
function checkNameClashes(
  problems: string[],
  kind: string,
  items: readonly { id: string; name: string; spokenName: string; synonyms: string[] }[],
  keyOf: (s: string) => string,
): void {
  const owner = new Map<string, string>();
  for (const item of items) {
    for (const said of [item.name, item.spokenName, ...item.synonyms]) {
      for (const form of new Set([said.toLowerCase(), keyOf(said)])) {
        const previous = owner.get(form);
        if (previous !== undefined && previous !== item.id) {
          problems.push(`${kind} "${said}" of ${item.id} is also a name or synonym of ${previous}.`);
        }
        owner.set(form, item.id);
      }
    }
  }
}

/** Human-readable problems with the catalog; an empty list means the catalog is sound. */
export function validateCatalog(
  catalog: CatalogData = { stretches: STRETCHES, routines: ROUTINES, safety: SAFETY },
): string[] {
  const { stretches: STRETCHES, routines: ROUTINES, safety: SAFETY } = catalog;
  const problems: string[] = [];

  if (STRETCHES.length !== STRETCH_IDS.length) problems.push(`Expected ${STRETCH_IDS.length} stretches, found ${STRETCHES.length}.`);
  const stretchIds = STRETCHES.map((s) => s.id);
  if (new Set(stretchIds).size !== stretchIds.length) problems.push('Stretch ids are not unique.');
  STRETCHES.forEach((stretch, i) => checkStretch(problems, stretch, i));
  checkNameClashes(problems, 'Stretch name', STRETCHES, (s) => lookupKey(s));

  if (ROUTINES.length !== ROUTINE_IDS.length) problems.push(`Expected ${ROUTINE_IDS.length} routines, found ${ROUTINES.length}.`);
  const routineIds = ROUTINES.map((r) => r.id);
  if (new Set(routineIds).size !== routineIds.length) problems.push('Routine ids are not unique.');
  ROUTINE_IDS.forEach((id) => {
    if (!routineIds.includes(id)) problems.push(`Routine ${id} is missing.`);
  });
  checkNameClashes(problems, 'Routine name', ROUTINES, (s) => lookupKey(s, new Set(['routine'])));

  for (const routine of ROUTINES) {
    const at = `routine ${routine.id}`;
    if (!routine.name.trim() || !routine.spokenName.trim() || !routine.summary.trim() || !routine.when.trim()) {
      problems.push(`${at}: a required text is empty.`);
    }
    if (routine.items.length === 0) problems.push(`${at}: has no stretches.`);
    for (const synonym of routine.synonyms) {
      if (!SYNONYM_FORM.test(synonym)) problems.push(`${at}: synonym "${synonym}" must be lower case, without punctuation except apostrophes.`);
    }
    if (routine.guideMinutes && routine.guideMinutes.min > routine.guideMinutes.max) problems.push(`${at}: guideMinutes min is above max.`);
    for (const item of routine.items) {
      const stretch = STRETCHES.find((s) => s.id === item.stretchId);
      if (!stretch) {
        problems.push(`${at}: unknown stretch ${item.stretchId}.`);
        continue;
      }
      if (item.holdSeconds !== undefined) {
        if (!stretch.hold) problems.push(`${at}: ${stretch.id} has no hold to set.`);
        else if (!inRange(item.holdSeconds, stretch.hold)) {
          problems.push(`${at}: ${stretch.id} hold ${item.holdSeconds} s is outside the guide's ${stretch.hold.min}-${stretch.hold.max} s.`);
        }
      }
      if (item.reps !== undefined) {
        // The stretch's reps range bounds each set: the guide's routines repeat a whole set.
        const total = item.reps;
        if (!stretch.reps) {
          if (item.reps !== 1) problems.push(`${at}: ${stretch.id} is a single hold, reps must be 1.`);
        } else if (!inRange(total, stretch.reps)) {
          const what = `reps ${item.reps} a set`;
          problems.push(`${at}: ${stretch.id} ${what} is outside the guide's ${stretch.reps.min}-${stretch.reps.max}.`);
        }
      }
      if (item.sets !== undefined && (item.sets < 1 || !Number.isInteger(item.sets))) problems.push(`${at}: ${stretch.id} sets must be a whole number from 1.`);
      if (item.variant === 'easier' && stretch.modifications.length === 0) problems.push(`${at}: ${stretch.id} has no easier version.`);
      if (item.variant === 'harder' && !stretch.advanced) problems.push(`${at}: ${stretch.id} has no harder version.`);
      if (routine.id === 'desk-break') {
        const deskReady = item.variant === 'easier'
          ? stretch.modifications[0]?.deskFriendly === true
          : stretch.deskFriendly && (stretch.startPosition === 'standing' || stretch.startPosition === 'seated') && stretch.setup.every((s) => !/\bfloor\b/.test(s) || /feet|foot/.test(s));
        if (!deskReady) problems.push(`${at}: ${stretch.id} as narrated cannot be done at a desk.`);
      }
    }
  }

  const safetyTexts: [string, string[]][] = [
    ['fullDisclaimer', SAFETY.fullDisclaimer],
    ['generalRules', SAFETY.generalRules],
    ['whenToSeekHelp', SAFETY.whenToSeekHelp],
    ['tips', SAFETY.tips],
    ['whenToStretch', SAFETY.whenToStretch],
  ];
  if (!SAFETY.shortSpokenLine.trim() || !SAFETY.shortDisclaimer.trim()) problems.push('safety: a short line is empty.');
  for (const [field, list] of safetyTexts) {
    if (list.length === 0 || list.some((t) => !t.trim())) problems.push(`safety: ${field} is empty or has an empty entry.`);
  }
  if (SAFETY.commonMistakes.some((m) => !m.mistake.trim() || !m.instead.trim())) problems.push('safety: a common mistake is incomplete.');
  const groupIds = SAFETY.redFlags.map((g) => g.id);
  if (new Set(groupIds).size !== groupIds.length) problems.push('safety: red-flag group ids are not unique.');
  const phraseOwner = new Map<string, string>();
  for (const group of SAFETY.redFlags) {
    if (!group.advice.trim() || !group.sign.trim() || group.phrases.length === 0) problems.push(`safety: red-flag group ${group.id} is incomplete.`);
    const helpFits = group.urgency === 'urgent' ? group.help.startsWith('emergency') || group.help === 'urgent-care-first' : group.urgency === 'soon' ? group.help === 'see-soon' : group.help === 'ease-out';
    if (!helpFits) problems.push(`safety: red-flag group ${group.id} is ${group.urgency} but its help is ${group.help}.`);
    if (/emergency number/i.test(group.advice)) problems.push(`safety: red-flag group ${group.id} names the emergency number in its advice; the locale's number follows it (help).`);
    for (const combination of group.combinations ?? []) {
      const words = [...combination.symptoms, ...combination.places];
      if (combination.symptoms.length === 0 || combination.places.length === 0) problems.push(`safety: red-flag group ${group.id} has an empty combination.`);
      for (const w of words) if (w !== w.toLowerCase()) problems.push(`safety: red-flag word "${w}" must be lower case.`);
    }
    for (const phrase of group.phrases) {
      if (phrase !== phrase.toLowerCase()) problems.push(`safety: red-flag phrase "${phrase}" must be lower case.`);
      const previous = phraseOwner.get(phrase);
      if (previous !== undefined && previous !== group.id) problems.push(`safety: red-flag phrase "${phrase}" is in ${previous} and ${group.id}.`);
      phraseOwner.set(phrase, group.id);
    }
  }
  return problems;
}
