/** Side filling for spoken text: {side} and {other}, via the catalog's fillSide. */
import { fillSide } from '../catalog/sides';
import type { Side } from '../catalog/types';

/** Fills {side}/{other} for sided stretches; returns the text unchanged when no side applies. */
export function forSide(text: string, side: Side | undefined): string {
  return side ? fillSide(text, side) : text;
}

export function allForSide(texts: readonly string[], side: Side | undefined): string[] {
  return texts.map((text) => forSide(text, side));
}
