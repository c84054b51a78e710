/**
 * Which setup steps to speak for the chosen version of a stretch.
 *
 * A variation either starts from a different position (the chair twist, seated cat-cow:
 * its first step puts you somewhere new), and then its steps replace the setup, or it
 * adjusts the usual position (a pillow under the hips, a towel behind the thigh, both
 * knees), and then its steps follow the setup.
 */
import type { Stretch, Variation } from '../catalog/types';

export type VariantChoice = 'standard' | 'easier' | 'harder';

export interface ChosenVersion {
  /** What the person actually gets (falls back to standard when the stretch has no such version). */
  variant: VariantChoice;
  variation?: Variation;
  /** Spoken once, before the steps: which version this is, or why it is the standard one. */
  announcement?: string;
  /** Setup steps to speak, before side filling. */
  steps: string[];
}

/** First words that put the body in a new starting position. */
const NEW_POSITION = /^(sit|stand|lie|kneel|come onto|get onto|start on|begin on)\b/i;

export function replacesSetup(variation: Variation): boolean {
  const first = variation.steps[0] ?? '';
  return NEW_POSITION.test(first.trim());
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function chooseVersion(stretch: Stretch, requested: VariantChoice = 'standard'): ChosenVersion {
  if (requested === 'standard') return { variant: 'standard', steps: [...stretch.setup] };
  const variation = requested === 'easier' ? stretch.modifications[0] : stretch.advanced;
  if (!variation) {
    return {
      variant: 'standard',
      announcement: `This one has no ${requested} version, so we'll do the usual one.`,
      steps: [...stretch.setup],
    };
  }
  const steps = replacesSetup(variation)
    ? [...variation.steps]
    : [...stretch.setup, ...variation.steps];
  return {
    variant: requested,
    variation,
    announcement: `This is the ${requested} version: ${lowerFirst(variation.name)}.`,
    steps,
  };
}
