import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { CENTER, expect, hasPoppler, openChart, test } from './fixtures.ts';

/** Prints the page as the browser's own Print does (page.pdf() fires beforeprint/afterprint). */
async function printToPdf(page: Page) {
  const dir = mkdtempSync(join(tmpdir(), 'orgscope-print-'));
  const file = join(dir, 'print.pdf');
  writeFileSync(file, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  // One entry per page; whitespace dropped, since the PDF breaks lines where the layout wraps.
  const pages = text
    .split('\f')
    .filter((p) => p.trim() !== '')
    .map((p) => p.replace(/\s+/g, ''));
  execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', '-png', file, join(dir, 'page')]);
  const first = readdirSync(dir).find((name) => name.startsWith('page') && name.endsWith('.png'));
  return { dir, pages, firstPage: PNG.sync.read(readFileSync(join(dir, first!))) };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * The print view's code loads when the browser is idle; a user has been on the page a moment.
 * It marks the page once it listens for the browser's print.
 */
async function printViewLoaded(page: Page) {
  await expect(page.locator('html[data-print-ready]')).toBeAttached();
}

test.describe('printing from the browser', () => {
  test.skip(!hasPoppler(), 'needs pdftotext and pdftoppm (Debian: apt-get install poppler-utils)');

  test('Ctrl+P prints the chart, then the handbook of all duties, not a blank page', async ({
    page,
  }) => {
    await openChart(page, '?q=risk');
    await printViewLoaded(page);
    const { pages, firstPage } = await printToPdf(page);
    expect(pages.length).toBeGreaterThan(2);

    // Page 1: the chart with its title, every office's card and the filter; no duty text yet.
    const chartPage = pages[0]!;
    for (const name of [CENTER, 'Loan Management Office', 'Internet Development Office']) {
      expect(chartPage).toContain(squeeze(name));
    }
    expect(chartPage).toContain(squeeze('Filter: “risk”'));
    expect(chartPage).not.toContain('Responsiblefor');
    const colours = new Set<number>();
    for (let i = 0; i < firstPage.data.length; i += 4 * 5) {
      colours.add(
        (firstPage.data[i]! << 16) | (firstPage.data[i + 1]! << 8) | firstPage.data[i + 2]!,
      );
    }
    expect(colours.size, 'the chart page has a picture on it').toBeGreaterThan(20);

    // Then the handbook: every office and its duties, the source credited once.
    const handbook = pages.slice(1).join('');
    expect(handbook).toContain(
      squeeze('Party Committee Office (Organization and Personnel Department)'),
    );
    expect(handbook).toContain(squeeze('Technology Support and Development Department'));
    expect(handbook).toContain(squeeze('No item 4 in the source'));
    expect(handbook).toContain('Source:JokeCollectionWebsite');
    expect(handbook).not.toContain('Source:Source:');
    expect(handbook.match(/Responsiblefor/g)?.length ?? 0).toBeGreaterThan(80);

    // Once printed, the print view is gone again.
    await expect(page.locator('.print-view')).toHaveCount(0);
  });

  test('before the print view has loaded, the page still prints the chart, not a blank page', async ({
    page,
  }) => {
    // Hold the print view's code back, as on a slow connection in the first moments.
    await page.route(/\/PrintView-[^/]*\.js$/, () => undefined);
    await openChart(page);
    const { pages } = await printToPdf(page);
    const all = pages.join('');
    expect(all).toContain(squeeze(CENTER));
    // The whole chart, to its right-hand column, fits the page.
    for (const name of ['Loan Management Office', 'Discipline Inspection and Audit Office']) {
      expect(all).toContain(squeeze(name));
    }
  });
});
