/**
 * Renders every stretch illustration in headless Chromium to PNG under
 * test-results/illustrations/ (gitignored), for looking at the drawings.
 * Usage: npx tsx scripts/render-illustrations.ts [stretch-id ...]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from './chromium';
import { STRETCH_IDS, type StretchId } from '../skill/catalog/types';
import { illustrationPoses, illustrationSvg } from '../web/illustrations/index';

const OUT_DIR = join(process.cwd(), 'test-results', 'illustrations');

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const ids = (wanted.length > 0 ? wanted : [...STRETCH_IDS]) as StretchId[];
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 600, height: 400 } });
    const all: string[] = [];
    for (const id of ids) {
      for (const pose of illustrationPoses(id)) {
        const svg = illustrationSvg(id, pose);
        await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
        const file = join(OUT_DIR, `${id}--${pose}.png`);
        await page.locator('svg').screenshot({ path: file });
        await writeFile(join(OUT_DIR, `${id}--${pose}.svg`), svg);
        all.push(svg);
        console.log(file);
      }
    }
    // One overview image with every pose at two-thirds size, three to a row.
    const sheet = await browser.newPage({ viewport: { width: 1200, height: 400 } });
    const cells = all.map((svg) => `<div style="width:400px;height:267px">${svg.replace('width="600" height="400"', 'width="400" height="267"')}</div>`);
    await sheet.setContent(`<!doctype html><html><body style="margin:0;display:flex;flex-wrap:wrap;width:1200px">${cells.join('')}</body></html>`);
    await sheet.screenshot({ path: join(OUT_DIR, 'contact-sheet.png'), fullPage: true });
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
