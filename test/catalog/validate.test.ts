import { describe, expect, it } from 'vitest';
import { ROUTINES, SAFETY, STRETCHES, validateCatalog } from '../../skill/catalog';
import type { CatalogData, Routine, Stretch } from '../../skill/catalog';

/** A deep copy of the real catalog, to break one thing at a time. */
function copy(): { stretches: Stretch[]; routines: Routine[]; safety: CatalogData['safety'] } {
  return structuredClone({ stretches: [...STRETCHES], routines: [...ROUTINES], safety: SAFETY });
}

describe('validateCatalog', () => {
  it('finds no problem in the catalog', () => {
    expect(validateCatalog()).toEqual([]);
  });

  it('reports a synonym claimed by two stretches', () => {
    const c = copy();
    c.stretches[1]!.synonyms.push('child pose');
    expect(validateCatalog(c).join('\n')).toMatch(/child pose.*cat-cow|cat-cow.*child pose/);
  });

  it('reports a synonym with punctuation or capitals', () => {
    const c = copy();
    c.stretches[1]!.synonyms.push('Cat-Cow!');
    expect(validateCatalog(c).join('\n')).toMatch(/Cat-Cow!/);
  });

  it('reports a default outside its range', () => {
    const c = copy();
    c.stretches[0]!.hold = { min: 30, max: 120, default: 150 };
    expect(validateCatalog(c).join('\n')).toMatch(/childs-pose hold: default 150/);
  });

  it('reports a routine hold outside the stretch range', () => {
    const c = copy();
    c.routines[1]!.items[2] = { stretchId: 'knee-to-chest', holdSeconds: 45, reps: 2, sets: 2 };
    expect(validateCatalog(c).join('\n')).toMatch(/knee-to-chest hold 45 s is outside/);
  });

  it('reports routine reps a set outside the stretch range', () => {
    const c = copy();
    c.routines[1]!.items[9] = { stretchId: 'pelvic-tilts', reps: 5, sets: 2 };
    expect(validateCatalog(c).join('\n')).toMatch(/pelvic-tilts reps 5 a set is outside the guide's 10-15/);
  });

  it('reports an unknown stretch in a routine', () => {
    const c = copy();
    // @ts-expect-error: deliberately not a stretch id
    c.routines[0]!.items.push({ stretchId: 'downward-dog' });
    expect(validateCatalog(c).join('\n')).toMatch(/unknown stretch downward-dog/);
  });

  it('reports a side placeholder in an unsided stretch, and a sided stretch without one', () => {
    const c = copy();
    c.stretches[0]!.setup.push('Lift your {side} arm.');
    const knee = c.stretches[2]!;
    const strip = (t: string) => t.replaceAll('{side}', 'right').replaceAll('{other}', 'left');
    knee.setup = knee.setup.map(strip);
    knee.release = knee.release.map(strip);
    knee.holdCues = knee.holdCues.map(strip);
    knee.repCue = strip(knee.repCue ?? '');
    knee.feel = strip(knee.feel ?? '');
    knee.modifications = knee.modifications.map((m) => ({ ...m, steps: m.steps.map(strip) }));
    const problems = validateCatalog(c).join('\n');
    expect(problems).toMatch(/childs-pose: setup\[\d+\] uses a side placeholder/);
    expect(problems).toMatch(/knee-to-chest: sided stretch never says \{side\}/);
  });

  it('reports a stretch without an easier version and empty text', () => {
    const c = copy();
    c.stretches[5]!.modifications = [];
    c.stretches[6]!.summary = ' ';
    const problems = validateCatalog(c).join('\n');
    expect(problems).toMatch(/sphinx-pose: needs at least one easier modification/);
    expect(problems).toMatch(/piriformis-stretch: summary is empty/);
  });

  it('reports a floor stretch in the desk break', () => {
    const c = copy();
    c.routines[2]!.items.push({ stretchId: 'childs-pose' });
    expect(validateCatalog(c).join('\n')).toMatch(/desk-break: childs-pose as narrated cannot be done at a desk/);
  });
});
