/** The stretch card in the Alexa app: the lines around the catalog's own steps. */

/** "20 seconds", "20-30 seconds". */
function range(min: number, max: number, unit: string): string {
  return min === max ? `${min} ${unit}` : `${min}-${max} ${unit}`;
}

export function holdLine(hold: { min: number; max: number }, sided: boolean): string {
  return `Hold: ${range(hold.min, hold.max, 'seconds')}${sided ? ' each side' : ''}.`;
}

export function repeatLine(reps: { min: number; max: number }, sided: boolean): string {
  return `Repeat: ${range(reps.min, reps.max, 'times')}${sided ? ' each side' : ''}.`;
}

/** Sided stretches are written for the right side first. */
export const START_RIGHT_SIDE = 'Start on the right side, then do the left.';

/** "1. Kneel on all fours." */
export function numberedStep(number: number, step: string): string {
  return `${number}. ${step}`;
}

export function cautionLine(caution: string): string {
  return `Caution: ${caution}`;
}

/** Where the stretch is on the companion page. */
export function seeItAt(url: string): string {
  return `See it at ${url}`;
}
