/**
 * Every drawing's SVG and its content hash, made once per process on first use. The hash
 * versions the URLs the pages link (/illustrations/<name>.svg?v=<hash>), so a changed
 * drawing gets a new URL and the old one can be cached as immutable.
 */
import type { Side, StretchId } from '../skill/catalog/types';
import { illustrationName, illustrationSvg } from './illustrations';
import { contentHash } from './assets/hash';

export interface CachedIllustration {
  svg: string;
  hash: string;
}

const cache = new Map<string, CachedIllustration>();

export function cachedIllustration(id: StretchId, pose?: string, side?: Side): CachedIllustration {
  const name = illustrationName(id, pose, side);
  let entry = cache.get(name);
  if (!entry) {
    const svg = illustrationSvg(id, pose, side);
    entry = { svg, hash: contentHash(svg) };
    cache.set(name, entry);
  }
  return entry;
}
