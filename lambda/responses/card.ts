/**
 * The card for the Alexa app: the stretch's name, its steps in plain text, timings, caution
 * and where to see it on the companion page.
 *
 * Standard cards need PNG/JPEG images: the companion page publishes each drawing as PNG
 * (720x480 and 1200x800), and lambda/index.ts passes their URLs. Without images (opted out
 * with ILLUSTRATION_PNG=0) the card is a Simple one with the same text.
 */
import { fitLength } from '../../skill/text/safe-text';
import { fillSide, getStretch, SAFETY } from '../../skill/catalog/index';
import type { GuideRange, Stretch, StretchId } from '../../skill/catalog/types';

export interface CardImages {
  smallImageUrl: string;
  largeImageUrl: string;
}

/** Card text limit (Alexa allows 8,000 characters). */
export const CARD_TEXT_MAX = 8000;

function range(r: GuideRange, unit: string): string {
  return r.min === r.max ? `${r.min} ${unit}` : `${r.min}-${r.max} ${unit}`;
}

function timings(stretch: Stretch): string[] {
  const lines: string[] = [];
  if (stretch.hold) lines.push(`Hold: ${range(stretch.hold, 'seconds')}${stretch.sided ? ' each side' : ''}.`);
  if (stretch.reps) lines.push(`Repeat: ${range(stretch.reps, 'times')}${stretch.sided ? ' each side' : ''}.`);
  return lines;
}

/** The card's plain text: numbered steps (sided stretches written for the right side first). */
export function cardText(id: StretchId, companionUrl: string): string {
  const stretch = getStretch(id);
  const fill = (text: string) => (stretch.sided ? fillSide(text, 'right') : text);
  const lines = [
    stretch.summary,
    '',
    ...(stretch.sided ? ['Start on the right side, then do the left.'] : []),
    ...stretch.setup.map((step, index) => `${index + 1}. ${fill(step)}`),
    '',
    ...timings(stretch),
    ...(stretch.caution ? [`Caution: ${stretch.caution}`] : []),
    '',
    `See it at ${companionUrl.replace(/\/$/, '')}/stretches/${id}`,
    SAFETY.shortDisclaimer,
  ];
  return fitLength(lines.join('\n'), CARD_TEXT_MAX);
}

export interface StretchCard {
  /** Standard when images are given, else Simple. */
  type: 'Standard' | 'Simple';
  title: string;
  text: string;
  images?: CardImages;
}

export function stretchCard(id: StretchId, companionUrl: string, images?: CardImages): StretchCard {
  return { type: images ? 'Standard' : 'Simple', title: getStretch(id).name, text: cardText(id, companionUrl), images };
}
