/**
 * The fast tier's global setup: the slow pure builds its workers share (every timeline, the
 * interaction model of every locale, the package files and their problems for the committed
 * deployment) are made here once, in the main process, before the workers start.
 * On a miss (a fresh clone, or an edit to a file they are built from) both workers would
 * otherwise build the same thing at the same time (the model builds once per process, and every
 * locale's model, the package files and their problems are separate results); this way one
 * process builds while the other core type-checks, and every worker reads the stored result
 * (test/support/built-once.ts). (Building the models in a second process at the same time
 * waited less in isolation, but cost a process's start and took the core the typecheck uses
 * here, which then competed with the workers.)
 */
export default async function prebuild(): Promise<void> {
  process.env.BUILT_ONCE_DIR ??= 'test-results/built-once';
  const { everyTimeline } = await import('../narration/helpers');
  const { builtInteractionModel, builtPackageFiles, builtPackageProblems, committedDeployment } = await import('./built-model');
  const { LOCALES } = await import('../../skill/package/intents');
  everyTimeline();
  for (const locale of LOCALES) builtInteractionModel(locale);
  builtPackageFiles(committedDeployment());
  builtPackageProblems(committedDeployment());
}
