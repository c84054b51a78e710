import { describe, expect, it } from 'vitest';
import { STRETCHES } from '../../skill/catalog';
import { compileStretch, resolveHoldSeconds } from '../../skill/narration';
import type { TimelineEvent } from '../../skill/narration/types';
import { allPreferences, describePrefs, measureHolds, spoken } from './helpers';

const sided = STRETCHES.filter((stretch) => stretch.sided);

describe('sided stretches', () => {
  it('exist in the catalog', () => {
    expect(sided.map((stretch) => stretch.id)).toEqual(
      expect.arrayContaining(['knee-to-chest', 'seated-spinal-twist', 'thread-the-needle', 'piriformis-stretch', 'side-stretch']),
    );
  });

  for (const stretch of sided) {
    it(`${stretch.name}: right then left, each side the full hold and every rep, a separate switch gap`, () => {
      for (const prefs of allPreferences()) {
        const timeline = compileStretch(stretch.id, { preferences: prefs });
        const target = resolveHoldSeconds(stretch, prefs.holdLength);
        const reps = stretch.reps?.default ?? 1;
        const right = timeline.segments.filter((segment) => segment.side === 'right');
        const left = timeline.segments.filter((segment) => segment.side === 'left');
        expect(right.length, describePrefs(prefs)).toBeGreaterThan(0);
        expect(timeline.segments[0]?.side).toBe('right');
        expect(timeline.segments.at(-1)?.side).toBe('left');
        for (const side of [right, left]) {
          const holds = measureHolds(side.flatMap((segment) => segment.events), prefs.pace);
          expect(holds).toHaveLength(reps);
          for (const hold of holds) {
            expect(hold.target).toBe(target);
            expect(Math.abs(hold.measured - hold.target)).toBeLessThanOrEqual(hold.target * 0.1);
          }
        }
        const leftEvents: TimelineEvent[] = left.flatMap((segment) => segment.events);
        const firstHold = leftEvents.findIndex((event) => event.type === 'holdStart');
        const switchPauses = leftEvents
          .slice(0, firstHold)
          .filter((event): event is Extract<TimelineEvent, { type: 'pause' }> => event.type === 'pause' && event.purpose === 'switch');
        expect(switchPauses).toHaveLength(1);
        expect(switchPauses[0]!.seconds).toBeGreaterThanOrEqual(3);
        expect(switchPauses[0]!.seconds).toBeLessThanOrEqual(5);
        expect(spoken(leftEvents)[0]).toBe('Now the left side.');
      }
    });

    it(`${stretch.name}: re-speaks the steps for the left side with the sides swapped`, () => {
      const timeline = compileStretch(stretch.id, { preferences: allPreferences()[6]! });
      const rightText = spoken(timeline.segments.filter((s) => s.side === 'right').flatMap((s) => s.events)).join(' ');
      const leftText = spoken(timeline.segments.filter((s) => s.side === 'left').flatMap((s) => s.events)).join(' ');
      expect(rightText).not.toMatch(/\{side\}|\{other\}/);
      expect(leftText).not.toMatch(/\{side\}|\{other\}/);
      const sidedStep = stretch.setup.find((step) => step.includes('{side}'));
      if (sidedStep) {
        expect(rightText).toContain(sidedStep.replaceAll('{side}', 'right').replaceAll('{other}', 'left'));
        expect(leftText).toContain(sidedStep.replaceAll('{side}', 'left').replaceAll('{other}', 'right'));
      }
    });
  }

  it('counts repetitions on each side and rests between them', () => {
    const timeline = compileStretch('thread-the-needle', {
      preferences: { holdLength: 'standard', pace: 'normal', cueStyle: 'voice' },
    });
    const rightText = spoken(timeline.segments[0]!.events);
    expect(rightText).toContain('Second and last.');
    const restPauses = timeline.segments[0]!.events.filter((event) => event.type === 'pause' && event.purpose === 'rest');
    expect(restPauses.length).toBe(1);
  });
});
