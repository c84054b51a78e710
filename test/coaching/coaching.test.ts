/**
 * The coach's pure rules: compact, bounded check-ins; the trend and when the guide's advice to
 * see a professional applies (flat, rising, falling scores over simulated weeks); progression
 * steps against the guide's ranges; gentle days.
 */
import { describe, expect, it } from 'vitest';
import { getRoutine, getStretch } from '../../skill/catalog/index';
import { ROUTINE_IDS } from '../../skill/catalog/types';
import { CHECK_IN_DAYS, decodeAll, withCheckIn } from '../../skill/coaching/check-ins';
import { addDays } from '../../skill/coaching/dates';
import { gentleLeavesOut, MAX_LEVEL, stepUpBlock } from '../../skill/coaching/progression';
import { emptyCoaching, mergeCoaching, normalizeCoaching } from '../../skill/coaching/state';
import { professionalAdviceDue, trendOf } from '../../skill/coaching/trend';
import type { CoachingState } from '../../skill/coaching/types';
import { resolveDosage } from '../../skill/narration/dosage';

const START = '2026-03-02';

function withScores(scores: number[], from = START): CoachingState {
  let coaching = emptyCoaching();
  scores.forEach((score, day) => {
    coaching = { ...coaching, checkIns: withCheckIn(coaching.checkIns, { date: addDays(from, day), score, phase: 'after' }) };
  });
  return coaching;
}

describe('check-ins', () => {
  it('keep one per day and phase, most recent first, and nothing older than the window', () => {
    let coaching = emptyCoaching();
    for (let day = 0; day < 365; day += 1) {
      const date = addDays(START, day);
      coaching = { ...coaching, checkIns: withCheckIn(coaching.checkIns, { date, score: day % 11, phase: 'before' }) };
      coaching = { ...coaching, checkIns: withCheckIn(coaching.checkIns, { date, score: 3, phase: 'after' }) };
    }
    const today = addDays(START, 364);
    const all = decodeAll(coaching.checkIns);
    expect(all.length).toBe(CHECK_IN_DAYS * 2);
    expect(all[0]).toEqual({ date: today, score: 3, phase: 'after' });
    expect(all.at(-1)?.date).toBe(addDays(today, -(CHECK_IN_DAYS - 1)));
    // Compact: a year of two check-ins a day stays under 4 KB of JSON.
    expect(JSON.stringify(coaching).length).toBeLessThan(4096);
    // A second score the same day and phase replaces the first.
    const again = withCheckIn(coaching.checkIns, { date: today, score: 7, phase: 'after' });
    expect(decodeAll(again)[0]).toEqual({ date: today, score: 7, phase: 'after' });
    expect(again.length).toBe(coaching.checkIns.length);
  });

  it('normalise old, partial or corrupt coaching state without losing valid check-ins', () => {
    expect(normalizeCoaching(undefined)).toBeUndefined();
    expect(normalizeCoaching('nonsense')).toBeUndefined();
    const repaired = normalizeCoaching({
      checkIns: ['2026-03-02:6a', 'garbage', 42, '2026-03-02:11b', '2026-13-01:4a', '2026-03-01:2b'],
      level: 99,
      gentleOn: 'yesterday',
      routineOffer: { on: '2026-03-02', outcome: 'accepted' },
    });
    expect(repaired).toEqual({
      checkIns: ['2026-03-02:6a', '2026-03-01:2b'],
      level: MAX_LEVEL,
      routineOffer: { on: '2026-03-02', outcome: 'accepted' },
    });
  });

  it('merge two overlapping turns without losing either check-in', () => {
    const loaded = withScores([4]);
    const mine = { ...loaded, checkIns: withCheckIn(loaded.checkIns, { date: addDays(START, 1), score: 5, phase: 'before' }) };
    const theirs = { ...loaded, level: 1, checkIns: withCheckIn(loaded.checkIns, { date: addDays(START, 1), score: 3, phase: 'after' }) };
    const merged = mergeCoaching(theirs, loaded, mine);
    expect(decodeAll(merged?.checkIns ?? []).map((c) => c.score).sort()).toEqual([3, 4, 5]);
    expect(merged?.level).toBe(1);
    expect(mergeCoaching(theirs, loaded, undefined)).toBeUndefined();
  });
});

