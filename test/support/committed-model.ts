/**
 * The committed interaction model (skill/package/interactionModels/custom/en-US.json): what
 * `npm run talk` and Alexa use. One copy per test worker, frozen so no test can change it for
 * the others: the utterance matcher keeps its compiled form per model object, so the files of a
 * worker compile it once instead of once each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModelFile } from '../../skill/package/model-types';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const COMMITTED_MODEL: InteractionModelFile = deepFreeze(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'skill', 'package', 'interactionModels', 'custom', 'en-US.json'), 'utf8')) as InteractionModelFile,
);
