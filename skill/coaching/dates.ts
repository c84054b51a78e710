/** Calendar arithmetic on YYYY-MM-DD strings (UTC days, like the rest of the skill). */

const DAY_MS = 24 * 60 * 60 * 1000;

function toDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/** The date `days` days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date((toDay(date) + days) * DAY_MS).toISOString().slice(0, 10);
}
