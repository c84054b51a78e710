/** The one question at launch: the most likely next thing. */

export function offerRoutine(routineName: string, duration: string): string {
  return `Would you like your ${routineName}, ${duration}?`;
}
export function offerRoutineReprompt(routineName: string): string {
  return `Say yes to start your ${routineName}, or name a stretch, like cat cow. Shall we start?`;
}
/** Already stretched today: something short. */
export const ALREADY_TODAY = "You've already stretched today. Nice work.";
export function offerShort(routineName: string, duration: string): string {
  return `Would you like a quick ${routineName}, ${duration}?`;
}
