/** Lengths of time and counts as the pages write them: "30 seconds", "1 min 30 s", "about 4 minutes", "2–3". */

/** 30 -> "30 seconds", 60 -> "1 minute", 120 -> "2 minutes", 90 -> "1 min 30 s". */
export function seconds(total: number): string {
  if (total < 60) return `${total} ${total === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  if (rest === 0) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  return `${minutes} min ${rest} s`;
}

/** "20–30 seconds" (both under a minute). */
export function secondsRange(min: number, max: number): string {
  return `${min}–${max} seconds`;
}

/** "1–2 minutes" (both whole minutes). */
export function minutesRange(min: number, max: number): string {
  return `${min}–${max} minutes`;
}

/** Two lengths already in words: "30 seconds to 2 minutes". */
export function lengthRange(from: string, to: string): string {
  return `${from} to ${to}`;
}

/** A count range: "2–3". */
export function countRange(min: number, max: number): string {
  return `${min}–${max}`;
}

/** An estimated total, rounded for people: "about 4 minutes", "about 45 seconds". */
export function about(total: number): string {
  if (total < 60) return `about ${Math.max(5, Math.round(total / 5) * 5)} seconds`;
  const minutes = Math.round(total / 60);
  return `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
