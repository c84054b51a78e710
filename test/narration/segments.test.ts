import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, ROUTINES, STRETCHES } from '../../skill/catalog';
import { compileRoutine, compileStretch } from '../../skill/narration';
import { allPreferences, measureHolds, spoken } from './helpers';

describe('segments', () => {
  it('gives a sided stretch one segment per side, titled and identified by side', () => {
    const timeline = compileStretch('knee-to-chest', { preferences: DEFAULT_PREFERENCES });
    expect(timeline.segments.map((s) => [s.id, s.title])).toEqual([
      ['knee-to-chest/right', 'Knee-to-Chest, right side'],
      ['knee-to-chest/left', 'Knee-to-Chest, left side'],
    ]);
    expect(timeline.kind).toBe('stretch');
    expect(timeline.title).toBe('Knee-to-Chest');
  });

  it('gives an unsided stretch one segment', () => {
    const timeline = compileStretch('childs-pose', { preferences: DEFAULT_PREFERENCES });
    expect(timeline.segments.map((s) => s.id)).toEqual(['childs-pose']);
  });

  it('opens a stretch with what it is for (the caller says its name), then the setup, then a settle pause before the hold', () => {
    for (const stretch of STRETCHES) {
      const events = compileStretch(stretch.id, { preferences: DEFAULT_PREFERENCES }).segments[0]!.events;
      const texts = spoken(events);
      expect(texts[0]).toBe(stretch.summary);
      const firstMove = events.findIndex((e) => e.type === 'holdStart' || (e.type === 'pause' && e.purpose === 'breath'));
      const settle = events.findIndex((e) => e.type === 'pause' && e.purpose === 'settle');
      expect(settle, stretch.id).toBeGreaterThan(0);
      expect(settle).toBeLessThan(firstMove);
      const settlePause = events[settle];
      expect(settlePause?.type === 'pause' && settlePause.seconds).toBeGreaterThanOrEqual(3);
      if (stretch.caution) expect(texts).toContain(stretch.caution);
    }
  });

  it('splits at repetitions when a segment would run past the limit, with numbered continuation ids', () => {
    const timeline = compileStretch('cat-cow', { preferences: DEFAULT_PREFERENCES, maxSegmentSeconds: 60 });
    expect(timeline.segments.length).toBeGreaterThan(2);
    expect(timeline.segments[0]!.id).toBe('cat-cow');
    for (const segment of timeline.segments.slice(1)) {
      expect(segment.id).toMatch(/^cat-cow\/rep-\d+$/);
      expect(segment.durationSeconds).toBeLessThanOrEqual(60);
      expect(spoken(segment.events)[0]).toBe("Let's carry on with cat cow.");
    }
    expect(new Set(timeline.segments.map((s) => s.id)).size).toBe(timeline.segments.length);
    const unsplit = compileStretch('cat-cow', { preferences: DEFAULT_PREFERENCES });
    expect(unsplit.segments).toHaveLength(1);
  });

  it('splits sided stretches between reps, never inside a hold', () => {
    const timeline = compileStretch('thread-the-needle', {
      preferences: { ...DEFAULT_PREFERENCES, holdLength: 'longer' },
      maxSegmentSeconds: 60,
    });
    const ids = timeline.segments.map((s) => s.id);
    expect(ids).toEqual(['thread-the-needle/right', 'thread-the-needle/right/rep-2', 'thread-the-needle/left', 'thread-the-needle/left/rep-2']);
    for (const segment of timeline.segments) {
      expect(() => measureHolds(segment.events, 'normal')).not.toThrow();
      expect(measureHolds(segment.events, 'normal')).toHaveLength(1);
    }
  });
});

