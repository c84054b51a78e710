import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTINES, SAFETY, STRETCHES, stretchTexts } from '../../skill/catalog';
import { SHINGLE_WORDS, hashRun, runs } from './shingles';

/** Hashes of the guide's normalised 8-word runs (see shingles.ts for how they are made). */
const GUIDE_RUNS = new Set<string>(
  JSON.parse(readFileSync(new URL('./fixtures/guide-shingles.json', import.meta.url), 'utf8')) as string[],
);

/** Every text the catalog speaks or shows, labelled; lists are also checked joined up. */
function catalogTexts(): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  const add = (where: string, text: string) => texts.push({ where, text });
  const addList = (where: string, list: string[]) => {
    list.forEach((t, i) => add(`${where}[${i}]`, t));
    add(`${where} (joined)`, list.join(' '));
  };
  for (const stretch of STRETCHES) {
    for (const { field, text } of stretchTexts(stretch)) add(`${stretch.id} ${field}`, text);
    addList(`${stretch.id} setup`, stretch.setup);
    addList(`${stretch.id} release`, stretch.release);
    for (const v of stretch.modifications) addList(`${stretch.id} ${v.name}`, v.steps);
  }
  for (const routine of ROUTINES) {
    add(`${routine.id} summary`, routine.summary);
    add(`${routine.id} when`, routine.when);
  }
  add('safety shortSpokenLine', SAFETY.shortSpokenLine);
  add('safety shortDisclaimer', SAFETY.shortDisclaimer);
  addList('safety fullDisclaimer', SAFETY.fullDisclaimer);
  addList('safety generalRules', SAFETY.generalRules);
  addList('safety whenToSeekHelp', SAFETY.whenToSeekHelp);
  addList('safety tips', SAFETY.tips);
  addList('safety whenToStretch', SAFETY.whenToStretch);
  SAFETY.commonMistakes.forEach((m, i) => add(`safety commonMistakes[${i}]`, `${m.mistake} ${m.instead}`));
  for (const group of SAFETY.redFlags) add(`red flag ${group.id} advice`, group.advice);
  return texts;
}

describe('our own words', () => {
  it('has the guide fixture', () => {
    expect(GUIDE_RUNS.size).toBeGreaterThan(2000);
    // A run copied from the guide is recognised (so the check below can fail).
    expect(GUIDE_RUNS.has(hashRun('start on your hands and knees with your'.split(' ')))).toBe(true);
  });

  it(`repeats no run of ${SHINGLE_WORDS} words from the guide`, () => {
    const copied: string[] = [];
    for (const { where, text } of catalogTexts()) {
      for (const run of runs(text)) if (GUIDE_RUNS.has(hashRun(run))) copied.push(`${where}: "${run.join(' ')}"`);
    }
    expect(copied).toEqual([]);
  });
});
