/**
 * The fast tier's file order: the files that took longest last time start first, so the two
 * workers end together instead of one finishing a long file alone (the times are this
 * checkout's own, test-results/file-times-fast.json, written by the timing reporter). Files
 * with no time yet (new ones) go first. Which worker runs a file still depends on which is free.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { readFileTimes } from './timing-reporter';

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const times = readFileTimes('fast');
    if (Object.keys(times).length === 0) return super.sort(files);
    const root = this.ctx.config.root;
    const timeOf = (spec: TestSpecification) => times[relative(root, spec.moduleId)] ?? Number.POSITIVE_INFINITY;
    return [...files].sort((a, b) => {
      const [ta, tb] = [timeOf(a), timeOf(b)];
      if (ta === tb) return a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0;
      return tb > ta ? 1 : -1;
    });
  }
}
