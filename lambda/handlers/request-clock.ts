/**
 * The time of a request: its own timestamp when it is a real date, else the server's clock.
 * A timestamp from the year -271821 or 275760 is valid for Date but not for a calendar day.
 */
import type { HandlerInput } from 'ask-sdk-core';

const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(9999, 11, 31);

export function requestTime(input: HandlerInput, now: () => number = Date.now): Date {
  const stamp: unknown = input.requestEnvelope?.request?.timestamp;
  const time = typeof stamp === 'string' && stamp.length <= 40 ? Date.parse(stamp) : NaN;
  return new Date(Number.isFinite(time) && time >= EARLIEST && time <= LATEST ? time : now());
}
