// TEMPORARY interface placeholder: the illustrations helper replaces this file with real
// pose drawings. Signature is the contract the pages and the skill cards rely on.
import type { StretchId } from '../../skill/catalog/types';

/** Names of the key positions a stretch is drawn in (cat-cow: ['cow', 'cat']); first is the main one. */
export function illustrationPoses(id: StretchId): string[] {
  return id === 'cat-cow' ? ['cow', 'cat'] : ['main'];
}

/** A standalone SVG document (with <title>) of the stretch in the given pose. */
export function illustrationSvg(id: StretchId, pose?: string): string {
  const label = `${id}${pose ? ` (${pose})` : ''}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400" role="img" aria-labelledby="t"><title id="t">${label}</title><rect width="600" height="400" fill="#f4f1ea"/></svg>`;
}
