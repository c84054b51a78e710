import type { Side } from './types';

/** The opposite side. */
export function otherSide(side: Side): Side {
  return side === 'right' ? 'left' : 'right';
}

/** Replaces `{side}` with the working side and `{other}` with the opposite one. */
export function fillSide(text: string, side: Side): string {
  return text.replaceAll('{side}', side).replaceAll('{other}', otherSide(side));
}

/** True when the text uses a side placeholder. */
export function hasSidePlaceholder(text: string): boolean {
  return text.includes('{side}') || text.includes('{other}');
}
