/**
 * Less talking where the person already knows what to do: the second side, later reps and
 * later sets of a stretch, and the stretch summaries inside a routine.
 */
import { RELEASE_CUES } from '../../skill/text/en/holds';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, ROUTINES, STRETCHES, fillSide, hasSidePlaceholder } from '../../skill/catalog';
import { compileRoutine, compileStretch, PACING } from '../../skill/narration';
import { allEvents, spoken } from './helpers';

const sided = STRETCHES.filter((stretch) => stretch.sided);

describe('the second side', () => {
  for (const stretch of sided) {
    it(`${stretch.name}: repeats only the steps that change with the side`, () => {
      const timeline = compileStretch(stretch.id, { preferences: DEFAULT_PREFERENCES });
      const right = spoken(timeline.segments.filter((s) => s.side === 'right').flatMap((s) => s.events));
      const left = spoken(timeline.segments.filter((s) => s.side === 'left').flatMap((s) => s.events));
      const sideSteps = stretch.setup.filter(hasSidePlaceholder);
      const sameSteps = stretch.setup.filter((step) => !hasSidePlaceholder(step));
      for (const step of stretch.setup) expect(right).toContain(fillSide(step, 'right'));
      if (sideSteps.length > 0 && !hasSidePlaceholder(stretch.setup[0]!)) {
        for (const step of sideSteps) expect(left).toContain(fillSide(step, 'left'));
        for (const step of sameSteps) expect(left, step).not.toContain(step);
      } else {
        for (const step of stretch.setup) expect(left).toContain(step);
      }
    });
  }

  it('gives the whole setup again when the starting position itself changes side (the chair twist)', () => {
    const twist = STRETCHES.find((s) => s.id === 'seated-spinal-twist')!;
    const chair = twist.modifications[0]!;
    expect(hasSidePlaceholder(chair.steps[0]!)).toBe(true);
    const timeline = compileRoutine('desk-break', { preferences: DEFAULT_PREFERENCES });
    const left = spoken(timeline.segments.filter((s) => s.stretchId === twist.id && s.side === 'left').flatMap((s) => s.events));
    for (const step of chair.steps) expect(left).toContain(fillSide(step, 'left'));
  });

  it('says what to feel once, on the first side', () => {
    for (const stretch of STRETCHES.filter((s) => s.feel)) {
      const texts = spoken(allEvents(compileStretch(stretch.id, { preferences: DEFAULT_PREFERENCES })));
      const feel = stretch.sided ? fillSide(stretch.feel!, 'right') : stretch.feel!;
      expect(texts.filter((text) => text === feel), stretch.id).toHaveLength(1);
      if (hasSidePlaceholder(stretch.feel!)) expect(texts).not.toContain(fillSide(stretch.feel!, 'left'));
    }
  });
});

describe('inside a routine', () => {
  it('names each stretch without its summary, while a stretch on its own keeps it', () => {
    for (const routine of ROUTINES) {
      const texts = spoken(allEvents(compileRoutine(routine.id, { preferences: DEFAULT_PREFERENCES })));
      for (const item of routine.items) {
        const stretch = STRETCHES.find((s) => s.id === item.stretchId)!;
        expect(texts, `${routine.id} ${stretch.id}`).not.toContain(stretch.summary);
      }
    }
    const alone = spoken(allEvents(compileStretch('knee-to-chest', { preferences: DEFAULT_PREFERENCES })));
    expect(alone).toContain(STRETCHES.find((s) => s.id === 'knee-to-chest')!.summary);
  });

  it('comes all the way out only after the last rep of a side, easing off between reps', () => {
    const knee = STRETCHES.find((s) => s.id === 'knee-to-chest')!;
    const right = compileStretch('knee-to-chest', { preferences: DEFAULT_PREFERENCES }).segments[0]!;
    const texts = spoken(right.events);
    const release = fillSide(knee.release[0]!, 'right');
    expect(texts.filter((text) => RELEASE_CUES.some((cue) => cue === text))).toHaveLength(2);
    expect(texts.filter((text) => text === release)).toHaveLength(1);
    expect(texts.lastIndexOf(release)).toBeGreaterThan(texts.lastIndexOf('Second and last.'));
  });

  it('brings the person back for a second set in one line, without the setup or the long cues again', () => {
    const timeline = compileRoutine('comprehensive', { preferences: DEFAULT_PREFERENCES });
    const childSecond = spoken(timeline.segments.find((s) => s.id === 'childs-pose/set-2')!.events);
    expect(childSecond.slice(0, 3)).toEqual(['Round two of two.', 'Come back into the stretch.', 'Hold.']);
    const catCow = STRETCHES.find((s) => s.id === 'cat-cow')!;
    const catSecond = spoken(timeline.segments.find((s) => s.id === 'cat-cow/set-2')!.events);
    expect(catSecond).not.toContain(catCow.phases![0].cue);
    expect(catSecond).not.toContain(catCow.setup[0]);
    expect(catSecond.filter((text) => text.startsWith('Breathe in.'))).toHaveLength(10);
  });

  it('keeps the calm pace: a settle before the first hold, breaths of a few seconds', () => {
    expect(PACING.normal.settle).toBeGreaterThanOrEqual(3);
    expect(PACING.slower.settle).toBeGreaterThan(PACING.normal.settle);
    expect(PACING.normal.breath).toBeGreaterThanOrEqual(3);
  });
});
