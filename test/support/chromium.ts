/** Debian's Chromium for the browser tests: the same launcher the scripts use. */
export { CHROMIUM_FLAGS, launchChromium } from '../../scripts/chromium';
