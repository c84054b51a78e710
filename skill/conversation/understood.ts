/**
 * Answers for the ways people talk that are not player controls: starting by situation, time,
 * body area or mood; pain in any words; feeling good; stretches we don't have; questions about
 * the stretch in progress (which side, what to feel, what it is for, no floor); and questions
 * about stretching. Sentences come from the turn's texts.
 */
import { detectRedFlag, findStretch, getRoutine, getStretch, ROUTINES, STRETCHES, suggestStretches } from '../catalog/index';
import type { Need } from '../catalog/needs';
import { findOtherStretch, otherStretchesIn, type OtherStretch } from '../catalog/others';
import { requestReadings } from '../catalog/requests';
import type { BodyArea, RedFlagGroup, RoutineId, RoutinePurpose, Stretch, StretchId } from '../catalog/types';
import { textsFor, type Texts } from '../text/locale';
import type { PlayerResult } from './commands';
import { feelingGood } from './feelings';
import { STOP_STRETCH_GROUP_ID, symptom } from './triage';
import { ask, carryOn } from './result';
import { playing, startRoutine, startStretch, type Playing } from './session';
import { say, spokenList } from './speech';
import { timelineFor } from './timelines';
import type { Turn } from './turn';
import { forSide } from '../narration/side-text';
import type { UserState } from './types';

type QuestionTopic = keyof Texts['questions']['QUESTION_ANSWERS'];

export type Understood =
  /** need: from entity resolution; heard: the raw words when they did not resolve. */
  | { kind: 'need'; need?: Need; heard?: string }
  /** place: where it hurts, in the person's words (may be empty). */
  | { kind: 'pain'; place?: string }
  | { kind: 'feelingGood' }
  | { kind: 'otherStretch'; id?: string; heard?: string }
  | { kind: 'whichSide' }
  | { kind: 'feel' }
  | { kind: 'purpose' }
  | { kind: 'floor' }
  | { kind: 'question'; topic: QuestionTopic };

export function understood(state: UserState, what: Understood, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  switch (what.kind) {
    case 'need':
      return startFor(state, what.need ?? (what.heard ? needFromWords(what.heard, texts) : undefined), what.heard, ctx);
    case 'pain':
      return pain(state, what.place, ctx);
    case 'feelingGood':
      return feelingGood(state, ctx);
    case 'otherStretch':
      return otherStretch(state, what.id, what.heard, ctx);
    case 'whichSide':
      return sideNow(state, texts);
    case 'feel':
      return whatToFeel(state, texts);
    case 'purpose':
      return whatItIsFor(state, texts);
    case 'floor':
      return noFloor(state, texts);
    case 'question':
      return carryOn(state, texts.questions.QUESTION_ANSWERS[what.topic].map((line) => say(line)), {}, texts);
  }
}

// ---- words -> needs -------------------------------------------------------------------

const key = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}' ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Minutes by the words people say for them ("five minutes"), in the words of `texts`. */
function timeWords(texts: Texts): Readonly<Record<string, number>> {
  return Object.fromEntries(texts.catalog.needs.timeWords.flatMap(({ minutes, words }) => words.map((w) => [w, minutes])));
}

/** The need some words name: a time, a body area or a purpose (the texts' catalog needs; English when absent). */
export function needFromWords(words: string, texts: Texts = textsFor(undefined)): Need | undefined {
  const { areaWords, purposeWords } = texts.catalog.needs;
  const minutesFor = timeWords(texts);
  // As said, and without the polite words around a request ("could we do my back exercises please").
  for (const candidate of requestReadings(key(words), texts.language)) {
    const minutes = minutesFor[candidate];
    if (minutes !== undefined) return { kind: 'time', minutes };
    for (const area of Object.keys(areaWords) as BodyArea[]) {
      if (areaWords[area].includes(candidate) || area === candidate) return { kind: 'area', area };
    }
    for (const purpose of Object.keys(purposeWords) as RoutinePurpose[]) {
      if (purposeWords[purpose].includes(candidate)) return { kind: 'purpose', purpose };
    }
  }
  return undefined;
}

