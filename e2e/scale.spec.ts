import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateOrganization } from '../scripts/generate-organization.mjs';
import { CENTER, chart, expect, openChart, test } from './fixtures.ts';

/**
 * Opening organisations at size, off the main thread: a generated 100,000-unit file (about 43 MB)
 * through the picker, its progress, its filter, a reload from storage, and a second opening
 * cancelled midway. Heavy, so it runs once, in one browser.
 */
test.describe.configure({ mode: 'serial' });
test.skip(({ browserName }) => browserName !== 'chromium', 'one browser is enough at this size');

const fileInput = (page: Page) => page.getByLabel('Open organisation file');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('100,000 units: open with progress, filter, reload from storage, cancel another', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const generated = generateOrganization({ units: 100_000, seed: 1 });
  const big = testInfo.outputPath('organisation-100000.json');
  writeFileSync(big, JSON.stringify(generated));
  await openChart(page);

  await fileInput(page).setInputFiles(big);
  const progress = page.getByRole('progressbar', { name: 'Opening organisation-100000.json' });
  await expect(progress).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Opening organisation-100000.json' }),
  ).toContainText(/\d+% · (Reading [\d.]+ of 4\d MB|Checking|Indexing|Drawing)/);
  await expect(heading(page)).toHaveText(generated.name, { timeout: 45_000 });
  await expect(progress).toBeHidden();
  // Opened collapsed: a few levels, not 100,000 cards.
  await expect(chart(page).getByRole('button').first()).toBeVisible();
  expect(await chart(page).locator('.react-flow__node').count()).toBeLessThan(400);

  // The filter searches every unit, through the worker's index.
  await page.getByRole('searchbox', { name: 'Filter duties' }).fill('risk');
  await expect(page.getByRole('status').filter({ hasText: / match$/ })).toHaveText(
    /^[\d,]{5,} offices · [\d,]{5,} duties match$/,
    { timeout: 15_000 },
  );

  // Back from this browser's storage after a reload, without the file, once it is kept.
  await expect(
    page.getByText('organisation-100000.json is kept in this browser', { exact: false }),
  ).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(heading(page)).toHaveText(generated.name, { timeout: 30_000 });
  await expect(page.getByText('From organisation-100000.json')).toBeVisible();
  await expect(chart(page).getByRole('button').first()).toBeVisible();

  // A second file, cancelled midway: the chart stays exactly as it was.
  const cardsBefore = await chart(page).locator('.react-flow__node').count();
  const second = testInfo.outputPath('second-100000.json');
  writeFileSync(second, JSON.stringify(generateOrganization({ units: 100_000, seed: 2 })));
  await fileInput(page).setInputFiles(second);
  await expect(page.getByRole('progressbar', { name: 'Opening second-100000.json' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar')).toBeHidden();
  await expect(
    page.getByText('Stopped opening second-100000.json; the chart is as it was.'),
  ).toBeVisible();
  await expect(heading(page)).toHaveText(generated.name);
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(cardsBefore);
  // Nothing of the cancelled file was kept either.
  await page.reload();
  await expect(heading(page)).toHaveText(generated.name, { timeout: 30_000 });
});

const council = (name: string) => ({
  name: 'files',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({ name, children: [{ name: 'Roads Office', duties: ['Repair roads.'] }] }),
  ),
});

test('a save the browser refuses says so, and the chart stays', async ({ page }) => {
  await openChart(page);
  // A full disk, as the browser reports it: the write fails when its transaction commits.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(page.url()).origin,
    quotaSize: 1,
  });
  await fileInput(page).setInputFiles({ ...council('Northvale Council'), name: 'northvale.json' });
  await expect(heading(page)).toHaveText('Northvale Council');
  await expect(
    page.getByText(
      /^northvale\.json is open, but it could not be kept in this browser \(.+\), so a reload will not bring it back\.$/,
    ),
  ).toBeVisible();
  await page.reload();
  await expect(heading(page)).toHaveText(CENTER);
});

test('Recent keeps what each tab opened; one can be removed', async ({ page, context }) => {
  await openChart(page);
  await fileInput(page).setInputFiles({ ...council('Eastmere Council'), name: 'eastmere.json' });
  await expect(heading(page)).toHaveText('Eastmere Council');

  // Another tab opens another file, then goes back to the default: nothing of this tab's is lost.
  const other = await context.newPage();
  await openChart(other);
  await fileInput(other).setInputFiles({ ...council('Ashford Council'), name: 'ashford.json' });
  await expect(heading(other)).toHaveText('Ashford Council');
  await other.getByRole('button', { name: /^Back to the Shanghai/ }).click();
  await expect(heading(other)).toHaveText(CENTER);
  await other.close();

  await page.reload();
  await expect(heading(page)).toHaveText('Eastmere Council');

  await page.getByRole('button', { name: 'Open organisation…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open an organisation' });
  const recent = dialog.getByRole('region', { name: 'Recent' });
  await expect(recent.getByRole('listitem')).toHaveCount(2);
  // Newest first: the reload reopened this tab's file just now.
  await expect(recent.getByRole('listitem').first()).toContainText(
    'eastmere.json · 2 units · shown now',
  );
  await expect(recent.getByRole('listitem').last()).toContainText('ashford.json');
  await recent.getByRole('button', { name: 'Remove eastmere.json from Recent' }).click();
  await expect(recent.getByRole('listitem')).toHaveCount(1);
  // Focus stays in the list, on the entry that took the removed one's place.
  await expect(
    recent.getByRole('button', { name: 'Remove ashford.json from Recent' }),
  ).toBeFocused();
  await expect(
    page.getByText(
      'Removed eastmere.json from this browser; it stays on screen until you open another or reload.',
    ),
  ).toBeVisible();
  await expect(heading(page)).toHaveText('Eastmere Council');

  await recent.getByRole('button', { name: 'Ashford Council' }).click();
  await expect(dialog).toBeHidden();
  await expect(heading(page)).toHaveText('Ashford Council');
  await page.reload();
  await expect(heading(page)).toHaveText('Ashford Council');
});
