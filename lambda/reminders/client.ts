/**
 * A small client for Alexa's Reminders API (`{apiEndpoint}/v1/alerts/reminders`), with the
 * request's apiAccessToken: create a daily reminder (SCHEDULED_ABSOLUTE, FREQ=DAILY, in the
 * device's time zone), list this skill's reminders, delete them. Outcomes, never throws:
 * 'no-permission' (401/403: ask for consent), 'failed' (anything else, with the reason logged
 * by the caller).
 */

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';
export const REMINDERS_TIMEOUT_MS = 2500;

export interface DailyTime {
  hour: number;
  minute: number;
}

export interface ReminderSummary {
  alertToken: string;
  /** The daily time, when the reminder is a daily one we can read. */
  time?: DailyTime;
  status?: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: 'no-permission' | 'failed'; detail: string };

export interface RemindersClient {
  createDaily(time: DailyTime, text: string, locale: string, now: Date): Promise<Outcome<{ alertToken: string }>>;
  list(): Promise<Outcome<ReminderSummary[]>>;
  remove(alertToken: string): Promise<Outcome<void>>;
}

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

const pad = (n: number) => String(n).padStart(2, '0');

/** Alexa's local date-time form (no zone: the device's own time zone applies). */
function localDateTime(date: Date, time: DailyTime): string {
  return `${date.toISOString().slice(0, 10)}T${pad(time.hour)}:${pad(time.minute)}:00.000`;
}

/** The request body for a reminder every day at `time`. */
export function dailyReminderBody(time: DailyTime, text: string, locale: string, now: Date): Record<string, unknown> {
  return {
    requestTime: now.toISOString().replace('Z', ''),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      recurrence: {
        startDateTime: localDateTime(now, time),
        recurrenceRules: [`FREQ=DAILY;BYHOUR=${time.hour};BYMINUTE=${time.minute};BYSECOND=0;INTERVAL=1;`],
      },
    },
    alertInfo: { spokenInfo: { content: [{ locale, text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

/** The daily time of a stored reminder, from its recurrence rule or its scheduled time. */
export function dailyTimeOf(alert: unknown): DailyTime | undefined {
  const trigger = (alert as { trigger?: { scheduledTime?: unknown; recurrence?: { recurrenceRules?: unknown } } } | undefined)?.trigger;
  const rules = trigger?.recurrence?.recurrenceRules;
  const rule = Array.isArray(rules) ? rules.find((r): r is string => typeof r === 'string') : undefined;
  if (rule) {
    const hour = /BYHOUR=(\d{1,2})/.exec(rule)?.[1];
    const minute = /BYMINUTE=(\d{1,2})/.exec(rule)?.[1];
    if (hour !== undefined) return { hour: Number(hour), minute: Number(minute ?? 0) };
  }
  const scheduled = typeof trigger?.scheduledTime === 'string' ? /T(\d{2}):(\d{2})/.exec(trigger.scheduledTime) : null;
  return scheduled ? { hour: Number(scheduled[1]), minute: Number(scheduled[2]) } : undefined;
}

export function createRemindersClient(apiEndpoint: string, apiAccessToken: string, fetchImpl: Fetch = fetch): RemindersClient {
  const base = `${apiEndpoint.replace(/\/$/, '')}/v1/alerts/reminders`;
  async function call(path: string, init: RequestInit): Promise<Outcome<unknown>> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        ...init,
        headers: { Authorization: `Bearer ${apiAccessToken}`, 'Content-Type': 'application/json', Accept: 'application/json' },
        signal: AbortSignal.timeout(REMINDERS_TIMEOUT_MS),
      });
    } catch (error) {
      return { ok: false, reason: 'failed', detail: error instanceof Error ? error.name : String(error) };
    }
    const body = await response.text().catch(() => '');
    if (response.status === 401 || response.status === 403) return { ok: false, reason: 'no-permission', detail: `HTTP ${response.status}` };
    if (!response.ok) return { ok: false, reason: 'failed', detail: `HTTP ${response.status}` };
    if (!body) return { ok: true, value: undefined };
    try {
      return { ok: true, value: JSON.parse(body) as unknown };
    } catch {
      return { ok: false, reason: 'failed', detail: 'not JSON' };
    }
  }
  return {
    async createDaily(time, text, locale, now) {
      const result = await call('', { method: 'POST', body: JSON.stringify(dailyReminderBody(time, text, locale, now)) });
      if (!result.ok) return result;
      const token = (result.value as { alertToken?: unknown } | undefined)?.alertToken;
      return typeof token === 'string' ? { ok: true, value: { alertToken: token } } : { ok: false, reason: 'failed', detail: 'no alertToken' };
    },
    async list() {
      const result = await call('', { method: 'GET' });
      if (!result.ok) return result;
      const alerts = (result.value as { alerts?: unknown } | undefined)?.alerts;
      const summaries: ReminderSummary[] = [];
      for (const alert of Array.isArray(alerts) ? alerts : []) {
        const token = (alert as { alertToken?: unknown }).alertToken;
        if (typeof token !== 'string') continue;
        const status = (alert as { status?: unknown }).status;
        summaries.push({ alertToken: token, time: dailyTimeOf(alert), status: typeof status === 'string' ? status : undefined });
      }
      return { ok: true, value: summaries };
    },
    async remove(alertToken) {
      const result = await call(`/${encodeURIComponent(alertToken)}`, { method: 'DELETE' });
      return result.ok ? { ok: true, value: undefined } : result;
    },
  };
}
