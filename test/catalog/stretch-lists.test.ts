/**
 * A stretch is its own three files (structure, words, drawing); the lists of them are written by
 * scripts/stretch-lists.ts (`npm run generate:model`). The committed lists must be what it
 * writes (eleventh-stretch.slow.test.ts shows the recipe on a temporary copy).
 */
import { describe, expect, it } from 'vitest';
import { staleStretchLists } from '../../scripts/stretch-lists';

/** Imported in the test, so a stale list that breaks the catalog still gets the first test's answer. */
async function theCatalog() {
  const [{ DRAWN_POSES }, { STRETCH_STRUCTURES }, { STRETCH_IDS }, { pageTextsFor }, { illustrationPoses }] = await Promise.all([
    import('../../skill/catalog/drawings'),
    import('../../skill/catalog/stretches/index'),
    import('../../skill/catalog/types'),
    import('../../skill/text/page-locale'),
    import('../../web/illustrations'),
  ]);
  return { DRAWN_POSES, STRETCH_STRUCTURES, STRETCH_IDS, pageTextsFor, illustrationPoses };
}

describe('the stretch lists', () => {
  it('are what scripts/stretch-lists.ts writes from the stretch folders (run npm run generate:model)', async () => {
    expect(await staleStretchLists()).toEqual([]);
  });

  it("keep the guide's order, and each stretch's drawn poses are drawn and worded", async () => {
    const { DRAWN_POSES, STRETCH_STRUCTURES, STRETCH_IDS, pageTextsFor, illustrationPoses } = await theCatalog();
    expect(STRETCH_STRUCTURES.map((s) => s.id)).toEqual([...STRETCH_IDS]);
    expect(STRETCH_STRUCTURES.map((s) => s.guideOrder)).toEqual(STRETCH_IDS.map((_, i) => i + 1));
    const words = pageTextsFor(undefined).web.drawings.POSES;
    for (const id of STRETCH_IDS) {
      expect(illustrationPoses(id), id).toEqual([...DRAWN_POSES[id]]);
      expect(Object.keys(words[id]), id).toEqual([...DRAWN_POSES[id]]);
      for (const pose of DRAWN_POSES[id]) expect(words[id][pose]?.desc, `${id} ${pose}`).toMatch(/\w/);
    }
  });
});
