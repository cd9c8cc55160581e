import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, openChart, panel, test } from './fixtures.ts';

/** The twelve functions, in the chips' order. */
const FUNCTIONS = [
  'Risk',
  'Audit, inspection & discipline',
  'Finance & accounting',
  'Loans & credit',
  'Collection & withdrawal',
  'Law, policy & enforcement',
  'Technology & internet',
  'Service, petitions & complaints',
  'Party work & personnel',
  'Statistics & reporting',
  'Housing projects',
  'Administration',
];

const table = (page: Page) => page.getByRole('table', { name: /^Duties by unit and function/ });

/** Opens the functions table straight from a link (the chart beneath it stays hidden). */
async function openTable(page: Page, search = '') {
  await page.goto(`/?view=matrix${search}`);
  await expect(table(page)).toBeVisible();
}

/** The table's cells as text, row by row (header row first, totals last). */
async function cells(page: Page): Promise<string[][]> {
  return table(page)
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
}

const columnHeader = (page: Page, name: string) =>
  table(page).getByRole('columnheader', { name, exact: true });

const duty = (page: Page, number: number) =>
  panel(page)
    .getByRole('list', { name: /^Duties of / })
    .locator(`li[value="${number}"]`);

test.describe('the functions table', () => {
  test('has the 13 offices and the 12 functions, and its counts agree with the chips', async ({
    page,
  }) => {
    await openChart(page);
    await page.getByRole('button', { name: 'Functions table' }).click();
    await expect(page).toHaveURL(/\?view=matrix$/);
    await expect(table(page)).toBeVisible();
    await expect(table(page).getByRole('rowheader')).toHaveCount(13 + 1);
    const headers = table(page).getByRole('columnheader');
    await expect(headers).toHaveText([
      'Unit',
      'Duties',
      ...FUNCTIONS.map((l) => l.split(/[ ,&]/)[0]!),
    ]);
    for (const [i, label] of FUNCTIONS.entries()) {
      await expect(headers.nth(i + 2).getByRole('button')).toHaveAccessibleName(label);
    }
    const rows = await cells(page);
    const body = rows.slice(1, -1);
    const totals = rows.at(-1)!;
    expect(body.map((row) => row[0])).toContain('Loan Management Office');
    const chips = page.getByRole('group', { name: 'Functions' }).getByRole('button');
    for (const [i, label] of FUNCTIONS.entries()) {
      // "7 offices · 11 duties" on the chip; the column's non-zero rows and its total below.
      const chip = await chips.filter({ hasText: label }).textContent();
      const [, offices, duties] = /(\d+) offices? · (\d+) dut/.exec(chip ?? '')!;
      const column = body.map((row) => Number(row[i + 2]));
      expect(column.filter((n) => n > 0).length, label).toBe(Number(offices));
      expect(
        column.reduce((a, b) => a + b, 0),
        label,
      ).toBe(Number(duties));
      expect(totals[i + 2], label).toBe(duties);
    }
    // Every cell says its number, zeros included: colour is never the only signal.
    expect(body.every((row) => row.slice(1).every((cell) => /^\d+$/.test(cell)))).toBe(true);
    // The same toggle brings the chart back.
    const toggle = page.getByRole('button', { name: 'Functions table' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('region', { name: 'Organisation chart' })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });

  test('a count shows that unit with that function filtered on the chart', async ({ page }) => {
    await openTable(page);
    const count = table(page).getByRole('button', {
      name: /^\d+ Loans & credit duties in Loan Management Office: show on the chart$/,
    });
    const n = Number(await count.textContent());
    await count.click();
    await expect(page).toHaveURL(/\?office=loan-management-office&fn=loans$/);
    await expect(page.getByRole('region', { name: 'Organisation chart' })).toBeVisible();
    await expect(table(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Loans & credit/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      'Loan Management Office',
    );
    await expect(panel(page).getByText(`${n} of 11 duties match`)).toBeVisible();
    // Back returns to the table, as it was.
    await page.goBack();
    await expect(table(page)).toBeVisible();
    await expect(page).toHaveURL(/\?view=matrix$/);
  });

  test('sorts by any column from the keyboard', async ({ page }) => {
    await openTable(page);
    const loans = columnHeader(page, 'Loans & credit');
    await expect(loans).not.toHaveAttribute('aria-sort');
    // Reachable with Tab: the download, the table's scrolling box, then the column headers.
    await page.getByRole('button', { name: 'Download CSV' }).focus();
    await page.keyboard.press('Tab');
    await expect(table(page).locator('..')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(columnHeader(page, 'Unit').getByRole('button')).toBeFocused();
    await loans.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(loans).toHaveAttribute('aria-sort', 'descending');
    let column = (await cells(page)).slice(1, -1).map((row) => Number(row[5]));
    expect(column).toEqual([...column].sort((a, b) => b - a));
    expect((await cells(page))[1]![0]).toBe('Loan Management Office');
    await page.keyboard.press('Space');
    await expect(loans).toHaveAttribute('aria-sort', 'ascending');
    column = (await cells(page)).slice(1, -1).map((row) => Number(row[5]));
    expect(column).toEqual([...column].sort((a, b) => a - b));
    const unit = columnHeader(page, 'Unit');
    await unit.getByRole('button').press('Enter');
    await expect(unit).toHaveAttribute('aria-sort', 'ascending');
    await expect(loans).not.toHaveAttribute('aria-sort');
    const names = (await cells(page)).slice(1, -1).map((row) => row[0]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await page.getByRole('button', { name: 'Back to the source’s order' }).click();
    expect((await cells(page))[1]![0]).toBe(
      'Party Committee Office (Organization and Personnel Department)',
    );
  });

  test('the first skip link leads to the table while it is shown', async ({ page }) => {
    await openTable(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the functions table' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(table(page).locator('..')).toBeFocused();
  });

  test('downloads as CSV with a line per row', async ({ page }) => {
    await openTable(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^shanghai-provident-fund-management-center-functions-table-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const text = await readFile((await download.path())!, 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 13);
    expect(lines[0]).toBe(
      `unit_id,unit,parent_id,units_included,duties,${FUNCTIONS.map((l) => (l.includes(',') ? `"${l}"` : l)).join(',')}`,
    );
    const shown = (await cells(page)).slice(1, -1);
    const loans = lines.find((line) => line.startsWith('loan-management-office,'))!;
    const row = shown.find((r) => r[0] === 'Loan Management Office')!;
    expect(loans).toBe(
      `loan-management-office,Loan Management Office,shanghai-provident-fund-management-center,1,${row.slice(1).join(',')}`,
    );
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
      '13 units',
    );
  });

  test('counts what the typed filter matches, as the chips do', async ({ page }) => {
    await openTable(page, '&q=risk');
    await expect(table(page)).toHaveAccessibleName(/matching “risk”/);
    const totals = (await cells(page)).at(-1)!;
    const chip = await page
      .getByRole('group', { name: 'Functions' })
      .getByRole('button', { name: /^Risk/ })
      .textContent();
    expect(chip).toContain(`${totals[2]} duties`);
  });

  test('lists shared work, each pair a link to the first unit’s duty', async ({ page }) => {
    await openTable(page);
    const shared = page.getByRole('region', { name: 'Shared work' });
    const pairs = shared.getByRole('listitem');
    expect(await pairs.count()).toBeGreaterThanOrEqual(5);
    const link = shared.getByRole('link', {
      name: 'Collection Management Office and Loan Management Office',
    });
    await expect(link).toHaveAttribute('href', /office=collection-management-office&duty=6/);
    await link.click();
    await expect(page).toHaveURL(/\?office=collection-management-office&duty=6$/);
    await expect(duty(page, 6)).toHaveAttribute('aria-current', 'true');
    await expect(
      duty(page, 6).getByRole('link', { name: /^Loan Management Office duty 6$/ }),
    ).toBeVisible();
  });

  test('on a phone the table scrolls in its own box, its first column staying put', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openTable(page);
    const box = table(page).locator('..');
    const widths = await box.evaluate((el) => ({
      page: document.documentElement.scrollWidth,
      box: el.scrollWidth,
      shown: el.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.box).toBeGreaterThan(widths.shown);
    const first = table(page).getByRole('rowheader').first();
    const before = (await first.boundingBox())!;
    await box.evaluate((el) => el.scrollBy(400, 0));
    const after = (await first.boundingBox())!;
    expect(after.x).toBeCloseTo(before.x, 0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});

test.describe('links to one duty', () => {
  test('?office=…&duty=3 opens the panel at duty 3, marked as current', async ({ page }) => {
    await openChart(page, '?office=loan-management-office&duty=3');
    const third = duty(page, 3);
    await expect(third).toHaveAttribute('aria-current', 'true');
    await expect(third).toBeInViewport();
    await expect(panel(page).locator('[aria-current]')).toHaveCount(1);
    // Visibly marked: a coloured bar and background the other duties do not have.
    const look = (n: number) =>
      duty(page, n).evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.backgroundColor} ${style.borderLeftWidth} ${style.borderLeftColor}`;
      });
    expect(await look(3)).not.toBe(await look(2));
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await look(3)).not.toBe(await look(2));
  });

  test('a duty far down the list is scrolled into view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openChart(page, '?office=loan-management-office&duty=11');
    await expect(duty(page, 11)).toHaveAttribute('aria-current', 'true');
    await expect(duty(page, 11)).toBeInViewport();
  });

  test('Copy link to this duty copies a link that opens it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openChart(page, '?office=loan-management-office&q=risk');
    await duty(page, 3).getByRole('button', { name: 'Copy link to duty 3' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Link to duty 3 copied.' }),
    ).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The duty alone: today's filter would only dim or hide it.
    expect(copied).toMatch(/\/\?office=loan-management-office&duty=3$/);
    await page.goto(copied);
    await expect(duty(page, 3)).toHaveAttribute('aria-current', 'true');
  });

  test('an unknown duty number gets a notice, not an error', async ({ page }) => {
    await openChart(page, '?office=loan-management-office&duty=99');
    await expect(
      page.getByText('Loan Management Office has no duty 99, so none is marked.'),
    ).toBeVisible();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      'Loan Management Office',
    );
    await expect(panel(page).locator('[aria-current]')).toHaveCount(0);
  });

  test('“Also in” links move to the counterpart, and Back returns', async ({ page }) => {
    await openChart(page, '?office=collection-management-office&duty=8');
    const link = duty(page, 8).getByRole('link', { name: 'Loan Management Office duty 8' });
    await expect(duty(page, 8).getByText('Also in:')).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\?office=loan-management-office&duty=8$/);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      'Loan Management Office',
    );
    await expect(duty(page, 8)).toHaveAttribute('aria-current', 'true');
    await expect(duty(page, 8)).toBeFocused();
    await expect(
      duty(page, 8).getByRole('link', { name: 'Collection Management Office duty 8' }),
    ).toBeVisible();
    await page.goBack();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      'Collection Management Office',
    );
    await expect(duty(page, 8)).toHaveAttribute('aria-current', 'true');
  });
});

test.describe('accessibility of the table and the duty links', () => {
  for (const { width, height } of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${width}×${height}, ${scheme}`, async ({ page }) => {
        // Two full axe passes over a page of some 200 controls.
        test.setTimeout(90_000);
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        await openTable(page);
        await expect(
          page.getByRole('region', { name: 'Shared work' }).getByRole('link').first(),
        ).toBeVisible();
        await expectNoViolations(page, `functions table, ${width}, ${scheme}`);
        await openChart(page, '?office=collection-management-office&duty=8');
        await expect(duty(page, 8).getByRole('link', { name: /duty 8$/ })).toBeVisible();
        await expectNoViolations(page, `panel with counterparts, ${width}, ${scheme}`);
      });
    }
  }
});
