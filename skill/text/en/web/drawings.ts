/**
 * The drawings in words, for screen readers: each drawn position's label (when a stretch is
 * drawn in several) and its description, written for the right side; the SVG's <title> and
 * <desc> and the pages' alt texts are made from these. Each stretch's are in its words file
 * (../catalog/stretches/<id>.ts); only the pages' bundle reaches them.
 */

import type { DrawingWords } from '../../../catalog/parts';
import type { StretchId } from '../../../catalog/types';
import { drawings } from '../catalog/stretches/index';

/** By stretch, then by drawn position: each stretch's words file has its drawings' words. */
export const POSES: Readonly<Record<StretchId, DrawingWords>> = drawings;

/** "Knee-to-Chest, left side": the stretch name, the position's label, the side (all already in words). */
export function title(name: string, label: string | undefined, side: string | undefined): string {
  return [name, ...(label ? [label] : []), ...(side ? [`${side} side`] : [])].join(', ');
}

/** The description: the title, then the position in words. */
export function description(title: string, desc: string): string {
  return `${title}. ${desc}`;
}

/** A description written for the right side, told for the left: "right" and "left" swap. */
export function forLeftSide(desc: string): string {
  return desc.replace(/\b(right|left)\b/gi, (word) => {
    const swapped = word.toLowerCase() === 'right' ? 'left' : 'right';
    return word[0] === word[0]?.toUpperCase() ? swapped[0]?.toUpperCase() + swapped.slice(1) : swapped;
  });
}

/** How a drawn position's name reads when it has no label: "tilt-back" -> "tilt back". */
export function poseName(pose: string): string {
  return pose.replace(/-/g, ' ').toLowerCase();
}
