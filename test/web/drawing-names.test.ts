/**
 * The drawing names the skill puts on the Echo Show screen (skill/catalog/drawings.ts) are
 * the companion app's: each one is a PNG the app serves, and the app's own naming agrees.
 */
import { describe, expect, it } from 'vitest';
import { allDrawingNames, DRAWN_POSES, drawingName, VERSION_POSES } from '../../skill/catalog/drawings';
import { STRETCH_IDS } from '../../skill/catalog/types';
import { app } from '../../web/app';
import { allIllustrations, illustrationName, illustrationPoses, variantPose } from '../../web/illustrations';

describe('drawing names', () => {
  it('every name the skill can produce is a large PNG the companion app serves', async () => {
    const names = allDrawingNames();
    expect(names).toEqual(expect.arrayContaining(['cat-cow', 'cat-cow-cat', 'knee-to-chest-left', 'pelvic-tilts-tilt-forward', 'seated-spinal-twist-chair-left']));
    for (const name of names) {
      const response = await app.request(`/illustrations/${name}-large.png`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe('image/png');
    }
  });

  it('the catalog table lists the drawn poses the app draws, main pose first, and the chair version', () => {
    for (const id of STRETCH_IDS) expect(illustrationPoses(id), id).toEqual([...DRAWN_POSES[id]]);
    for (const [id, versions] of Object.entries(VERSION_POSES)) {
      for (const [version, pose] of Object.entries(versions ?? {})) expect(variantPose(id as (typeof STRETCH_IDS)[number], version as 'easier' | 'harder')).toBe(pose);
    }
  });

  it("the app's illustrationName and the skill's drawingName agree for every drawing", () => {
    for (const { id, pose, side } of allIllustrations()) expect(illustrationName(id, pose, side)).toBe(drawingName({ id, pose, ...(side ? { side } : {}) }));
    expect(new Set(allIllustrations().map(({ id, pose, side }) => illustrationName(id, pose, side)))).toEqual(new Set(allDrawingNames()));
  });

  it('an unknown pose falls back to the main drawing; an unsided stretch has no left drawing', () => {
    expect(drawingName({ id: 'cat-cow', pose: 'tilt-back' })).toBe('cat-cow');
    expect(drawingName({ id: 'childs-pose', side: 'left' })).toBe('childs-pose');
  });
});