/**
 * "My back is stiff from sitting": stiffness (no warning sign) in a sentence is a request for
 * the stretch that fits. The need named anywhere in it: a situation first, then the body area.
 */
export function stiffnessNeed(sentence: string, texts: Texts = textsFor(undefined)): Need | undefined {
  const words = key(sentence);
  const list = words.split(' ');
  if (!list.some((w) => texts.feelings.STIFFNESS_WORDS.has(w)) || detectRedFlag(sentence, texts)) return undefined;
  const contains = (phrase: string) => ` ${words} `.includes(` ${phrase} `);
  const longestFirst = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length);
  const { areaWords, purposeWords } = texts.catalog.needs;
  for (const purpose of Object.keys(purposeWords) as RoutinePurpose[]) {
    if (purpose === 'stiffness') continue;
    if (longestFirst(purposeWords[purpose]).some((p) => p.length > 4 && contains(p))) return { kind: 'purpose', purpose };
  }
  for (const area of Object.keys(areaWords) as BodyArea[]) {
    if (contains(area) || longestFirst(areaWords[area]).some((p) => contains(p))) return { kind: 'area', area };
  }
  return { kind: 'purpose', purpose: 'stiffness' };
}

/** The stretches that help an area most: the area listed earliest, then the most specific stretch. */
export function stretchesFor(area: BodyArea): Stretch[] {
  return STRETCHES.filter((s) => s.areas.includes(area)).sort(
    (a, b) => a.areas.indexOf(area) - b.areas.indexOf(area) || a.areas.length - b.areas.length,
  );
}

function routineSeconds(state: UserState, id: RoutineId, texts: Texts): number {
  const timeline = timelineFor(state, { kind: 'routine', id, segmentIndex: 0, variant: 'standard', paused: false, startedAt: '' }, texts);
  return timeline?.durationSeconds ?? Number.POSITIVE_INFINITY;
}

function stretchSeconds(state: UserState, id: StretchId, texts: Texts): number {
  const timeline = timelineFor(state, { kind: 'stretch', id, segmentIndex: 0, variant: 'standard', paused: false, startedAt: '' }, texts);
  return timeline?.durationSeconds ?? Number.POSITIVE_INFINITY;
}

function startFor(state: UserState, need: Need | undefined, heard: string | undefined, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const { needs } = texts.suggestions;
  const routineName = (id: RoutineId) => getRoutine(id, texts).spokenName;
  const stretchName = (id: StretchId) => getStretch(id, texts).spokenName;
  if (!need && !heard) return startRoutine(state, 'basic-daily', ctx);
  if (!need) {
    const stretch = heard ? findStretch(heard, texts) : undefined;
    if (stretch) return startStretch(state, stretch.id, 'standard', ctx);
    const other = heard ? findOtherStretch(heard, texts) : undefined;
    if (other) return notOursAnswer(state, other.spokenName, other.closest, texts);
    return unknownNeed(state, heard, texts);
  }
  if (need.kind === 'purpose') {
    const routine = ROUTINES.find((r) => r.purposes.includes(need.purpose));
    if (routine) return startRoutine(state, routine.id, ctx, [say(needs.forRoutine(routineName(routine.id)), 'intro')]);
    return unknownNeed(state, heard, texts);
  }
  if (need.kind === 'area') {
    const routine = ROUTINES.find((r) => r.areas?.includes(need.area));
    if (routine) return startRoutine(state, routine.id, ctx, [say(needs.forRoutine(routineName(routine.id)), 'intro')]);
    const [best, ...others] = stretchesFor(need.area);
    if (!best) return unknownNeed(state, heard, texts);
    const lead = [say(needs.forStretch(stretchName(best.id)), 'intro')];
    if (others.length > 0) lead.push(say(needs.others(spokenList(others.slice(0, 2).map((s) => stretchName(s.id)), texts)), 'intro'));
    return startStretch(state, best.id, 'standard', ctx, lead);
  }
  // Time: the routine the guide gives that length, else the routine closest to it (at most half
  // as long again), else the quickest single stretch.
  const seconds = need.minutes * 60;
  const byGuide = ROUTINES.find((r) => r.guideMinutes && need.minutes >= r.guideMinutes.min && need.minutes <= r.guideMinutes.max);
  const fits =
    byGuide ??
    ROUTINES.map((r) => ({ id: r.id, seconds: routineSeconds(state, r.id, texts) }))
      .filter((r) => r.seconds <= seconds * 1.5)
      .sort((a, b) => Math.abs(a.seconds - seconds) - Math.abs(b.seconds - seconds))[0];
  if (fits) return startRoutine(state, fits.id, ctx, [say(needs.inTime(routineName(fits.id)), 'intro')]);
  const quickest = [...STRETCHES]
    .filter((s) => s.deskFriendly)
    .sort((a, b) => stretchSeconds(state, a.id, texts) - stretchSeconds(state, b.id, texts))[0];
  if (!quickest) return unknownNeed(state, heard, texts);
  return startStretch(state, quickest.id, 'standard', ctx, [say(needs.shortTime(stretchName(quickest.id)), 'intro')]);
}

