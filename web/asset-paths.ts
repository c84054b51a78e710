/** Public URLs of the site's assets. The stylesheet URL carries its content hash, so it can be cached for a year. */
import { SITE_CSS } from './assets/site-css';
import { contentHash } from './assets/hash';
import type { Side, StretchId } from '../skill/catalog/types';
import { illustrationName } from './illustrations';
import { cachedIllustration } from './illustration-cache';
import type { PageTexts } from '../skill/text/page-locale';
import { DEFAULT_TEXTS } from './web-env';

export const SITE_CSS_HASH = contentHash(SITE_CSS);
export const SITE_CSS_PATH = `/assets/site.css?v=${SITE_CSS_HASH}`;
export const ICON_PATH = '/assets/icon.svg';
export const APPLE_TOUCH_ICON_PATH = '/apple-touch-icon.png';
export const MANIFEST_PATH = '/manifest.webmanifest';
export const NOSCRIPT_CSS_PATH = '/assets/noscript.css';
export const PLAYER_SCRIPT_PATH = '/assets/player.js';

/**
 * URL of a stretch drawing, versioned by its content: `/illustrations/<name>.svg?v=<hash>`
 * where the name is the stretch id, then the pose unless it is the main one, then "-left"
 * for the left side of a sided stretch ("cat-cow-cat", "knee-to-chest-left"). The hash is
 * of the drawing with its words in the language of `texts` (the one the site serves).
 */
export function illustrationPath(stretchId: StretchId, pose?: string, side?: Side, texts: PageTexts = DEFAULT_TEXTS): string {
  return `/illustrations/${illustrationName(stretchId, pose, side)}.svg?v=${cachedIllustration(stretchId, pose, side, texts).hash}`;
}
