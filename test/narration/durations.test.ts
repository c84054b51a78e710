import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, getStretch, ROUTINE_IDS, ROUTINES, STRETCH_IDS } from '../../skill/catalog';
import type { StretchId, StretchKind } from '../../skill/catalog/types';
import { trimDosage } from '../../skill/narration/dosage';
import type { TimelineEvent } from '../../skill/narration/types';
import { numbersSpelledOut } from '../../skill/narration/speech-time';
import {
  compileRoutine,
  compileStretch,
  renderSsml,
  estimateSpeechSeconds,
  roundedMinutes,
  routineDuration,
  speechPlanSeconds,
  stretchDuration,
  toSpeechPlan,
} from '../../skill/narration';
import { ADJUSTMENTS, allEvents, allPreferences, describePrefs, measureHolds, standardTimeline, steppedTimelines } from './helpers';

/** Seconds of <break> in an SSML string. */
function ssmlBreakSeconds(ssml: string): number {
  let total = 0;
  for (const m of ssml.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\/>/g)) total += Number(m[1]) / (m[2] === 'ms' ? 1000 : 1);
  return total;
}

/** Repetitions done in these events: breath cycles of a flow, short holds, pairs of holds. */
function repsIn(events: readonly TimelineEvent[], kind: StretchKind): number {
  if (kind === 'breath-flow') return events.filter((e) => e.type === 'say' && e.role === 'cue' && e.step === 'move').length / 2;
  const holds = events.filter((e) => e.type === 'holdStart').length;
  return kind === 'paired-holds' ? holds / 2 : holds;
}

/** Repetitions of each dynamic move, per set and side ("cat-cow|1|"). */
function dynamicReps(timeline: ReturnType<typeof compileRoutine>): Map<string, number> {
  const perPart = new Map<string, number>();
  for (const segment of timeline.segments) {
    const stretch = getStretch(segment.stretchId);
    if (stretch.kind === 'static-hold' || !stretch.reps) continue;
    const part = `${segment.stretchId}|${segment.set ?? 1}|${segment.side ?? ''}`;
    perPart.set(part, (perPart.get(part) ?? 0) + repsIn(segment.events, stretch.kind));
  }
  return perPart;
}

/** Seconds held in each static stretch, all its holds added up. */
function heldSeconds(timeline: ReturnType<typeof compileRoutine>): Map<string, number> {
  const held = new Map<string, number>();
  for (const segment of timeline.segments) {
    if (getStretch(segment.stretchId).kind !== 'static-hold') continue;
    const seconds = segment.events.reduce((sum, e) => sum + (e.type === 'holdStart' ? e.targetSeconds : 0), 0);
    held.set(segment.stretchId, (held.get(segment.stretchId) ?? 0) + seconds);
  }
  return held;
}

describe('speech time model', () => {
  it('takes longer for more words and at the slower pace, and nothing for no words', () => {
    const short = estimateSpeechSeconds('Hold.', 'normal');
    const long = estimateSpeechSeconds('Slowly sink your hips back toward your heels.', 'normal');
    expect(long).toBeGreaterThan(short);
    expect(estimateSpeechSeconds('Slowly sink your hips back toward your heels.', 'slower')).toBeGreaterThan(long);
    expect(estimateSpeechSeconds('', 'normal')).toBe(0);
    // Eight words at about 2.6 words a second, plus one sentence pause.
    expect(long).toBeGreaterThan(2.5);
    expect(long).toBeLessThan(4);
  });
});

describe('numbers in the speech time model', () => {
  it('times a number as the words the voice says for it, not as its digits', () => {
    expect(estimateSpeechSeconds('It takes about 13 minutes.', 'normal')).toBeCloseTo(estimateSpeechSeconds('It takes about thirteen minutes.', 'normal'), 6);
    expect(estimateSpeechSeconds('Hold for 120 seconds.', 'slower')).toBeCloseTo(estimateSpeechSeconds('Hold for one hundred twenty seconds.', 'slower'), 6);
    expect(numbersSpelledOut('5 stretches, about 29 minutes, 1000 times')).toBe('five stretches, about twenty nine minutes, one thousand times');
  });
});

