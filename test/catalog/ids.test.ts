import { describe, expect, it } from 'vitest';
import { ROUTINES, STRETCHES } from '../../skill/catalog';

/** The stretches and routines the guide names (shared/guide/README.md), in its order. */
const GUIDE_STRETCHES = [
  "Child's Pose",
  'Cat-Cow',
  'Knee-to-Chest',
  'Seated Spinal Twist',
  'Thread the Needle',
  'Sphinx Pose',
  'Piriformis Stretch',
  'Standing Back Extension',
  'Side Stretch',
  'Pelvic Tilts',
];

describe('catalog ids', () => {
  it("begin with the guide's stretches, in its order, each id the name in URL form", () => {
    // A stretch added from elsewhere comes after the guide's (the next guideOrder).
    expect(STRETCHES.slice(0, GUIDE_STRETCHES.length).map((s) => s.name)).toEqual(GUIDE_STRETCHES);
    for (const stretch of STRETCHES) {
      expect(stretch.id).toBe(stretch.name.toLowerCase().replace(/'/g, '').replace(/[^a-z]+/g, '-'));
    }
  });

  it("include the guide's two routines, and every routine id is its own", () => {
    const names = ROUTINES.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Basic Daily Routine', 'Comprehensive Routine']));
    expect(new Set(ROUTINES.map((r) => r.id)).size).toBe(ROUTINES.length);
  });
});
