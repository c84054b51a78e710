/**
 * What the coach says between responses: one short, varied question at each boundary, what
 * "no" leads to, pausing and coming back, the end of a session. Our words.
 */

/** Opens a segment played after a break: the setup is done again from the start. */
export function backIntoPosition(where: string): string {
  return `Let's get back into position for ${where}.`;
}
