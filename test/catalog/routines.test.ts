import { describe, expect, it } from 'vitest';
import { ROUTINES, ROUTINE_IDS, STRETCH_IDS, getRoutine, getStretch } from '../../skill/catalog';

describe('routines', () => {
  it('has one routine per id, in order', () => {
    expect(ROUTINES.map((r) => r.id)).toEqual([...ROUTINE_IDS]);
  });

  it("keeps the guide's basic daily routine exactly", () => {
    const daily = getRoutine('basic-daily');
    expect(daily.fromGuide).toBe(true);
    expect(daily.guideMinutes).toEqual({ min: 10, max: 15 });
    expect(daily.items).toEqual([
      { stretchId: 'childs-pose', holdSeconds: 60 },
      { stretchId: 'cat-cow', reps: 15 },
      { stretchId: 'knee-to-chest', holdSeconds: 25, reps: 2 },
      { stretchId: 'seated-spinal-twist', holdSeconds: 25, reps: 2 },
      { stretchId: 'pelvic-tilts', reps: 10 },
    ]);
    // The guide gives no hold for these two here; 25 s is the middle of their own 20-30 s.
    for (const id of ['knee-to-chest', 'seated-spinal-twist'] as const) {
      expect(getStretch(id).hold!.min).toBeLessThanOrEqual(20);
    }
  });

  describe('comprehensive', () => {
    const full = getRoutine('comprehensive');

    it("is from the guide, 20-30 minutes, all ten of the guide's stretches once each in guide order", () => {
      expect(full.fromGuide).toBe(true);
      expect(full.guideMinutes).toEqual({ min: 20, max: 30 });
      // The guide's ten, which come first in the catalog (test/catalog/ids.test.ts).
      expect(full.items.map((i) => i.stretchId)).toEqual(STRETCH_IDS.slice(0, 10));
    });

    it('does 2-3 sets of each: rounds of the whole stretch, or for one-sided stretches reps on each side', () => {
      for (const item of full.items) {
        const stretch = getStretch(item.stretchId);
        // A set of a one-sided stretch is one hold on each side, so its sets are its reps a side.
        const sets = stretch.sided ? (item.reps ?? stretch.reps!.default) * (item.sets ?? 1) : item.sets ?? 1;
        expect(sets, stretch.id).toBeGreaterThanOrEqual(2);
        expect(sets, stretch.id).toBeLessThanOrEqual(3);
        if (stretch.sided) expect(item.sets ?? 1, stretch.id).toBe(1);
      }
    });

    it("holds static stretches 30-60 s where the stretch allows, else at the stretch's maximum", () => {
      for (const item of full.items) {
        const stretch = getStretch(item.stretchId);
        if (stretch.kind !== 'static-hold') continue;
        const hold = item.holdSeconds ?? stretch.hold!.default;
        expect(hold).toBeGreaterThanOrEqual(stretch.hold!.min);
        expect(hold).toBeLessThanOrEqual(stretch.hold!.max);
        if (stretch.hold!.max >= 30) {
          expect(hold).toBeGreaterThanOrEqual(30);
          expect(hold).toBeLessThanOrEqual(60);
        } else {
          expect(hold).toBe(stretch.hold!.max);
        }
      }
    });

    it("does at least each dynamic stretch's own minimum in every set", () => {
      for (const id of ['cat-cow', 'standing-back-extension', 'pelvic-tilts'] as const) {
        const item = full.items.find((i) => i.stretchId === id)!;
        const stretch = getStretch(id);
        const perSet = item.reps ?? stretch.reps!.default;
        expect(perSet, id).toBeGreaterThanOrEqual(stretch.reps!.min);
        expect(perSet, id).toBeLessThanOrEqual(stretch.reps!.max);
        expect(perSet * (item.sets ?? 1), id).toBeGreaterThanOrEqual(10);
      }
    });
  });

  it('keeps the desk break to desk-friendly stretches done standing or on a chair', () => {
    const desk = getRoutine('desk-break');
    expect(desk.fromGuide).toBe(false);
    expect(desk.items.length).toBeGreaterThan(0);
    for (const item of desk.items) {
      const stretch = getStretch(item.stretchId);
      expect(stretch.deskFriendly).toBe(true);
      const version = item.variant === 'easier' ? stretch.modifications[0]! : undefined;
      if (version) expect(version.deskFriendly).toBe(true);
      else expect(['standing', 'seated']).toContain(stretch.startPosition);
      const steps = (version?.steps ?? stretch.setup).join(' ');
      expect(steps).not.toMatch(/\b(lie|kneel|hands and knees)\b/i);
    }
    expect(desk.items.map((i) => i.stretchId)).toContain('seated-spinal-twist');
  });

  it('keeps bedtime gentle: no standing stretches, no backbends', () => {
    const bed = getRoutine('bedtime');
    for (const item of bed.items) {
      const stretch = getStretch(item.stretchId);
      expect(stretch.startPosition).not.toBe('standing');
      expect(stretch.id).not.toBe('sphinx-pose');
    }
    expect(bed.items.map((i) => i.stretchId)).toEqual(
      expect.arrayContaining(['childs-pose', 'knee-to-chest', 'piriformis-stretch']),
    );
  });

  it('never asks for numbers outside a stretch range, counting every set', () => {
    for (const routine of ROUTINES) {
      for (const item of routine.items) {
        const stretch = getStretch(item.stretchId);
        if (item.holdSeconds !== undefined) {
          expect(item.holdSeconds, `${routine.id} ${stretch.id}`).toBeGreaterThanOrEqual(stretch.hold!.min);
          expect(item.holdSeconds, `${routine.id} ${stretch.id}`).toBeLessThanOrEqual(stretch.hold!.max);
        }
        if (item.reps !== undefined) {
          // The stretch's range bounds each set (the guide's routines repeat a whole set).
          expect(item.reps, `${routine.id} ${stretch.id}`).toBeGreaterThanOrEqual(stretch.reps?.min ?? 1);
          expect(item.reps, `${routine.id} ${stretch.id}`).toBeLessThanOrEqual(stretch.reps?.max ?? 1);
        }
      }
    }
  });

  it('has unique lower-case synonyms across routines', () => {
    const owner = new Map<string, string>();
    for (const routine of ROUTINES) {
      for (const s of routine.synonyms) {
        expect(s).toMatch(/^[a-z0-9' ]+$/);
        expect(owner.get(s) ?? routine.id).toBe(routine.id);
        owner.set(s, routine.id);
      }
    }
  });
});
