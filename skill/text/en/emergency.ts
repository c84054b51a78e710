/**
 * Who to call, in the person's country: said after a red flag's advice, and shown on the
 * safety page. Numbers are spoken in words ("nine nine nine") so Alexa never reads them as
 * quantities. Unknown country: "your local emergency number".
 */
import type { LocaleSafety, PhoneNumber } from '../../catalog/locales';
import type { RedFlagHelp } from '../../catalog/types';

const spokenNumber = (n: PhoneNumber) => n.spoken;

/** "nine nine nine", or "your local emergency number" when the country is not known. */
export function emergencyNumberSpoken(place: LocaleSafety | undefined): string {
  return place ? spokenNumber(place.emergency) : 'your local emergency number';
}

/** The sentence after a red flag's advice: who to call, with this country's numbers. */
export function helpSentence(help: RedFlagHelp, place: LocaleSafety | undefined): string {
  const emergency = emergencyNumberSpoken(place);
  const line = place?.urgentAdvice;
  switch (help) {
    case 'emergency-now':
      return `Call ${emergency} now.`;
    case 'emergency-or-urgent-care':
      return `Call ${emergency}, or get to urgent care right away.`;
    case 'urgent-care-first':
      return line
        ? `Get urgent care right away, or call ${line.service} ${line.spoken} for advice. If the pain is severe, call ${emergency}.`
        : `Get urgent care right away, or call ${emergency} if the pain is severe.`;
    case 'see-soon':
      return line
        ? `If you need advice before you can see someone, call ${line.service} ${line.spoken}. If it suddenly gets much worse, call ${emergency}.`
        : `If it suddenly gets much worse, call ${emergency}.`;
    case 'ease-out':
      return '';
  }
}

/** The red flag's whole spoken answer: its advice, then who to call. */
export function redFlagAdvice(advice: string, help: RedFlagHelp, place: LocaleSafety | undefined): string {
  const call = helpSentence(help, place);
  return call ? `${advice} ${call}` : advice;
}
