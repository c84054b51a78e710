/**
 * Renders the skill icon (web/assets/skill-icon-svg.ts) to the two PNGs Alexa needs, 108x108
 * and 512x512, in headless Chromium, into web/static/icons/ (committed), with manifest.json
 * holding the sha256 of the SVG. test/web/skill-icons.test.ts fails when the drawing changed
 * without re-rendering.
 *
 * Usage: npm run render:icons
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fullBleedPage, launchChromium } from './chromium';
import { SKILL_ICON_SVG } from '../web/assets/skill-icon-svg';
import { sha256Hex, SKILL_ICON_MANIFEST_FILE, SKILL_ICON_SIZES, skillIconDir, skillIconFile, type SkillIconManifest } from '../web/skill-icons';

async function main(): Promise<void> {
  const dir = skillIconDir();
  await mkdir(dir, { recursive: true });
  const browser = await launchChromium();
  const manifest: SkillIconManifest = { svgSha256: sha256Hex(SKILL_ICON_SVG), icons: [] };
  try {
    for (const size of SKILL_ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(fullBleedPage(SKILL_ICON_SVG));
      const png = await page.screenshot({ type: 'png' });
      const file = skillIconFile(size);
      await writeFile(join(dir, file), png);
      manifest.icons.push({ file, width: size, height: size });
      console.log(`${file}  ${(png.length / 1024).toFixed(1)} KB`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  await writeFile(join(dir, SKILL_ICON_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
