/** Breath-paced moves (cat cow): the moves taught once before the flow, then one rhythm. */

/** The two halves of a breath, opening each short cue of a flow ("Breathe in. Cow."). */
export const BREATHE_IN = 'Breathe in.';
export const BREATHE_OUT = 'Breathe out.';

/** Before the flow: the two moves, each said once in full. */
export const FLOW_PREVIEW = 'The two moves:';
/** After the preview, when the breathing starts. */
export const FLOW_START = 'Now with your breath.';
/** Back into a flow after a split: "Cycle six of fifteen." */
export function flowCycleLine(cycle: string, total: string): string {
  return `Cycle ${cycle} of ${total}.`;
}
