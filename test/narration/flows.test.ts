import { describe, expect, it } from 'vitest';
import { ROUTINES, STRETCHES } from '../../skill/catalog';
import { compileRoutine, compileStretch, PACING } from '../../skill/narration';
import { eventSeconds, silenceFollows } from '../../skill/narration/duration';
import { shortPhaseCue } from '../../skill/narration/units';
import { allEvents, allPreferences, describePrefs, measureHolds, spoken, standardTimeline } from './helpers';

const catCow = STRETCHES.find((stretch) => stretch.id === 'cat-cow')!;
const pelvicTilts = STRETCHES.find((stretch) => stretch.id === 'pelvic-tilts')!;
const backExtension = STRETCHES.find((stretch) => stretch.id === 'standing-back-extension')!;

/** Breaths guided: the short in-breath cue said on every breath (the full moves are taught once, before the flow). */
function inhaleCount(texts: string[]): number {
  const [inhale] = catCow.phases!;
  return texts.filter((text) => text === shortPhaseCue(inhale, 'in')).length;
}

describe('cat-cow (breath-paced flow)', () => {
  it('guides as many breaths as each routine asks, in every set, or where the routine is cut to its time never fewer than its minimum', () => {
    for (const routine of ROUTINES) {
      for (const item of routine.items.filter((entry) => entry.stretchId === 'cat-cow')) {
        for (const prefs of allPreferences()) {
          const label = `${routine.id} ${describePrefs(prefs)}`;
          const timeline = standardTimeline(routine.id, prefs);
          const catCowSegments = timeline.segments.filter((s) => s.stretchId === 'cat-cow');
          const asked = item.reps ?? catCow.reps!.default;
          const sets = new Map<number, number>();
          for (const segment of catCowSegments) sets.set(segment.set ?? 1, (sets.get(segment.set ?? 1) ?? 0) + inhaleCount(spoken(segment.events)));
          expect(sets.size, label).toBeGreaterThanOrEqual(1);
          expect(sets.size, label).toBeLessThanOrEqual(item.sets ?? 1);
          for (const [set, breaths] of sets) {
            expect(breaths, `${label} set ${set}`).toBeLessThanOrEqual(asked);
            expect(breaths, `${label} set ${set}`).toBeGreaterThanOrEqual(catCow.reps!.min);
          }
          if (prefs.pace === 'normal' && prefs.holdLength === 'standard') expect(inhaleCount(spoken(catCowSegments.flatMap((s) => s.events))), label).toBe(asked * (item.sets ?? 1));
        }
      }
    }
  });

  it('pairs each in-breath and out-breath cue with a calm breath pause, longer at the slower pace', () => {
    for (const pace of ['normal', 'slower'] as const) {
      const timeline = compileStretch('cat-cow', { preferences: { holdLength: 'standard', pace, cueStyle: 'voice' } });
      const events = allEvents(timeline);
      const breaths = events.filter((event) => event.type === 'pause' && event.purpose === 'breath');
      expect(breaths.length).toBeGreaterThanOrEqual(2 * catCow.reps!.default);
      expect(breaths.filter((b) => b.type === 'pause' && b.seconds === PACING[pace].breath).length).toBeGreaterThanOrEqual(catCow.reps!.default);
      expect(inhaleCount(spoken(events))).toBe(catCow.reps!.default);
      expect(measureHolds(events, pace)).toEqual([]);
    }
    expect(PACING.slower.breath).toBeGreaterThan(PACING.normal.breath);
  });

  it('counts sparsely: every fifth breath and the last one', () => {
    const timeline = compileStretch('cat-cow', { preferences: { holdLength: 'standard', pace: 'normal', cueStyle: 'voice' } });
    const counts = allEvents(timeline).flatMap((event) => (event.type === 'say' && event.role === 'count' ? [event.text] : []));
    expect(counts).toEqual(["That's five.", "That's ten.", 'Last one.']);
  });

  it('teaches the two moves once before the flow, then keeps one rhythm from the first breath to the last', () => {
    for (const prefs of allPreferences()) {
      for (const timeline of [standardTimeline('cat-cow', prefs), standardTimeline('basic-daily', prefs)]) {
        const events = timeline.segments.filter((s) => s.stretchId === 'cat-cow').flatMap((s) => s.events);
        const texts = spoken(events);
        const [inhale, exhale] = catCow.phases!;
        expect(texts.filter((text) => text === inhale.cue)).toHaveLength(1);
        expect(texts.filter((text) => text === exhale.cue)).toHaveLength(1);
        expect(texts.indexOf(inhale.cue)).toBeLessThan(texts.indexOf(shortPhaseCue(inhale, 'in')));
        // From one in-breath cue to the next: always the same time, counts included.
        const starts: number[] = [];
        let clock = 0;
        events.forEach((event, index) => {
          if (event.type === 'say' && event.text === shortPhaseCue(inhale, 'in')) starts.push(clock);
          clock += eventSeconds(event, prefs.pace, event.type === 'say' && silenceFollows(events, index));
        });
        const cycles = starts.slice(1).map((start, i) => start - starts[i]!);
        const split = timeline.segments.filter((s) => s.stretchId === 'cat-cow').length > 1;
        if (!split) expect(Math.max(...cycles) - Math.min(...cycles), describePrefs(prefs)).toBeLessThan(0.15);
      }
    }
  });
});