describe('routine timelines', () => {
  it('play the items in order, each opening with its name, and one segment per set and side', () => {
    for (const routine of ROUTINES) {
      const timeline = compileRoutine(routine.id, { preferences: DEFAULT_PREFERENCES });
      expect(timeline.kind).toBe('routine');
      expect(timeline.title).toBe(routine.name);
      const order = [...new Set(timeline.segments.map((s) => s.stretchId))];
      expect(order).toEqual(routine.items.map((item) => item.stretchId));
      for (const item of routine.items) {
        const stretch = STRETCHES.find((s) => s.id === item.stretchId)!;
        const segments = timeline.segments.filter((s) => s.stretchId === item.stretchId);
        expect(spoken(segments[0]!.events)[0]).toContain(stretch.spokenName);
        const sets = item.sets ?? 1;
        const unsplit = new Set(segments.map((s) => s.id.replace(/\/rep-\d+$/, '')));
        expect(unsplit.size, `${routine.id} ${item.stretchId}`).toBe(sets * (stretch.sided ? 2 : 1));
        if (sets > 1) expect(segments.at(-1)!.set).toBe(sets);
      }
      expect(new Set(timeline.segments.map((s) => s.id)).size).toBe(timeline.segments.length);
    }
  });

  it("uses the routine's hold and rep numbers, moved by the hold-length preference but never outside the guide's range", () => {
    const childsPose = STRETCHES.find((s) => s.id === 'childs-pose')!;
    const expectHold = (holdLength: 'shorter' | 'standard' | 'longer', seconds: number) => {
      const timeline = compileRoutine('basic-daily', { preferences: { ...DEFAULT_PREFERENCES, holdLength } });
      const holds = measureHolds(timeline.segments[0]!.events, 'normal');
      expect(holds.map((h) => h.target)).toEqual([seconds]);
    };
    expectHold('standard', 60);
    expectHold('shorter', childsPose.hold!.min);
    expectHold('longer', childsPose.hold!.max);
    for (const routine of ROUTINES) {
      for (const prefs of allPreferences()) {
        const timeline = compileRoutine(routine.id, { preferences: prefs });
        for (const segment of timeline.segments) {
          const stretch = STRETCHES.find((s) => s.id === segment.stretchId)!;
          for (const hold of measureHolds(segment.events, prefs.pace)) {
            expect(hold.target).toBeGreaterThanOrEqual(stretch.hold!.min);
            expect(hold.target).toBeLessThanOrEqual(stretch.hold!.max);
          }
        }
      }
    }
  });

  it('says which version it is when a variant is chosen, and the desk break uses the chair twist', () => {
    const easier = spoken(compileStretch('seated-spinal-twist', { preferences: DEFAULT_PREFERENCES, variant: 'easier' }).segments[0]!.events);
    const twist = STRETCHES.find((s) => s.id === 'seated-spinal-twist')!;
    expect(easier.join(' ')).toContain('easier version');
    expect(easier).toContain(twist.modifications[0]!.steps[0]!.replaceAll('{side}', 'right').replaceAll('{other}', 'left'));
    expect(easier).not.toContain(twist.setup[0]);
    const desk = compileRoutine('desk-break', { preferences: DEFAULT_PREFERENCES });
    const deskTwist = spoken(desk.segments.filter((s) => s.stretchId === 'seated-spinal-twist').flatMap((s) => s.events));
    expect(deskTwist.join(' ')).toContain('easier version');

    const harder = spoken(compileStretch('knee-to-chest', { preferences: DEFAULT_PREFERENCES, variant: 'harder' }).segments[0]!.events);
    expect(harder.join(' ')).toContain('harder version');
    const none = spoken(compileStretch('childs-pose', { preferences: DEFAULT_PREFERENCES, variant: 'harder' }).segments[0]!.events);
    expect(none.join(' ')).toContain('no harder version');
  });

  it('rejects unknown ids with a clear error', () => {
    expect(() => compileStretch('headstand' as never, { preferences: DEFAULT_PREFERENCES })).toThrow(/Unknown stretch id "headstand"/);
    expect(() => compileRoutine('marathon' as never, { preferences: DEFAULT_PREFERENCES })).toThrow(/Unknown routine id "marathon"/);
  });
});
