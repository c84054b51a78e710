/** /assets/*: the stylesheet (versioned URL, immutable), the icon, the skill's PNG icons, and the bundled player script. */
import { Hono } from 'hono';
import { SITE_CSS } from '../assets/site-css';
import { ICON_SVG } from '../assets/icon-svg';
import { contentHash } from '../assets/hash';
import { getPlayerScript } from '../assets/player-bundle';
import { SITE_CSS_HASH } from '../asset-paths';
import { LONG_CACHE, REVALIDATE_CACHE, respondCached } from './cached-response';
import { loadSkillIcon, SKILL_ICON_SIZES, skillIconFile } from '../skill-icons';

const ICON_ETAG = `"${contentHash(ICON_SVG)}"`;

export const assetRoutes = new Hono();

assetRoutes.get('/site.css', (c) =>
  respondCached(c, SITE_CSS, {
    contentType: 'text/css; charset=utf-8',
    etag: `"${SITE_CSS_HASH}"`,
    // The page links the hashed URL (?v=...); an old hash still gets today's file, revalidated.
    cacheControl: c.req.query('v') === SITE_CSS_HASH ? LONG_CACHE : REVALIDATE_CACHE,
  }),
);

/** Loaded only without JavaScript (a <noscript> link): the player, which needs it, takes no room. */
const NOSCRIPT_CSS = '.player, .player[hidden] { display: none !important; }\n';
assetRoutes.get('/noscript.css', (c) =>
  respondCached(c, NOSCRIPT_CSS, { contentType: 'text/css; charset=utf-8', etag: `"${contentHash(NOSCRIPT_CSS)}"`, cacheControl: REVALIDATE_CACHE }),
);

assetRoutes.get('/icon.svg', (c) =>
  respondCached(c, ICON_SVG, { contentType: 'image/svg+xml; charset=utf-8', etag: ICON_ETAG, cacheControl: REVALIDATE_CACHE }),
);

assetRoutes.get('/player.js', async (c) => {
  const script = await getPlayerScript();
  return respondCached(c, script.code, {
    contentType: 'text/javascript; charset=utf-8',
    etag: script.etag,
    cacheControl: REVALIDATE_CACHE,
  });
});

// The skill's store icons (manifest smallIconUri / largeIconUri): readable from any origin, as
// Amazon's servers fetch them. Revalidated, since the URL stays the same when the drawing changes.
for (const size of SKILL_ICON_SIZES) {
  assetRoutes.get(`/${skillIconFile(size)}`, (c) => {
    const { bytes, etag } = loadSkillIcon(size);
    return respondCached(c, bytes, {
      contentType: 'image/png',
      etag,
      cacheControl: REVALIDATE_CACHE,
      extraHeaders: { 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*' },
    });
  });
}
