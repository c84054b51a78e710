/**
 * The fast tier's global setup: the slow pure builds its workers share (every timeline, the
 * en-US interaction model) are made here once, in the main process, before the workers start.
 * On a miss (a fresh clone, or an edit to a file they are built from) both workers would
 * otherwise build the same thing at the same time; this way one core builds while the other
 * type-checks, and every worker reads the stored result (test/support/built-once.ts).
 */
export default async function prebuild(): Promise<void> {
  process.env.BUILT_ONCE_DIR ??= 'test-results/built-once';
  const { everyTimeline } = await import('../narration/helpers');
  const { builtInteractionModel } = await import('./built-model');
  everyTimeline();
  builtInteractionModel('en-US');
}
