/**
 * Screenshots of every drawing (each pose, each side) at phone card size (a 360 px wide
 * page) and at Echo Show size (1280x800), for looking at them by eye:
 * test-results/drawings/. Usage: npx tsx scripts/look-at-drawings.ts [dark]
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium';
import { allIllustrations, illustrationSvg } from '../web/illustrations/index';

const dark = process.argv.includes('dark');
const only = process.argv.slice(2).filter((a) => a !== 'dark');
const dir = 'test-results/drawings';
mkdirSync(dir, { recursive: true });
const browser = await launchChromium();
try {
  const list = allIllustrations().filter((i) => only.length === 0 || only.includes(i.id));
  const grid = (width: number) =>
    `<!doctype html><html><head><style>body{margin:0;background:${dark ? '#111' : '#fff'};font:12px sans-serif;color:${dark ? '#eee' : '#000'}}` +
    `div{display:inline-block;width:${width}px;margin:4px}img{width:100%;display:block}</style></head><body>` +
    list
      .map((i) => `<div><img src="data:image/svg+xml;base64,${Buffer.from(illustrationSvg(i.id, i.pose, i.side)).toString('base64')}">${i.id} ${i.pose} ${i.side}</div>`)
      .join('') +
    '</body></html>';
  const phone = await browser.newPage({ viewport: { width: 360, height: 740 }, colorScheme: dark ? 'dark' : 'light' });
  // Two cards per row: the smallest size a phone page shows them at (about 170 px).
  await phone.setContent(grid(166));
  await phone.screenshot({ path: `${dir}/phone-grid${only.length ? '-' + only.join('+') : ''}${dark ? '-dark' : ''}.png`, fullPage: true });
  const show = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: dark ? 'dark' : 'light' });
  for (const i of list.filter((x) => x.side !== 'left')) {
    await show.setContent(`<!doctype html><style>body{margin:0}svg{width:100vw;height:100vh;display:block}</style>${illustrationSvg(i.id, i.pose, i.side)}`);
    await show.screenshot({ path: `${dir}/show-${i.id}-${i.pose}.png` });
  }
} finally {
  await browser.close();
}
