/**
 * Reading the coach's built-in slots: a score (AMAZON.NUMBER: "6"; the simulator and some
 * devices give the words, "six") and a time of day (AMAZON.TIME: "08:00", "20:30", or MO/AF/EV/NI
 * for morning, afternoon, evening, night; raw words like "eight in the evening" also work).
 */
import type { Intent } from 'ask-sdk-model';
import type { DailyTime } from '../reminders/client';
import type { Texts } from '../responses/texts';

function slotValue(intent: Intent | undefined, name: string): string | undefined {
  const raw: unknown = intent?.slots?.[name]?.value;
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim().toLowerCase() : undefined;
}

/** The score said, rounded to a whole number; undefined when none was heard or it is not a number. */
export function readScore(intent: Intent | undefined, texts: Texts): { score?: number; heard: boolean; words?: string } {
  const { NUMBER_WORDS } = texts.heard;
  const value = slotValue(intent, 'score');
  if (value === undefined) return { heard: false };
  const numeric = Number(value.replace(',', '.'));
  if (Number.isFinite(numeric)) return { score: Math.round(numeric), heard: true, words: value };
  const words = value.split(/[\s-]+/);
  let total: number | undefined;
  for (const word of words) {
    const n = NUMBER_WORDS[word];
    if (n === undefined) continue;
    total = (total ?? 0) + n;
  }
  return { score: total, heard: true, words: value };
}

const PERIODS: Record<string, DailyTime> = { mo: { hour: 8, minute: 0 }, af: { hour: 14, minute: 0 }, ev: { hour: 19, minute: 0 }, ni: { hour: 21, minute: 0 } };

/** The words of the day's half written straight after the digits ("7pm") as words of their own ("7 pm"). */
function apartFromDigits(value: string, halfWords: readonly string[]): string {
  const escaped = [...halfWords].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length === 0) return value;
  return value.replace(new RegExp(`(\\d)(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), '$1 $2');
}

/** The time of day said, or undefined when none was heard or it is not a time. */
export function readTime(intent: Intent | undefined, texts: Texts): DailyTime | undefined {
  const { AFTER_NOON_WORDS, BEFORE_NOON_WORD, NUMBER_WORDS } = texts.heard;
  const value = slotValue(intent, 'time');
  if (value === undefined) return undefined;
  const period = PERIODS[value];
  if (period) return period;
  const clock = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (clock) {
    const hour = Number(clock[1]);
    const minute = Number(clock[2]);
    return hour < 24 && minute < 60 ? { hour, minute } : undefined;
  }
  // Raw words: "eight", "eight thirty", "7 pm", "7pm", "eight in the evening".
  const words = apartFromDigits(value, [...AFTER_NOON_WORDS, BEFORE_NOON_WORD]).replace(/[.:]/g, ' ').split(/\s+/);
  const numbers: number[] = [];
  for (const word of words) {
    const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (n !== undefined) numbers.push(n);
  }
  const first = numbers[0];
  if (first === undefined || first > 23) return undefined;
  const minute = numbers.slice(1).reduce((a, b) => a + b, 0);
  if (minute > 59) return undefined;
  const evening = words.some((w) => AFTER_NOON_WORDS.includes(w));
  const hour = evening && first < 12 ? first + 12 : !evening && first === 12 && words.includes(BEFORE_NOON_WORD) ? 0 : first;
  return { hour, minute };
}
