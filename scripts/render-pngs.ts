/**
 * Renders every drawing (each pose, and both sides of a sided stretch) to PNG in headless Chromium, at the two Alexa
 * Standard card sizes (720x480 and 1200x800), into web/static/illustrations/ (committed), and
 * writes manifest.json with the sha256 of the SVG each PNG came from. The test
 * test/web/illustration-png.test.ts fails when a drawing changed without re-rendering.
 * The files are Chromium's own PNGs (about 20-60 KB each); no palette step, which would need
 * a tool this project does not install.
 *
 * Usage: npm run render:pngs
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fullBleedPage, launchChromium } from './chromium';
import { allIllustrations, illustrationSvg } from '../web/illustrations/index';
import {
  illustrationPngDir,
  PNG_MANIFEST_FILE,
  PNG_SIZE_NAMES,
  PNG_SIZES,
  pngFileName,
  sha256Hex,
  SITE_ICON_SIZES,
  siteIconFileName,
  type PngManifest,
} from '../web/illustration-pngs';
import { ICON_SVG } from '../web/assets/icon-svg';

async function main(): Promise<void> {
  const dir = illustrationPngDir();
  await mkdir(dir, { recursive: true });
  // Start clean, so renamed or dropped stretches leave no stale files behind.
  for (const name of await readdir(dir)) {
    if (name.endsWith('.png')) await rm(join(dir, name));
  }
  const browser = await launchChromium();
  const manifest: PngManifest = { images: [] };
  try {
    for (const size of PNG_SIZE_NAMES) {
      const { width, height } = PNG_SIZES[size];
      // Light colours: cards and Echo Show show the drawing as it is.
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1, colorScheme: 'light' });
      for (const drawing of allIllustrations()) {
        const { id, pose, side } = drawing;
        const svg = illustrationSvg(id, pose, side);
        await page.setContent(fullBleedPage(svg));
        const png = await page.screenshot({ type: 'png' });
        const file = pngFileName(drawing, size);
        await writeFile(join(dir, file), png);
        manifest.images.push({ file, stretchId: id, pose, ...(side ? { side } : {}), width, height, svgSha256: sha256Hex(svg) });
        console.log(`${file}  ${(png.length / 1024).toFixed(1)} KB`);
      }
      await page.close();
    }
    // The site's icons (favicon, apple-touch-icon, web manifest) in the same folder, so they
    // ship with the illustrations.
    for (const size of SITE_ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(fullBleedPage(ICON_SVG));
      const png = await page.screenshot({ type: 'png', omitBackground: true });
      await writeFile(join(dir, siteIconFileName(size)), png);
      console.log(`${siteIconFileName(size)}  ${(png.length / 1024).toFixed(1)} KB`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  await writeFile(join(dir, PNG_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
