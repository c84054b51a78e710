import { describe, expect, it } from 'vitest';
import { STRETCHES, STRETCH_IDS, fillSide, getStretch } from '../../skill/catalog';
import type { StretchId, StretchKind } from '../../skill/catalog';

/**
 * The guide's fact table (/work/shared/guide/README.md), written out by hand:
 * hold and reps ranges in seconds / counts, per side for sided stretches. The guide has these
 * ten; a stretch added from elsewhere has no guide facts to keep (the rules below still hold).
 */
const GUIDE: Partial<Record<StretchId, { kind: StretchKind; sided: boolean; hold?: [number, number]; reps?: [number, number] }>> = {
  'childs-pose': { kind: 'static-hold', sided: false, hold: [30, 120] },
  'cat-cow': { kind: 'breath-flow', sided: false, reps: [10, 20] },
  'knee-to-chest': { kind: 'static-hold', sided: true, hold: [20, 30], reps: [2, 3] },
  // One hold each side in the instructions; the guide's daily routine asks for 2 per side.
  'seated-spinal-twist': { kind: 'static-hold', sided: true, hold: [20, 30], reps: [1, 2] },
  'thread-the-needle': { kind: 'static-hold', sided: true, hold: [20, 30], reps: [2, 3] },
  'sphinx-pose': { kind: 'static-hold', sided: false, hold: [30, 60] },
  'piriformis-stretch': { kind: 'static-hold', sided: true, hold: [20, 30], reps: [2, 3] },
  'standing-back-extension': { kind: 'short-holds', sided: false, hold: [5, 10], reps: [5, 10] },
  'side-stretch': { kind: 'static-hold', sided: true, hold: [15, 20], reps: [2, 3] },
  'pelvic-tilts': { kind: 'paired-holds', sided: false, hold: [5, 5], reps: [10, 15] },
};

describe('the ten stretches', () => {
  it('come in the guide order, one per id', () => {
    expect(STRETCHES.map((s) => s.id)).toEqual([...STRETCH_IDS]);
  });

  it("has every stretch of the guide, first and in the guide's order", () => {
    expect(STRETCH_IDS.slice(0, Object.keys(GUIDE).length)).toEqual(Object.keys(GUIDE));
  });

  for (const id of STRETCH_IDS) {
    const facts = GUIDE[id];
    describe(id, () => {
      const stretch = getStretch(id);

      if (facts) it('has the guide kind and sides', () => {
        expect(stretch.kind).toBe(facts.kind);
        expect(stretch.sided).toBe(facts.sided);
      });

      if (facts) it("has the guide's hold and reps, with defaults inside them", () => {
        if (facts.hold) {
          expect([stretch.hold?.min, stretch.hold?.max]).toEqual(facts.hold);
          expect(stretch.hold!.default).toBeGreaterThanOrEqual(facts.hold[0]);
          expect(stretch.hold!.default).toBeLessThanOrEqual(facts.hold[1]);
        } else {
          expect(stretch.hold).toBeUndefined();
        }
        if (facts.reps) {
          expect([stretch.reps?.min, stretch.reps?.max]).toEqual(facts.reps);
          expect(stretch.reps!.default).toBeGreaterThanOrEqual(facts.reps[0]);
          expect(stretch.reps!.default).toBeLessThanOrEqual(facts.reps[1]);
        } else {
          expect(stretch.reps).toBeUndefined();
        }
      });

      it('offers at least one easier version and 3-6 short hold cues', () => {
        expect(stretch.modifications.length).toBeGreaterThan(0);
        expect(stretch.holdCues.length).toBeGreaterThanOrEqual(3);
        expect(stretch.holdCues.length).toBeLessThanOrEqual(6);
        for (const cue of stretch.holdCues) expect(cue.split(/\s+/).length).toBeLessThanOrEqual(10);
      });
    });
  }

  it('uses the defaults we chose to narrate', () => {
    expect(getStretch('childs-pose').hold?.default).toBe(60);
    expect(getStretch('cat-cow').reps?.default).toBe(15);
    expect(getStretch('seated-spinal-twist').reps?.default).toBe(1);
  });

  it('keeps the guide modifications, variations and caution', () => {
    const child = getStretch('childs-pose').modifications.map((m) => m.steps.join(' ').toLowerCase());
    expect(child.some((s) => s.includes('pillow'))).toBe(true);
    expect(child.some((s) => s.includes('towel') && s.includes('knees'))).toBe(true);

    const knee = getStretch('knee-to-chest').advanced;
    expect(knee?.name).toMatch(/both knees/i);
    expect(knee?.steps.join(' ')).toMatch(/\{other\} knee in as well/);

    const twist = getStretch('seated-spinal-twist');
    expect(twist.deskFriendly).toBe(true);
    expect(twist.modifications[0]?.deskFriendly).toBe(true);
    expect(twist.modifications[0]?.steps.join(' ')).toMatch(/sideways on a chair/i);
    expect(twist.modifications[0]?.steps.join(' ')).toMatch(/chair back/i);

    const sphinx = getStretch('sphinx-pose');
    expect(sphinx.caution).toMatch(/sharp pain/i);
    expect(sphinx.caution).toMatch(/lift less/i);
    expect(sphinx.caution).toMatch(/skip/i);
    expect(sphinx.modifications[0]?.name).toMatch(/lower lift/i);
  });

  it('start sided stretches on the right and name the other side for the supporting limb', () => {
    const knee = getStretch('knee-to-chest');
    const right = knee.setup.map((s) => fillSide(s, 'right'));
    expect(right).toContain('Draw your right knee toward your chest.');
    expect(right).toContain('Keep your left foot on the floor.');
    const left = getStretch('thread-the-needle').setup.map((s) => fillSide(s, 'left'));
    expect(left).toContain('Slide your left arm under your right arm, palm up.');
  });

  it('describes breath-flow and paired holds with two phases', () => {
    const catCow = getStretch('cat-cow');
    expect(catCow.phases?.map((p) => p.name)).toEqual(['Cow', 'Cat']);
    expect(catCow.phases?.[0].cue).toMatch(/^Breathe in/);
    expect(catCow.phases?.[1].cue).toMatch(/^Breathe out/);
    expect(getStretch('pelvic-tilts').phases).toHaveLength(2);
  });

  it('has lower-case synonyms without punctuation, claimed by one stretch only', () => {
    const owner = new Map<string, StretchId>();
    for (const stretch of STRETCHES) {
      for (const synonym of stretch.synonyms) {
        expect(synonym).toMatch(/^[a-z0-9' ]+$/);
        expect(owner.get(synonym) ?? stretch.id).toBe(stretch.id);
        owner.set(synonym, stretch.id);
      }
    }
    // Different poses are not claimed.
    for (const other of ['pigeon', 'cobra', 'pigeon pose', 'cobra pose']) expect(owner.has(other)).toBe(false);
  });
});
