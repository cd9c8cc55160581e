import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { generateOrganization, type GeneratedUnit } from '../scripts/generate-organization.mjs';
import { chart, CENTER, expect, node, openChart, test } from './fixtures.ts';

const OFFICE_COUNT = 13;

async function openExportMenu(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  return menu;
}

async function exportVia(page: Page, item: string, ratio?: string): Promise<Download> {
  let menu = await openExportMenu(page);
  if (ratio) {
    await menu.getByRole('menuitemradio', { name: ratio }).click();
    await expect(menu.getByRole('menuitemradio', { name: ratio })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    menu = page.getByRole('menu', { name: 'Export' });
  }
  const downloading = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: item }).click();
  return downloading;
}

async function readPng(download: Download) {
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return PNG.sync.read(bytes);
}

/** How many distinct colours a sample of the pixels has: a blank picture has one. */
function pixelStats(png: PNG) {
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  }
  return { colours: colours.size };
}

test('PNG at 2× by default: the whole chart, sized from its bounds, never blank', async ({
  page,
}) => {
  await openChart(page);
  const download = await exportVia(page, 'PNG image');
  expect(download.suggestedFilename()).toMatch(
    /^shanghai-provident-fund-management-center-org-chart-\d{4}-\d{2}-\d{2}\.png$/,
  );
  const png = await readPng(download);
  expect(pixelStats(png).colours).toBeGreaterThan(20);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    `${png.width.toLocaleString('en')} × ${png.height.toLocaleString('en')} pixels`,
  );

  // 1× is half the size of 2× (to a pixel), and panning far away changes nothing.
  const one = await readPng(await exportVia(page, 'PNG image', '1× resolution'));
  expect(Math.abs(one.width * 2 - png.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(one.height * 2 - png.height)).toBeLessThanOrEqual(2);

  const region = (await chart(page).boundingBox())!;
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(region.x + 100, region.y + 100);
    await page.mouse.down();
    await page.mouse.move(region.x + 700, region.y + 600, { steps: 4 });
    await page.mouse.up();
  }
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(node(page, CENTER)).not.toBeInViewport();
  const panned = await readPng(await exportVia(page, 'PNG image'));
  expect([panned.width, panned.height]).toEqual([one.width, one.height]);

  const three = await readPng(await exportVia(page, 'PNG image', '3× resolution'));
  expect(Math.abs(three.width - one.width * 3)).toBeLessThanOrEqual(3);
});

test('the PNG shows edges: grey lines between the Center and the offices', async ({ page }) => {
  await openChart(page);
  const png = await readPng(await exportVia(page, 'PNG image', '1× resolution'));
  // The Center's bus line runs horizontally under it, across most of the picture's width.
  let longest = 0;
  for (let y = 0; y < png.height; y++) {
    let run = 0;
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      // The light theme's edge colour (#7b8594) and its anti-aliased neighbours.
      const isEdge = Math.abs(r - 0x7b) < 24 && Math.abs(g - 0x85) < 24 && Math.abs(b - 0x94) < 24;
      run = isEdge ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
  }
  expect(longest).toBeGreaterThan(png.width / 3);
});

test('SVG: parses, holds all fourteen names as text and the thirteen edges', async ({ page }) => {
  await openChart(page, '?office=loan-management-office&q=risk');
  const download = await exportVia(page, 'SVG image (vector)');
  expect(download.suggestedFilename()).toMatch(/-org-chart-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = await readFile((await download.path())!, 'utf8');
  const result = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    const texts = [...doc.querySelectorAll('text')].map(
      (t) => t.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
    return {
      error: error?.textContent ?? null,
      texts,
      edges: doc.querySelectorAll('.edges path').length,
      width: doc.documentElement.getAttribute('width'),
    };
  }, svg);
  expect(result.error).toBeNull();
  expect(result.edges).toBe(OFFICE_COUNT);
  const all = result.texts.join('\n');
  for (const name of [
    CENTER,
    'Loan Management Office',
    'Party Committee Office (Organization and Personnel Department)',
    'Discipline Inspection and Audit Office',
    'Technology Support and Development Department',
  ]) {
    expect(all).toContain(name);
  }
  expect(result.texts.filter((t) => /duties|duty$/.test(t)).length).toBeGreaterThanOrEqual(
    OFFICE_COUNT,
  );
  expect(all).toContain('Filter: “risk”');
  expect(all).toMatch(/\d+ match/);
  expect(all).toContain('Source: Joke Collection Website');
});

/** A card as a reader gets it: its unit's id and name, then each count and badge it shows. */
interface CardText {
  id: string;
  name: string;
  texts: string[];
}

const byId = (a: CardText, b: CardText) => a.id.localeCompare(b.id);

