/**
 * How the warning signs are grouped, for the voice ("when should I see a doctor") and the
 * safety page alike: the same three levels the skill's triage uses.
 */
import type { LocaleSafety } from '../../catalog/locales';
import type { RedFlagUrgency } from '../../catalog/types';
import { emergencyNumberSpoken } from './emergency';

/** The page's heading for each level. */
export const URGENCY_HEADING: Record<RedFlagUrgency, string> = {
  urgent: 'Get urgent help now',
  soon: 'See a doctor or physiotherapist soon',
  'stop-stretch': 'Ease out of the stretch',
};

/** What to do, written on the page under each heading. */
export const URGENCY_WRITTEN: Record<RedFlagUrgency, string> = {
  urgent: 'Stop the stretches. Call your emergency number, or get to urgent care or an emergency department straight away, if you have any of these.',
  soon: 'Stop the routine and book an appointment in the next few days if you have any of these. If things suddenly get much worse, treat it as urgent.',
  'stop-stretch': 'Stop that stretch and come out of it slowly. A mild pull is fine, pain is not. Try the gentler version or move on, and see someone if the pain stays or keeps coming back.',
};

/** What Alexa says before each level's signs (by level, so the level's id is never an argument). */
export const URGENCY_SPOKEN_LEAD: Record<RedFlagUrgency, (place: LocaleSafety | undefined) => string> = {
  urgent: (place) => `Call ${emergencyNumberSpoken(place)}, or get to urgent care right away, if you have any of these.`,
  soon: (place) =>
    place?.urgentAdvice
      ? `See a doctor or physiotherapist soon, or call ${place.urgentAdvice.service} ${place.urgentAdvice.spoken} for advice, if you have any of these.`
      : 'See a doctor or physiotherapist soon if you have any of these.',
  'stop-stretch': () => 'And if a stretch ever hurts sharply, ease out of it and stop.',
};

/** The spoken answer to "when should I see a doctor" opens with this, before the signs by urgency. */
export const WHEN_TO_GET_HELP_INTRO = "Here's when to get help with your back.";

/** The page's line on the numbers: "In the United Kingdom, call 999." */
export function writtenEmergencyLine(place: LocaleSafety): string {
  const line = place.urgentAdvice ? ` For advice when it is not an emergency, call ${place.urgentAdvice.service} ${place.urgentAdvice.digits}.` : '';
  return `In ${place.country}, call ${place.emergency.digits}.${line}`;
}

/** The safety page's line under the numbers, for every other country. */
export const ANYWHERE_ELSE_WRITTEN = 'Anywhere else, call your local emergency number.';

/** The heading over the numbers. */
export const NUMBERS_HEADING = 'Emergency numbers';

/** The safety page's introduction to the grouped signs. */
export const SIGNS_INTRO =
  'These are the signs Back Stretch Coach listens for. When you tell it about one, it stops the routine and gives the same advice as below.';