describe('estimated durations', () => {
  it("puts the guide's basic daily routine inside its 10-15 minutes", () => {
    const minutes = routineDuration('basic-daily', DEFAULT_PREFERENCES) / 60;
    expect(minutes).toBeGreaterThanOrEqual(10);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it("puts the guide's comprehensive routine inside its 20-30 minutes", () => {
    const minutes = routineDuration('comprehensive', DEFAULT_PREFERENCES) / 60;
    expect(minutes).toBeGreaterThanOrEqual(20);
    expect(minutes).toBeLessThanOrEqual(30);
  });

  it("keeps both of the guide's routines inside its minutes at every pace and hold length, never below a stretch's minimums", () => {
    const guide = { 'basic-daily': [10, 15], comprehensive: [20, 30] } as const;
    for (const [id, [min, max]] of Object.entries(guide) as [keyof typeof guide, readonly [number, number]][]) {
      for (const prefs of allPreferences()) {
        const label = `${id} ${describePrefs(prefs)}`;
        const timeline = standardTimeline(id, prefs);
        expect(timeline.durationSeconds / 60, label).toBeGreaterThanOrEqual(min);
        expect(timeline.durationSeconds / 60, label).toBeLessThanOrEqual(max);
        for (const segment of timeline.segments) {
          const stretch = getStretch(segment.stretchId);
          for (const hold of measureHolds(segment.events, prefs.pace)) {
            if (stretch.hold) expect(hold.target, `${label} ${hold.label}`).toBeGreaterThanOrEqual(stretch.hold.min);
          }
        }
      }
    }
  });

  it("keeps both of the guide's routines inside its minutes at every progression step with every preference, each dynamic move at its own minimum reps or more, a step never below the first", () => {
    const guide = { 'basic-daily': [10, 15], comprehensive: [20, 30] } as const;
    // Failures are collected and compared once: an expect per hold cost more than the compiling.
    const failures: string[] = [];
    const fail = (label: string, what: string) => failures.push(`${label}: ${what}`);
    let checked = 0;
    const stepped = steppedTimelines(Object.keys(guide) as (keyof typeof guide)[]);
    for (const [id, [min, max]] of Object.entries(guide) as [keyof typeof guide, readonly [number, number]][]) {
      for (const prefs of allPreferences()) {
        const atPrefs = stepped.filter((s) => s.id === id && describePrefs(s.prefs) === describePrefs(prefs));
        const first = atPrefs.find((s) => s.adjustment.level === 0 && !s.adjustment.gentle)!.timeline;
        const firstHeld = heldSeconds(first);
        const firstReps = dynamicReps(first);
        expect(atPrefs.map((s) => s.adjustment)).toEqual(ADJUSTMENTS);
        for (const { adjustment, timeline } of atPrefs) {
          const label = `${id} ${describePrefs(prefs)} step ${adjustment.level}${adjustment.gentle ? ' gentle' : ''}`;
          checked++;
          const minutes = timeline.durationSeconds / 60;
          if (minutes > max) fail(label, `${minutes.toFixed(2)} min, over ${max}`);
          // A gentle day is lighter on purpose (the guide's minimums); only the ceiling binds it.
          if (!adjustment.gentle && minutes < min) fail(label, `${minutes.toFixed(2)} min, under ${min}`);
          for (const segment of timeline.segments) {
            const stretch = getStretch(segment.stretchId);
            if (!stretch.hold) continue;
            for (const hold of measureHolds(segment.events, prefs.pace)) {
              if (hold.target < stretch.hold.min) fail(label, `${hold.label} holds ${hold.target} s, under ${stretch.hold.min}`);
            }
          }
          // Each set (or side) of a dynamic move does at least the stretch's own minimum.
          const reps = dynamicReps(timeline);
          for (const [part, count] of reps) {
            const stretch = getStretch(part.split('|')[0] as StretchId);
            if (count < stretch.reps!.min) fail(label, `${part} does ${count}, under ${stretch.reps!.min}`);
          }
          // A step up, fitted to the time, never does less than the first step at the same preferences.
          if (adjustment.level > 0) {
            const held = heldSeconds(timeline);
            for (const [stretchId, seconds] of firstHeld) if ((held.get(stretchId) ?? 0) < seconds) fail(label, `${stretchId} held ${held.get(stretchId) ?? 0} s, under the first step's ${seconds}`);
            for (const [part, count] of firstReps) if ((reps.get(part) ?? 0) < count) fail(label, `${part} does ${reps.get(part) ?? 0}, under the first step's ${count}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('trims a routine that would run over its time toward the minimums, and leaves one that fits alone', () => {
    const slowLong = { ...DEFAULT_PREFERENCES, pace: 'slower', holdLength: 'longer' } as const;
    const trimmed = compileRoutine('comprehensive', { preferences: slowLong });
    // Untrimmed, the slower pace with the guide's longest holds would take over 40 minutes.
    const childsOf = (timeline: typeof trimmed, pace: 'normal' | 'slower') =>
      timeline.segments.filter((segment) => segment.stretchId === 'childs-pose').flatMap((segment) => measureHolds(segment.events, pace));
    const childsHolds = childsOf(trimmed, 'slower');
    expect(childsHolds.length).toBeGreaterThan(0);
    for (const hold of childsHolds) expect(hold.target).toBeLessThan(getStretch('childs-pose').hold!.max);
    // The default fits: the routine's own 30 s holds stay as they are.
    const standard = compileRoutine('comprehensive', { preferences: DEFAULT_PREFERENCES });
    const standardHolds = childsOf(standard, 'normal');
    expect(standardHolds.length).toBe(2);
    for (const hold of standardHolds) expect(hold.target).toBe(30);
    // A coached step up is trimmed the same way: the top step's child's pose is longer than the
    // first step's minute, and the routine still ends inside the guide's 15 minutes.
    const top = { level: 3, gentle: false };
    const stepped = compileRoutine('basic-daily', { preferences: DEFAULT_PREFERENCES, adjustment: top });
    expect(stepped.durationSeconds / 60).toBeLessThanOrEqual(15);
    expect(childsOf(stepped, 'normal')[0]!.target).toBeGreaterThan(60);
    expect(trimDosage(getStretch('cat-cow'), { reps: 15, sets: 2 }, { toward: 1 })).toEqual({ reps: 10, sets: 2 });
    expect(trimDosage(getStretch('knee-to-chest'), { holdSeconds: 30, reps: 3, sets: 1 }, { toward: 0.5 })).toEqual({ holdSeconds: 25, reps: 3, sets: 1 });
    expect(trimDosage(getStretch('childs-pose'), { holdSeconds: 120, reps: 1, sets: 2 }, { toward: 0.5, oneSet: true })).toEqual({ holdSeconds: 75, reps: 1, sets: 1 });
    // Never below the stretch's own minimums, however far.
    expect(trimDosage(getStretch('knee-to-chest'), { holdSeconds: 30, reps: 3, sets: 1 }, { toward: 2 })).toEqual({ holdSeconds: 20, reps: 2, sets: 1 });
  });

  it("holds the basic daily routine's knee to chest and twist for the middle of their 20-30 s at the default preferences", () => {
    const timeline = compileRoutine('basic-daily', { preferences: DEFAULT_PREFERENCES });
    for (const id of ['knee-to-chest', 'seated-spinal-twist'] as const) {
      const { min, max } = getStretch(id).hold!;
      const holds = timeline.segments.filter((s) => s.stretchId === id).flatMap((s) => measureHolds(s.events, 'normal'));
      expect(holds.length, id).toBe(4);
      for (const hold of holds) expect(hold.target, hold.label).toBe((min + max) / 2);
    }
  });

  it('estimates the basic daily routine at no less than the time its holds and breaths take', () => {
    const timeline = compileRoutine('basic-daily', { preferences: DEFAULT_PREFERENCES });
    const events = allEvents(timeline);
    const holds = measureHolds(events, 'normal').reduce((total, hold) => total + hold.target, 0);
    const breaths = events.reduce(
      (total, event) => total + (event.type === 'pause' && event.purpose === 'breath' ? event.seconds : 0),
      0,
    );
    const timed = holds + breaths;
    // Child's Pose 60 s + 15 breaths of two 3 s halves (a count said inside one) + 2x2x25 s + 2x2x25 s + 10x(5+5) s.
    expect(timed).toBeGreaterThan(60 + 15 * 2 * 3 - 5 + 2 * 2 * 25 + 2 * 2 * 25 + 10 * (5 + 5));
    expect(timed).toBeLessThanOrEqual(60 + 15 * 2 * 3 + 2 * 2 * 25 + 2 * 2 * 25 + 10 * (5 + 5));
    expect(timeline.durationSeconds).toBeGreaterThan(timed);
    expect(timeline.durationSeconds / 60).toBeLessThan(20);
  });

  it('reports every routine and stretch in whole minutes for the voice and the pages', () => {
    for (const routine of ROUTINES) {
      const minutes = roundedMinutes(routineDuration(routine.id, DEFAULT_PREFERENCES));
      expect(minutes, routine.id).toBeGreaterThanOrEqual(1);
    }
    expect(roundedMinutes(20)).toBe(1);
    expect(roundedMinutes(12.4 * 60)).toBe(12);
  });

  it('grows with the slower pace and with longer holds, and shrinks with shorter ones', () => {
    for (const id of STRETCH_IDS) {
      const standard = stretchDuration(id, DEFAULT_PREFERENCES);
      expect(stretchDuration(id, { ...DEFAULT_PREFERENCES, pace: 'slower' }), id).toBeGreaterThan(standard);
      expect(stretchDuration(id, { ...DEFAULT_PREFERENCES, holdLength: 'longer' })).toBeGreaterThanOrEqual(standard);
      expect(stretchDuration(id, { ...DEFAULT_PREFERENCES, holdLength: 'shorter' })).toBeLessThanOrEqual(standard);
    }
    expect(routineDuration('basic-daily', { ...DEFAULT_PREFERENCES, pace: 'slower' })).toBeGreaterThan(
      routineDuration('basic-daily', DEFAULT_PREFERENCES),
    );
  });

  it('leaves excluded stretches out of the routine and its duration', () => {
    const full = compileRoutine('basic-daily', { preferences: DEFAULT_PREFERENCES });
    const without = compileRoutine('basic-daily', { preferences: DEFAULT_PREFERENCES, excluded: ['cat-cow'] });
    expect(without.segments.some((segment) => segment.stretchId === 'cat-cow')).toBe(false);
    expect(without.durationSeconds).toBeLessThan(full.durationSeconds);
    expect(routineDuration('basic-daily', DEFAULT_PREFERENCES, ['cat-cow'])).toBe(without.durationSeconds);
    const nothing = compileRoutine('basic-daily', {
      preferences: DEFAULT_PREFERENCES,
      excluded: ['childs-pose', 'cat-cow', 'knee-to-chest', 'seated-spinal-twist', 'pelvic-tilts'],
    });
    expect(nothing.segments).toEqual([]);
    expect(nothing.durationSeconds).toBe(0);
  });
});

describe('one duration everywhere', () => {
  it('segment durations, the timeline total and the speech plan agree', () => {
    for (const prefs of allPreferences()) {
      const timelines = [
        ...STRETCH_IDS.map((id) => standardTimeline(id, prefs)),
        ...ROUTINE_IDS.map((id) => standardTimeline(id, prefs)),
      ];
      for (const timeline of timelines) {
        const label = `${timeline.id} ${describePrefs(prefs)}`;
        for (const segment of timeline.segments) {
          // Every pause the timeline counts is silence Alexa plays: the SSML's breaks add up to it
          // (with chimes for cues, the cue's spoken time becomes silence after the chime too).
          const planned = segment.events.reduce((sum, e) => sum + (e.type === 'pause' ? e.seconds : 0), 0);
          const heardSilence = ssmlBreakSeconds(renderSsml(segment.events, { pace: prefs.pace }));
          if (prefs.cueStyle === 'voice') expect(heardSilence, label).toBeCloseTo(planned, 1);
          else expect(heardSilence, label).toBeGreaterThanOrEqual(planned - 0.05);
          expect(speechPlanSeconds(toSpeechPlan(segment.events, prefs.pace))).toBeCloseTo(segment.durationSeconds, 6);
        }
        const sum = timeline.segments.reduce((total, segment) => total + segment.durationSeconds, 0);
        expect(timeline.durationSeconds, label).toBeCloseTo(sum, 1);
        expect(speechPlanSeconds(toSpeechPlan(allEvents(timeline), prefs.pace))).toBeCloseTo(timeline.durationSeconds, 6);
      }
    }
  });
});

describe('speech plan', () => {
  it('is plain JSON with a hold entry carrying each hold target for a countdown', () => {
    const timeline = compileStretch('sphinx-pose', { preferences: DEFAULT_PREFERENCES });
    const plan = toSpeechPlan(allEvents(timeline), 'normal');
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    const holds = plan.filter((entry) => entry.kind === 'hold');
    expect(holds).toEqual([{ kind: 'hold', seconds: 45, label: 'Sphinx Pose', step: 'hold' }]);
    expect(plan.some((entry) => entry.kind === 'pause' && entry.purpose === 'settle')).toBe(true);
    expect(plan.every((entry) => entry.seconds >= 0)).toBe(true);
  });
});

describe('stale or partial preferences', () => {
  it('fall back to the defaults instead of failing', () => {
    const stale = { holdLength: 'extra-long', pace: undefined, cueStyle: 'bells' } as never;
    const timeline = compileStretch('childs-pose', { preferences: stale });
    expect(timeline.durationSeconds).toBe(compileStretch('childs-pose', { preferences: DEFAULT_PREFERENCES }).durationSeconds);
  });
});