test('SVG of a filtered, partly collapsed organisation: exactly the cards and badges on screen', async ({
  page,
}) => {
  // Large enough to open collapsed; "central" occurs only in two units four levels down.
  const org = generateOrganization({ units: 400, seed: 3 });
  const matching: string[] = [];
  const stack: GeneratedUnit[] = [org.root];
  while (stack.length > 0) {
    const unit = stack.pop()!;
    if (unit.duties.some((duty) => /\bcentral\b/i.test(duty))) matching.push(unit.name);
    stack.push(...(unit.children ?? []));
  }
  expect(matching).toHaveLength(2);

  await openChart(page);
  await page.getByLabel('Open organisation file').setInputFiles({
    name: 'deep.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(org)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(org.name);
  for (const name of matching) await expect(node(page, name)).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Filter duties' }).fill('central');
  // The whole chart in view, so React Flow draws every card it shows (it draws only those on
  // screen in a chart this large).
  await page.getByRole('button', { name: 'Fit the whole chart' }).click();
  // The filter opens the collapsed branches that hold its matches.
  for (const name of matching) await expect(node(page, name)).toHaveCount(1);

  const screen: CardText[] = await chart(page)
    .locator('.react-flow__node')
    .evaluateAll((nodes) =>
      nodes.map((n) => ({
        id: (n as HTMLElement).dataset.id!,
        name: n.querySelector('.office-card__name')!.textContent!,
        texts: [...n.querySelectorAll('.office-card__row > *')].map((e) => e.textContent!),
      })),
    );
  const svg = await readFile((await (await exportVia(page, 'SVG image (vector)')).path())!, 'utf8');
  const pictured: CardText[] = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return [...doc.querySelectorAll('g.card')].map((g) => ({
      id: g.getAttribute('data-id')!,
      name: g.querySelector('title')!.textContent!,
      texts: [...g.querySelectorAll('.card-foot > text, .card-foot > g > text')].map(
        (t) => t.textContent!,
      ),
    }));
  }, svg);

  expect(pictured.sort(byId)).toEqual(screen.sort(byId));
  const all = screen.flatMap((card) => card.texts);
  expect(all.filter((t) => / match$/.test(t))).toHaveLength(3);
  expect(all.some((t) => /^\+\d+ below$/.test(t))).toBe(true);
  expect(all.some((t) => /^\d+ units? hidden$/.test(t))).toBe(true);
});

test('CSV and JSON: every duty, or only what the filter matches', async ({ page }) => {
  await openChart(page);
  const csvDownload = await exportVia(page, 'CSV: all duties');
  expect(csvDownload.suggestedFilename()).toMatch(/-duties-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await csvDownload.path())!, 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('office_id,office_name,duty_number,duty_text,functions,parent_id');
  // Every duty, and a row for the Center itself, which has none, so the file opens again whole.
  expect(lines).toHaveLength(1 + 102 + 1);

  const json = JSON.parse(
    await readFile((await (await exportVia(page, 'JSON: all duties')).path())!, 'utf8'),
  );
  const duties = json.offices.flatMap((o: { duties: unknown[] }) => o.duties);
  expect(duties).toHaveLength(102);
  expect(json.offices).toHaveLength(OFFICE_COUNT);

  await page.getByRole('searchbox', { name: 'Filter duties' }).fill('audit');
  const status = await page
    .getByRole('region', { name: 'Filter results' })
    .getByRole('status')
    .textContent();
  const matched = Number(/(\d+) dut/.exec(status ?? '')![1]);
  const filteredDownload = await exportVia(page, 'JSON: matching duties only');
  expect(filteredDownload.suggestedFilename()).toMatch(/-duties-filtered-\d{4}-\d{2}-\d{2}\.json$/);
  const filtered = JSON.parse(await readFile((await filteredDownload.path())!, 'utf8'));
  expect(filtered.offices.flatMap((o: { duties: unknown[] }) => o.duties)).toHaveLength(matched);
  expect(filtered.filter).toBe('Filter: “audit”');
  const filteredCsv = await readFile(
    (await (await exportVia(page, 'CSV: matching duties only')).path())!,
    'utf8',
  );
  expect(filteredCsv.trim().split('\r\n')).toHaveLength(1 + matched);
});

test('the menu works from the keyboard', async ({ page }) => {
  await openChart(page);
  const button = page.getByRole('button', { name: 'Export', exact: true });
  // Until its code has loaded, the button stands disabled in its place.
  await expect(button).toBeEnabled();
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu.getByRole('menuitemradio', { name: '1× resolution' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(
    menu.getByRole('menuitemradio', { name: '2× resolution (default)' }),
  ).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: 'PNG image' })).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/\.png$/);
  await expect(button).toBeFocused();
});

test('print shows the chart and the handbook, without the app around them', async ({ page }) => {
  await openChart(page);
  await page.evaluate(() => {
    // The print dialog cannot be driven headless; record the call instead.
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  const menu = await openExportMenu(page);
  await menu.getByRole('menuitem', { name: 'Print or save as PDF…' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: `Organisation chart of ${CENTER}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: CENTER })).toBeVisible();
  const handbookHeadings = page.locator('.print-handbook').getByRole('heading', { level: 2 });
  await expect(handbookHeadings).toHaveCount(OFFICE_COUNT);
  await expect(page.locator('.print-handbook li')).toHaveCount(102);
  await expect(page.locator('.print-handbook')).toContainText('No item 4 in the source');
  // The handbook credits the source once: "Source: …", not "Source: Source: …".
  await expect(page.locator('.print-handbook__meta').last()).toHaveText(
    /^Source: Joke Collection Website/,
  );
  await expect(page.getByRole('searchbox', { name: 'Filter duties' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeHidden();
  await expect(chart(page)).toBeHidden();
  // The chart is inline SVG (an image would decode too late for the print snapshot): its
  // intrinsic width is the picture's.
  const image = page.getByRole('img', { name: `Organisation chart of ${CENTER}` });
  expect(
    await image.evaluate((el) => el.querySelector('svg')?.viewBox.baseVal.width ?? 0),
  ).toBeGreaterThan(500);
});

test('a failed export says why and leaves the app as it was', async ({ page }) => {
  await openChart(page, '?office=loan-management-office');
  await page.evaluate(() => {
    HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
      callback(null);
    };
  });
  const menu = await openExportMenu(page);
  await menu.getByRole('menuitem', { name: 'PNG image' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Export failed: the browser could not create a',
  );
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
    'Loan Management Office',
  );
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(14);
  await page.getByRole('button', { name: 'Dismiss export message' }).click();
  await expect(page.getByRole('alert')).toBeHidden();
});