describe('trend and the advice to see a professional', () => {
  it('flat scores for three weeks: advised once, and again only after another stretch of the same', () => {
    const flat = withScores(Array.from({ length: 21 }, () => 6));
    const day21 = addDays(START, 20);
    expect(professionalAdviceDue(withScores(Array.from({ length: 14 }, () => 6)), addDays(START, 13))).toBeUndefined();
    expect(professionalAdviceDue(flat, day21)).toBe('no-improvement');
    const advised = { ...flat, advisedOn: day21 };
    // A week later, still flat: not repeated.
    const later = withScores(Array.from({ length: 28 }, () => 6));
    expect(professionalAdviceDue({ ...later, advisedOn: day21 }, addDays(START, 27))).toBeUndefined();
    expect(professionalAdviceDue(advised, day21)).toBeUndefined();
    // Three more weeks the same: said again.
    const sixWeeks = withScores(Array.from({ length: 42 }, () => 6));
    expect(professionalAdviceDue({ ...sixWeeks, advisedOn: day21 }, addDays(START, 41))).toBe('no-improvement');
  });

  it('falling scores: no advice, and the trend says better', () => {
    const falling = withScores(Array.from({ length: 21 }, (_, day) => Math.max(1, 7 - Math.floor(day / 3))));
    expect(professionalAdviceDue(falling, addDays(START, 20))).toBeUndefined();
    expect(trendOf(falling, addDays(START, 20)).direction).toBe('better');
  });

  it('rising scores: advised within two weeks, and the trend says worse', () => {
    const rising = withScores([3, 3, 3, 3, 3, 3, 3, 5, 5, 6, 6, 6, 6, 6]);
    expect(professionalAdviceDue(rising, addDays(START, 13))).toBe('rising');
    expect(trendOf(rising, addDays(START, 13)).direction).toBe('worse');
  });

  it('low scores that stay low need no advice', () => {
    expect(professionalAdviceDue(withScores(Array.from({ length: 21 }, () => 1)), addDays(START, 20))).toBeUndefined();
  });
});

describe('progression against the guide ranges', () => {
  it('every step of every routine stays inside each stretch range, and the last step reaches the maximum where the routine allows', () => {
    for (const routineId of ROUTINE_IDS) {
      for (const item of getRoutine(routineId).items) {
        const stretch = getStretch(item.stretchId);
        let previous = resolveDosage(stretch, 'standard', item, { level: 0, gentle: false });
        for (let level = 1; level <= MAX_LEVEL + 1; level += 1) {
          const dosage = resolveDosage(stretch, 'standard', item, { level, gentle: false });
          if (stretch.hold && dosage.holdSeconds !== undefined) {
            expect(dosage.holdSeconds).toBeGreaterThanOrEqual(previous.holdSeconds ?? 0);
            expect(dosage.holdSeconds).toBeLessThanOrEqual(stretch.hold.max);
            if (level >= MAX_LEVEL) expect(dosage.holdSeconds, `${routineId} ${stretch.id}`).toBe(stretch.hold.max);
          }
          if (stretch.reps) {
            expect(dosage.reps).toBeGreaterThanOrEqual(previous.reps);
            // Each set inside the stretch's own range (a set is never below its minimum either).
            expect(dosage.reps, `${routineId} ${stretch.id} reps`).toBeLessThanOrEqual(stretch.reps.max);
            expect(dosage.reps, `${routineId} ${stretch.id} reps`).toBeGreaterThanOrEqual(Math.min(stretch.reps.min, item.reps ?? stretch.reps.default));
          }
          previous = dosage;
        }
      }
    }
  });

  it('a step changes something in the daily routine: longer child pose holds, more cat-cow breaths', () => {
    const daily = getRoutine('basic-daily');
    const child = daily.items.find((i) => i.stretchId === 'childs-pose')!;
    const catCow = daily.items.find((i) => i.stretchId === 'cat-cow')!;
    expect(resolveDosage(getStretch('childs-pose'), 'standard', child, { level: 1, gentle: false }).holdSeconds).toBe(80);
    expect(resolveDosage(getStretch('cat-cow'), 'standard', catCow, { level: 1, gentle: false }).reps).toBe(17);
  });

  it('a gentle day uses the guide minimums and leaves out the deepest stretches, never all of them', () => {
    for (const routineId of ROUTINE_IDS) {
      for (const item of getRoutine(routineId).items) {
        const stretch = getStretch(item.stretchId);
        const gentle = resolveDosage(stretch, 'standard', item, { level: 3, gentle: true });
        if (stretch.hold && gentle.holdSeconds !== undefined) expect(gentle.holdSeconds).toBe(stretch.hold.min);
        if (stretch.reps) expect(gentle.reps * gentle.sets).toBeLessThanOrEqual(Math.max(stretch.reps.min, gentle.sets));
      }
    }
    expect(gentleLeavesOut(getRoutine('basic-daily').items.map((i) => i.stretchId))).toEqual(['seated-spinal-twist']);
    const desk = getRoutine('desk-break').items.map((i) => i.stretchId);
    expect(gentleLeavesOut(desk).length).toBeLessThan(desk.length);
  });

  it('steps up only with regular sessions and steady check-ins, a week apart, and waits longer after a step down', () => {
    const today = addDays(START, 13);
    const history = Array.from({ length: 5 }, (_, i) => ({ date: addDays(today, -i), completed: true }));
    const steady = withScores(Array.from({ length: 14 }, () => 4));
    expect(stepUpBlock(steady, history, today)).toBeUndefined();
    expect(stepUpBlock(steady, history.slice(0, 3), today)).toBe('irregular');
    expect(stepUpBlock(emptyCoaching(), history, today)).toBe('no-check-ins');
    expect(stepUpBlock(withScores([2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 5, 5, 5]), history, today)).toBe('not-steady');
    expect(stepUpBlock({ ...steady, levelChange: { on: addDays(today, -3), dir: 'up' } }, history, today)).toBe('too-soon');
    expect(stepUpBlock({ ...steady, levelChange: { on: addDays(today, -10), dir: 'down' } }, history, today)).toBe('too-soon');
    expect(stepUpBlock({ ...steady, levelChange: { on: addDays(today, -7), dir: 'up' } }, history, today)).toBeUndefined();
    expect(stepUpBlock({ ...steady, level: MAX_LEVEL }, history, today)).toBe('top');
    expect(stepUpBlock({ ...steady, gentleOn: today }, history, today)).toBe('gentle');
  });
});

