/** How long something takes, as said in a sentence ("about 12 minutes"). */

export const LESS_THAN_A_MINUTE = 'less than a minute';
export const ABOUT_A_MINUTE = 'about a minute';
export function aboutMinutes(minutes: number): string {
  return `about ${minutes} minutes`;
}
