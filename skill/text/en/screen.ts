/** Words on the Echo Show screen beside the narration. */
export const SCREEN_RELEASE = 'Release';
export const SCREEN_PAUSED = 'Paused';
export function screenHoldLabel(seconds: number): string {
  return `Hold ${seconds} seconds`;
}
/** The countdown as it runs: "Hold 17 s". */
export const SCREEN_HOLD_PREFIX = 'Hold ';
export const SCREEN_SECONDS_SUFFIX = ' s';