describe("the coach's sentences", () => {
  it('are our own words: no 8-word run copied from the guide, and no diagnosis', async () => {
    const { readFileSync } = await import('node:fs');
    const { hashRun, runs } = await import('../catalog/shingles');
    const guideRuns = new Set<string>(JSON.parse(readFileSync(new URL('../catalog/fixtures/guide-shingles.json', import.meta.url), 'utf8')) as string[]);
    const modules = [await import('../../skill/text/en/coaching'), await import('../../skill/text/en/reminders'), await import('../../skill/text/en/routine-offer')];
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') {
        // Sentence builders: sample arguments fill their blanks.
        for (const args of [[1], [3], [2, 4], [['8 in the morning', '7 in the evening']]]) {
          try {
            const out: unknown = (value as (...a: unknown[]) => unknown)(...args);
            if (typeof out === 'string') texts.push(out);
          } catch {
            // Not this builder's kind of argument.
          }
        }
      } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    modules.forEach((m) => collect(m));
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) {
      for (const run of runs(text)) expect(guideRuns.has(hashRun(run)), `copied from the guide: "${run.join(' ')}" in "${text}"`).toBe(false);
      expect(text).not.toMatch(/\b(diagnos\w*|you have (a|an) \w+ (injury|condition|problem)|sciatica|arthritis|herniat\w*|slipped disc)\b/i);
    }
  });
});

describe('the coaching state inside the user state', () => {
  it('survives a store round trip through normalizeUserState and merges in mergeTurn', async () => {
    const { normalizeUserState, newUserState, mergeTurn } = await import('../../skill/state/index');
    const coaching = { ...withScores([5, 4]), level: 2, gentleOn: START };
    const state = { ...newUserState(), coaching };
    expect(normalizeUserState(JSON.parse(JSON.stringify(state))).coaching).toEqual(coaching);
    expect(normalizeUserState({ ...newUserState() }).coaching).toBeUndefined();
    // Two devices: one adds a check-in, the other deletes the history; the deletion wins for what it saw.
    const loaded = { ...state, version: 3 };
    const fresh = { ...loaded, version: 4, coaching: { ...coaching, checkIns: withCheckIn(coaching.checkIns, { date: addDays(START, 2), score: 6, phase: 'before' }) } };
    const { coaching: _gone, ...deleted } = loaded;
    const merged = mergeTurn(fresh, loaded, deleted);
    expect(merged.coaching).toBeUndefined();
    const added = { ...loaded, coaching: { ...coaching, checkIns: withCheckIn(coaching.checkIns, { date: addDays(START, 2), score: 2, phase: 'after' }) } };
    expect(decodeAll(mergeTurn(fresh, loaded, added).coaching?.checkIns ?? []).map((c) => c.score)).toEqual([2, 6, 4, 5]);
  });
});
