/** The page frame every companion page shares: skip link, header and nav, main, footer disclaimer. */
import type { Child } from 'hono/jsx';
import { SAFETY } from '../skill/catalog';
import { PRIVACY_LINK, TERMS_LINK } from '../skill/text/en/legal';
import { ICON_PATH, PLAYER_SCRIPT_PATH, SITE_CSS_PATH } from './asset-paths';

export type NavKey = 'home' | 'stretches' | 'routines' | 'safety' | 'none';

export interface LayoutProps {
  title: string;
  description: string;
  nav: NavKey;
  /** Adds the browser player script (stretch and routine pages). */
  withPlayer?: boolean;
  children?: Child;
}

const NAV_ITEMS: { key: NavKey; href: string; label: string }[] = [
  { key: 'home', href: '/', label: 'Home' },
  { key: 'stretches', href: '/#stretches', label: 'Stretches' },
  { key: 'routines', href: '/#routines', label: 'Routines' },
  { key: 'safety', href: '/safety', label: 'Safety' },
];

export function Layout(props: LayoutProps) {
  const fullTitle = props.nav === 'home' ? props.title : `${props.title} · Back Stretch Coach`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={props.description} />
        <meta name="theme-color" content="#2c6a64" />
        <link rel="icon" href={ICON_PATH} type="image/svg+xml" />
        <link rel="stylesheet" href={SITE_CSS_PATH} />
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
