/** The page frame every companion page shares: skip link, header and nav, main, footer disclaimer. */
import type { Child } from 'hono/jsx';
import { SAFETY } from '../skill/catalog';
import { PRIVACY_LINK, TERMS_LINK } from '../skill/text/en/legal';
import { APPLE_TOUCH_ICON_PATH, ICON_PATH, MANIFEST_PATH, NOSCRIPT_CSS_PATH, PLAYER_SCRIPT_PATH, SITE_CSS_PATH } from './asset-paths';
import { PAGE_URL, SITE_ORIGIN } from './site-url';

export type NavKey = 'home' | 'stretches' | 'routines' | 'safety' | 'none';

export interface LayoutProps {
  title: string;
  description: string;
  nav: NavKey;
  /** Adds the browser player script (stretch and routine pages). */
  withPlayer?: boolean;
  /** Site path of the picture shown when the page is shared (Open Graph), e.g. a drawing's large PNG. */
  image?: string;
  children?: Child;
}

const NAV_ITEMS: { key: NavKey; href: string; label: string }[] = [
  { key: 'home', href: '/', label: 'Home' },
  { key: 'stretches', href: '/#stretches', label: 'Stretches' },
  { key: 'routines', href: '/#routines', label: 'Routines' },
  { key: 'safety', href: '/safety', label: 'Safety' },
];

/** Shared when a page names no picture of its own: the first stretch, as a card-size PNG. */
const DEFAULT_SHARE_IMAGE = '/illustrations/childs-pose-large.png';

export function Layout(props: LayoutProps) {
  // The 404 and error pages are not pages of their own: no canonical URL, kept out of search.
  const indexable = props.nav !== 'none';
  const fullTitle = props.nav === 'home' ? props.title : `${props.title} · Back Stretch Coach`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={props.description} />
        <meta name="theme-color" content="#2c6a64" media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content="#121a1c" media="(prefers-color-scheme: dark)" />
        <meta name="color-scheme" content="light dark" />
        {indexable ? <link rel="canonical" href={PAGE_URL} /> : <meta name="robots" content="noindex" />}
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content="Back Stretch Coach" />
        <meta property="og:title" content={props.title} />
        <meta property="og:description" content={props.description} />
        {indexable ? <meta property="og:url" content={PAGE_URL} /> : null}
        <meta property="og:image" content={`${SITE_ORIGIN}${props.image ?? DEFAULT_SHARE_IMAGE}`} />
        <meta name="twitter:card" content="summary_large_image" />
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href={ICON_PATH} type="image/svg+xml" />
        <link rel="apple-touch-icon" href={APPLE_TOUCH_ICON_PATH} />
        <link rel="manifest" href={MANIFEST_PATH} />
        <link rel="stylesheet" href={SITE_CSS_PATH} />
        {props.withPlayer ? (
          <noscript>
            <link rel="stylesheet" href={NOSCRIPT_CSS_PATH} />
          </noscript>
        ) : null}
        {props.withPlayer ? <script type="module" src={PLAYER_SCRIPT_PATH}></script> : null}
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="/">
              <img class="brand-mark" src={ICON_PATH} alt="" width="30" height="30" />
              Back Stretch Coach
            </a>
            <nav class="site-nav" aria-label="Main">
              <ul>
                {NAV_ITEMS.map((item) => (
                  <li>
                    <a href={item.href} aria-current={item.key === props.nav ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div class="wrap">{props.children}</div>
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p class="disclaimer-short">
              {SAFETY.shortDisclaimer} <a href="/safety#disclaimer">Read the full disclaimer</a>.
            </p>
            <p>Back Stretch Coach is a voice coach for Alexa with this companion page.</p>
            <p class="legal-links">
              <a href="/privacy">{PRIVACY_LINK}</a> · <a href="/terms">{TERMS_LINK}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
