/** Public URLs of the site's assets. The stylesheet URL carries its content hash, so it can be cached for a year. */
import { SITE_CSS } from './assets/site-css';
import { contentHash } from './assets/hash';

export const SITE_CSS_HASH = contentHash(SITE_CSS);
export const SITE_CSS_PATH = `/assets/site.css?v=${SITE_CSS_HASH}`;
export const ICON_PATH = '/assets/icon.svg';
export const PLAYER_SCRIPT_PATH = '/assets/player.js';

/** URL of a stretch illustration; the first pose is the plain `/illustrations/<id>.svg`. */
export function illustrationPath(stretchId: string, pose?: string): string {
  return pose ? `/illustrations/${stretchId}-${pose}.svg` : `/illustrations/${stretchId}.svg`;
}
