/**
 * Which setup steps to speak for the chosen version of a stretch.
 *
 * A variation either starts from a different position (the chair twist, seated cat-cow:
 * the catalog marks it `replacesSetup`), and then its steps replace the setup, or it
 * adjusts the usual position (a pillow under the hips, a towel behind the thigh, both
 * knees), and then its steps follow the setup.
 */
import type { Stretch, Variant, Variation } from '../catalog/types';
import { textsFor, type Texts } from '../text/locale';

export interface ChosenVersion {
  /** What the person actually gets (falls back to standard when the stretch has no such version). */
  variant: Variant;
  variation?: Variation;
  /** Spoken once, before the steps: which version this is, or why it is the standard one. */
  announcement?: string;
  /** Setup steps to speak, before side filling. */
  steps: string[];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function chooseVersion(stretch: Stretch, requested: Variant = 'standard', texts: Texts = textsFor(undefined)): ChosenVersion {
  if (requested === 'standard') return { variant: 'standard', steps: [...stretch.setup] };
  const variation = requested === 'easier' ? stretch.modifications[0] : stretch.advanced;
  if (!variation) {
    return {
      variant: 'standard',
      announcement: texts.narration.noVersion[requested],
      steps: [...stretch.setup],
    };
  }
  const steps = variation.replacesSetup
    ? [...variation.steps]
    : [...stretch.setup, ...variation.steps];
  return {
    variant: requested,
    variation,
    announcement: texts.narration.versionAnnouncement[requested](lowerFirst(variation.name)),
    steps,
  };
}
