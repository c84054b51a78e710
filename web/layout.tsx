/** The page frame every companion page shares: skip link, header and nav, main, footer disclaimer. */
import type { Child } from 'hono/jsx';
import { safetyIn } from '../skill/catalog';
import type { PageTexts } from '../skill/text/page-locale';
import { APPLE_TOUCH_ICON_PATH, ICON_PATH, MANIFEST_PATH, NOSCRIPT_CSS_PATH, PLAYER_SCRIPT_PATH, SITE_CSS_PATH } from './asset-paths';
import { PAGE_URL, SITE_ORIGIN } from './site-url';

export type NavKey = 'home' | 'stretches' | 'routines' | 'safety' | 'none';

export interface LayoutProps {
  /** The words of the page's language; `<html lang>` follows them. */
  texts: PageTexts;
  title: string;
  description: string;
  nav: NavKey;
  /** Adds the browser player script (stretch and routine pages). */
  withPlayer?: boolean;
  /** Site path of the picture shown when the page is shared (Open Graph), e.g. a drawing's large PNG. */
  image?: string;
  children?: Child;
}

const NAV_ITEMS: { key: Exclude<NavKey, 'none'>; href: string }[] = [
  { key: 'home', href: '/' },
  { key: 'stretches', href: '/#stretches' },
  { key: 'routines', href: '/#routines' },
  { key: 'safety', href: '/safety' },
];

/** Shared when a page names no picture of its own: the first stretch, as a card-size PNG. */
const DEFAULT_SHARE_IMAGE = '/illustrations/childs-pose-large.png';

export function Layout(props: LayoutProps) {
  // The 404 and error pages are not pages of their own: no canonical URL, kept out of search.
  const indexable = props.nav !== 'none';
  const { texts } = props;
  const frame = texts.web.frame;
  const fullTitle = props.nav === 'home' ? props.title : frame.pageTitle(props.title);
  return (
    <html lang={texts.language.code}>
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
        <meta property="og:site_name" content={frame.SITE_NAME} />
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
        <a class="skip-link" href="#main">
          {frame.SKIP_LINK}
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="/">
              <img class="brand-mark" src={ICON_PATH} alt="" width="30" height="30" />
              {frame.SITE_NAME}
            </a>
            <nav class="site-nav" aria-label={frame.MAIN_MENU_LABEL}>
              <ul>
                {NAV_ITEMS.map((item) => (
                  <li>
                    <a href={item.href} aria-current={item.key === props.nav ? 'page' : undefined}>
                      {frame.MENU[item.key]}
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
              {safetyIn(texts).shortDisclaimer} <a href="/safety#disclaimer">{frame.READ_FULL_DISCLAIMER}</a>.
            </p>
            <p>{frame.ABOUT_SITE}</p>
            <p class="legal-links">
              <a href="/privacy">{texts.legal.PRIVACY_LINK}</a> · <a href="/terms">{texts.legal.TERMS_LINK}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