function unknownNeed(state: UserState, heard: string | undefined, texts: Texts): PlayerResult {
  const { needs } = texts.suggestions;
  if (playing(state, texts)) return fallbackWhilePlaying(state, texts);
  const lead = heard ? [say(needs.unknown(heard))] : [];
  return ask(state, lead, needs.unknownQuestion, needs.unknownReprompt, { pending: 'startRoutine' });
}

/** Inside a routine, words we could not place: how to report pain or stop first, then carry on. */
export function fallbackWhilePlaying(state: UserState, texts: Texts): PlayerResult {
  const { fallbackInRoutine } = texts.inRoutine;
  return ask(
    state,
    [say(fallbackInRoutine.missed), say(fallbackInRoutine.safety), say(fallbackInRoutine.controls)],
    fallbackInRoutine.carryOn,
    fallbackInRoutine.reprompt,
  );
}

// ---- pain and feelings ----------------------------------------------------------------

const URGENCY: Record<RedFlagGroup['urgency'], number> = { urgent: 0, soon: 1, 'stop-stretch': 2 };

/** Pain somewhere: the warning sign the place makes of it ("my chest hurts"), else stop this stretch. */
function pain(state: UserState, place: string | undefined, ctx: Turn): PlayerResult {
  const where = place?.trim();
  const readings = where ? ctx.texts.heard.painReadings(where) : [];
  const groups = readings.map((r) => detectRedFlag(r, ctx.texts)).filter((g): g is RedFlagGroup => g !== undefined);
  groups.sort((a, b) => URGENCY[a.urgency] - URGENCY[b.urgency]);
  return symptom(state, groups[0]?.id ?? STOP_STRETCH_GROUP_ID, undefined, ctx);
}

// ---- stretches we don't have --------------------------------------------------------------

function notOursAnswer(state: UserState, name: string, closest: readonly StretchId[], texts: Texts): PlayerResult {
  const { notOurs } = texts.suggestions;
  const names = closest.map((id) => getStretch(id, texts).spokenName);
  const offer = names.length === 1 ? notOurs.closestOne(names[0] ?? '') : notOurs.closest(spokenList(names, texts));
  const example = names[0] ?? getStretch(STRETCHES[0]!.id, texts).spokenName;
  return ask(state, [say(notOurs.lead(name)), say(offer)], notOurs.question, notOurs.reprompt(example));
}

