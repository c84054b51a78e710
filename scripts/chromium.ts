/**
 * Debian's Chromium, headless, as every script and browser test drives it (never a
 * downloaded browser build), and the page that stretches one SVG over the whole viewport.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export function launchChromium(extraFlags: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS, ...extraFlags] });
}

/** The SVG stretched over the whole page, for a screenshot at the viewport's size. */
export function fullBleedPage(svg: string): string {
  return (
    '<!doctype html><html><head><style>html,body{margin:0;padding:0;overflow:hidden}' +
    'svg{display:block;width:100vw;height:100vh}</style></head><body>' +
    svg +
    '</body></html>'
  );
}
