/**
 * Every drawing's SVG and its content hash, made once per process on first use. The hash
 * versions the URLs the pages link (/illustrations/<name>.svg?v=<hash>), so a changed
 * drawing gets a new URL and the old one can be cached as immutable.
 */
import type { Side, StretchId } from '../skill/catalog/types';
import { illustrationName, illustrationSvg } from './illustrations';
import { contentHash } from './assets/hash';
import type { PageTexts } from '../skill/text/page-locale';
import { DEFAULT_TEXTS } from './web-env';

export interface CachedIllustration {
  svg: string;
  hash: string;
}

const cache = new Map<string, CachedIllustration>();

/** The drawing with its title and description in the language of `texts`. */
export function cachedIllustration(id: StretchId, pose?: string, side?: Side, texts: PageTexts = DEFAULT_TEXTS): CachedIllustration {
  const key = `${texts.language.code}:${illustrationName(id, pose, side)}`;
  let entry = cache.get(key);
  if (!entry) {
    const svg = illustrationSvg(id, pose, side, texts);
    entry = { svg, hash: contentHash(svg) };
    cache.set(key, entry);
  }
  return entry;
}