/** A stretch name we don't have: what we have that comes closest (from the catalog, or by the words). */
export function otherStretch(state: UserState, id: string | undefined, heard: string | undefined, ctx: Turn): PlayerResult {
  const { texts } = ctx;
  const known: OtherStretch | undefined = otherStretchesIn(texts).find((o) => o.id === id) ?? (heard ? findOtherStretch(heard, texts) : undefined);
  if (known) return notOursAnswer(state, known.spokenName, known.closest, texts);
  const ours = heard ? findStretch(heard, texts) : undefined;
  if (ours) return startStretch(state, ours.id, 'standard', ctx);
  const similar = heard ? suggestStretches(heard, 2, texts).map((s) => s.id) : [];
  return notOursAnswer(state, heard ?? texts.suggestions.THAT_ONE, similar.length > 0 ? similar : [STRETCHES[0]!.id, STRETCHES[1]!.id], texts);
}

/** The not-ours answer for a name, when the name is one of the others we know. */
export function notOursFor(state: UserState, heard: string, texts: Texts): PlayerResult | undefined {
  const known = findOtherStretch(heard, texts);
  return known ? notOursAnswer(state, known.spokenName, known.closest, texts) : undefined;
}

// ---- the stretch in progress ----------------------------------------------------------------

function lastSegment(p: Playing) {
  return p.timeline.segments[Math.max(0, p.active.segmentIndex - 1)];
}

function sideNow(state: UserState, texts: Texts): PlayerResult {
  const { whichSide } = texts.inRoutine;
  const { language } = texts;
  const p = playing(state, texts);
  if (!p || p.active.segmentIndex === 0) return carryOn(state, [say(whichSide.nothing)], {}, texts);
  const last = lastSegment(p)!;
  const name = getStretch(last.stretchId, texts).spokenName;
  if (!last.side) return carryOn(state, [say(whichSide.notSided(name))], {}, texts);
  const upcoming = p.timeline.segments[p.active.segmentIndex];
  if (upcoming && upcoming.stretchId === last.stretchId && upcoming.side && upcoming.side !== last.side) {
    return carryOn(state, [say(whichSide.afterSide(name, language.side(last.side), language.side(upcoming.side)))], {}, texts);
  }
  return carryOn(state, [say(whichSide.bothDone(name))], {}, texts);
}

function whatToFeel(state: UserState, texts: Texts): PlayerResult {
  const { feel } = texts.inRoutine;
  const p = playing(state, texts);
  const last = p ? lastSegment(p) : undefined;
  if (!last) return carryOn(state, [say(feel.general), say(feel.caution)], {}, texts);
  const stretch = getStretch(last.stretchId, texts);
  const text = stretch.feel ? forSide(stretch.feel, last.side ?? 'right', texts.language) : feel.general;
  return carryOn(state, [say(`${feel.lead(stretch.spokenName)} ${text.charAt(0).toLowerCase()}${text.slice(1)}`), say(feel.caution)], {}, texts);
}

function whatItIsFor(state: UserState, texts: Texts): PlayerResult {
  const p = playing(state, texts);
  const last = p ? lastSegment(p) : undefined;
  if (!last) {
    const daily = getRoutine('basic-daily', texts);
    return carryOn(state, [say(daily.summary)], {}, texts);
  }
  const stretch = getStretch(last.stretchId, texts);
  return carryOn(state, [say(stretch.summary), ...stretch.benefits.slice(0, 2).map((b) => say(b))], { show: { stretchId: stretch.id } }, texts);
}

function noFloor(state: UserState, texts: Texts): PlayerResult {
  const { floor } = texts.inRoutine;
  const desk = getRoutine('desk-break', texts);
  const deskNames = spokenList([...new Set(desk.items.map((i) => getStretch(i.stretchId, texts).spokenName))], texts);
  const chairVersions = STRETCHES.filter((s) => !s.deskFriendly && s.modifications.some((m) => m.deskFriendly)).map((s) => getStretch(s.id, texts).spokenName);
  const speech = [say(floor.intro), say(floor.chairRoutine(desk.spokenName, deskNames))];
  if (chairVersions.length > 0) speech.push(say(floor.versions(spokenList(chairVersions, texts))));
  return ask(state, speech, floor.question(desk.spokenName), floor.reprompt(desk.spokenName), { pending: 'startDeskBreak' });
}
