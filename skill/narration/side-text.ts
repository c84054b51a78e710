/** Side filling for spoken text: {side} and {other}, in the words of the text's language. */
import { otherSide } from '../catalog/sides';
import type { Side } from '../catalog/types';
import type { Language } from '../text/language';

/** Fills {side}/{other} for sided stretches; returns the text unchanged when no side applies. */
export function forSide(text: string, side: Side | undefined, language: Language): string {
  return side ? text.replaceAll('{side}', language.side(side)).replaceAll('{other}', language.side(otherSide(side))) : text;
}

export function allForSide(texts: readonly string[], side: Side | undefined, language: Language): string[] {
  return texts.map((text) => forSide(text, side, language));
}
