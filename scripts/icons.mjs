// Renders the app's PNG icons from public/favicon.svg in headless Chromium: npm run icons.
// The PNGs are committed, so a build needs no browser; run this again after changing the favicon.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { APP_ICONS, iconSvg } from './app-icons.mjs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));
const favicon = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8');

const found = findChromium();
if (!found) {
  console.error('No Chromium found: install Playwright’s (npx playwright install chromium).');
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: found.own ? undefined : found.path,
  args: CHROMIUM_ARGS,
});
try {
  for (const icon of APP_ICONS) {
    const page = await browser.newPage({
      viewport: { width: icon.size, height: icon.size },
      deviceScaleFactor: 1,
    });
    const src = `data:image/svg+xml;base64,${Buffer.from(iconSvg(favicon, icon.kind)).toString('base64')}`;
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="${src}" width="${icon.size}" height="${icon.size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
    const png = await page.screenshot({ omitBackground: true, type: 'png' });
    const out = join(PUBLIC, icon.file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, png);
    console.log(`${icon.file}  ${icon.size}×${icon.size}  ${icon.kind}  ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
