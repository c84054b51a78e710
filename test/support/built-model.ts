/**
 * The generated skill package for the tests, built once for the fast tier (test/support/built-once.ts):
 * the interaction model of a locale, the package files and their problems, each exactly what
 * skill/package/ builds from the current sources.
 */
import { buildInteractionModel, type Locale } from '../../skill/package/build-model';
import type { Deployment } from '../../skill/package/deployment';
import { readDeployment } from '../../scripts/package-io';
import type { InteractionModelFile } from '../../skill/package/model-types';
import { buildPackageFiles, packageProblems, type PackageFile } from '../../skill/package/package-files';
import { builtOnce } from './built-once';

/** This file: its imports reach every source the builds below read. */
const SOURCES = ['test/support/built-model.ts'];

/** The committed deployment, skill/deployment.json (placeholders until `npm run stamp:endpoint`). */
export function committedDeployment(): Deployment {
  return readDeployment();
}

/** buildInteractionModel(locale): a fresh copy each call. */
export function builtInteractionModel(locale: Locale): InteractionModelFile {
  return builtOnce(`interaction-model-${locale}`, SOURCES, () => buildInteractionModel(locale));
}

/** buildPackageFiles(deployment). */
export function builtPackageFiles(deployment: Deployment): PackageFile[] {
  return builtOnce('package-files', SOURCES, () => buildPackageFiles(deployment), deployment);
}

/** packageProblems(deployment). */
export function builtPackageProblems(deployment: Deployment): string[] {
  return builtOnce('package-problems', SOURCES, () => packageProblems(deployment), deployment);
}
