/**
 * What people ask for when they don't name a stretch: a body area ("my upper back"), a
 * situation or purpose ("I sit all day", "help me sleep") or the time they have ("five
 * minutes"). The words are skill/text/<lang>/catalog/needs.ts; the interaction model's NEED
 * values come from here; the answers pick the routine whose purposes include it, or the
 * stretches whose body areas do.
 */
import type { BodyArea, RoutinePurpose } from './types';
import { textsFor, type Texts } from '../text/locale';

const ENGLISH = textsFor(undefined).catalog.needs;

/** How people name each body area, in English. */
export const AREA_WORDS: Readonly<Record<BodyArea, readonly string[]>> = ENGLISH.areaWords;

/** How people describe each purpose a routine serves, in English. */
export const PURPOSE_WORDS: Readonly<Record<RoutinePurpose, readonly string[]>> = ENGLISH.purposeWords;

/** Times people say, in minutes, for "I have five minutes", in English. */
export const TIME_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  ENGLISH.timeWords.flatMap(({ minutes, words }) => words.map((w) => [w, minutes])),
);

/** Ids of NEED values: "area:<area>", "purpose:<purpose>", "time:<minutes>". */
export type NeedId = `area:${string}` | `purpose:${string}` | `time:${number}`;

export type Need = { kind: 'area'; area: BodyArea } | { kind: 'purpose'; purpose: RoutinePurpose } | { kind: 'time'; minutes: number };

export function needId(need: Need): string {
  if (need.kind === 'area') return `area-${need.area.replace(/ /g, '-')}`;
  if (need.kind === 'purpose') return `purpose-${need.purpose}`;
  return `time-${need.minutes}`;
}

/** Every need, with the words people use for it (time first: "five minutes" is a time, not a purpose). */
export function allNeeds(texts: Texts = textsFor(undefined)): { need: Need; words: readonly string[] }[] {
  const { areaWords, purposeWords, timeWords } = texts.catalog.needs;
  return [
    ...timeWords.map(({ minutes, words }) => ({ need: { kind: 'time', minutes } as Need, words })),
    ...(Object.keys(areaWords) as BodyArea[]).map((area) => ({ need: { kind: 'area', area } as Need, words: areaWords[area] })),
    ...(Object.keys(purposeWords) as RoutinePurpose[]).map((purpose) => ({ need: { kind: 'purpose', purpose } as Need, words: purposeWords[purpose] })),
  ];
}

/** The need behind an entity-resolution id, if it is one. */
export function needOf(id: string | undefined): Need | undefined {
  if (!id) return undefined;
  return allNeeds().find((n) => needId(n.need) === id)?.need;
}
