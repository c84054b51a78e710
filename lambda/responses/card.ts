/**
 * The card for the Alexa app: the stretch's name, its steps in plain text, timings, caution
 * and where to see it on the companion page.
 *
 * Standard cards need PNG/JPEG images: the companion page publishes each drawing as PNG
 * (720x480 and 1200x800), and lambda/index.ts passes their URLs. Without images (opted out
 * with ILLUSTRATION_PNG=0) the card is a Simple one with the same text.
 */
import { fitLength } from '../../skill/text/safe-text';
import type { Texts } from '../../skill/text/locale';
import { getStretch, safetyIn } from '../../skill/catalog/index';
import type { Side, Stretch, StretchId } from '../../skill/catalog/types';

export interface CardImages {
  smallImageUrl: string;
  largeImageUrl: string;
}

/** Card text limit (Alexa allows 8,000 characters). */
export const CARD_TEXT_MAX = 8000;

function timings(stretch: Stretch, texts: Texts): string[] {
  const lines: string[] = [];
  if (stretch.hold) lines.push(texts.cards.holdLine(stretch.hold, Boolean(stretch.sided)));
  if (stretch.reps) lines.push(texts.cards.repeatLine(stretch.reps, Boolean(stretch.sided)));
  return lines;
}

/** `{side}` as the working side and `{other}` as the opposite one, in the language's side words. */
function fillSideIn(text: string, side: Side, texts: Texts): string {
  const other: Side = side === 'right' ? 'left' : 'right';
  return text.replaceAll('{side}', texts.language.side(side)).replaceAll('{other}', texts.language.side(other));
}

/** The card's plain text: numbered steps (sided stretches written for the right side first). */
export function cardText(id: StretchId, companionUrl: string, texts: Texts): string {
  const stretch = getStretch(id, texts);
  const fill = (text: string) => (stretch.sided ? fillSideIn(text, 'right', texts) : text);
  const lines = [
    stretch.summary,
    '',
    ...(stretch.sided ? [texts.cards.START_RIGHT_SIDE] : []),
    ...stretch.setup.map((step, index) => texts.cards.numberedStep(index + 1, fill(step))),
    '',
    ...timings(stretch, texts),
    ...(stretch.caution ? [texts.cards.cautionLine(stretch.caution)] : []),
    '',
    texts.cards.seeItAt(`${companionUrl.replace(/\/$/, '')}/stretches/${id}`),
    safetyIn(texts).shortDisclaimer,
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

export function stretchCard(id: StretchId, companionUrl: string, images: CardImages | undefined, texts: Texts): StretchCard {
  return { type: images ? 'Standard' : 'Simple', title: getStretch(id, texts).name, text: cardText(id, companionUrl, texts), images };
}