describe('pelvic tilts (paired holds)', () => {
  it('holds twice per repetition, five seconds each, in every routine and alone', () => {
    for (const prefs of allPreferences()) {
      const alone = measureHolds(allEvents(standardTimeline('pelvic-tilts', prefs)), prefs.pace);
      expect(alone).toHaveLength(2 * pelvicTilts.reps!.default);
      for (const hold of alone) expect(hold.target).toBe(5);
      for (const routine of ROUTINES) {
        const item = routine.items.find((entry) => entry.stretchId === 'pelvic-tilts');
        if (!item) continue;
        const segments = standardTimeline(routine.id, prefs).segments.filter((s) => s.stretchId === 'pelvic-tilts');
        const holds = measureHolds(segments.flatMap((s) => s.events), prefs.pace);
        const reps = item.reps ?? pelvicTilts.reps!.default;
        // A routine cut to its time may do one set of the two, never fewer tilts than a set.
        const sets = new Set(segments.map((s) => s.set ?? 1)).size;
        expect(sets).toBeLessThanOrEqual(item.sets ?? 1);
        expect(holds).toHaveLength(2 * reps * sets);
        if (prefs.pace === 'normal') expect(sets).toBe(item.sets ?? 1);
        for (const hold of holds) expect(hold.target).toBe(5);
      }
    }
  });

  it('alternates the two tilts', () => {
    const holds = measureHolds(allEvents(compileStretch('pelvic-tilts', { preferences: allPreferences()[6]! })), 'normal');
    const [back, forward] = pelvicTilts.phases!;
    holds.forEach((hold, index) => {
      expect(hold.label).toContain((index % 2 === 0 ? back : forward).name.toLowerCase());
    });
  });
});

describe('standing back extension (short holds)', () => {
  it('leans back, holds, comes up and rests, once per repetition', () => {
    for (const prefs of allPreferences()) {
      const events = allEvents(standardTimeline('standing-back-extension', prefs));
      const holds = measureHolds(events, prefs.pace);
      expect(holds, describePrefs(prefs)).toHaveLength(backExtension.reps!.default);
      const expected = prefs.holdLength === 'shorter' ? backExtension.hold!.min : prefs.holdLength === 'longer' ? backExtension.hold!.max : backExtension.hold!.default;
      for (const hold of holds) expect(hold.target).toBe(expected);
      const texts = spoken(events);
      expect(texts.filter((text) => text === backExtension.repCue)).toHaveLength(backExtension.reps!.default - 1);
      expect(texts.filter((text) => text === backExtension.release[0])).toHaveLength(backExtension.reps!.default);
      expect(texts).toContain('Last one.');
    }
  });
});

describe('a flow too long for one response', () => {
  it('splits into parts of about the same number of cycles, called cycles', () => {
    // Alone (a routine may trim it to fit its time), cat-cow at the slower pace is too long for one response.
    const slower = { holdLength: 'standard' as const, pace: 'slower' as const, cueStyle: 'voice' as const };
    const parts = compileStretch('cat-cow', { preferences: slower }).segments.filter((s) => s.stretchId === 'cat-cow');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.title).toMatch(/, cycles \d+ to \d+$/);
    const sizes = parts.map((part) => {
      const [, from, to] = part.title.match(/cycles (\d+) to (\d+)/)!;
      return Number(to) - Number(from) + 1;
    });
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    // Coming back to the second part after a break starts with the setup again.
    const resumed = parts[1]!.resumeEvents!.flatMap((e) => (e.type === 'say' ? [e.text] : []));
    expect(resumed[0]).toBe("Let's get back into position for cat cow.");
    expect(resumed).toContain(catCow.setup[0]);
  });
});
