import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import writeXlsxFile from 'write-excel-file/node';
import { CENTER, chart, expect, node, openChart, panel, test } from './fixtures.ts';

const CSV_TYPE = 'text/csv';
const TEMPLATE = new URL('../public/organization-template.csv', import.meta.url);

/** Opens a file the way a user does: "Open organisation…", then "Choose file…" in the dialog. */
async function openThroughPicker(
  page: Page,
  file: { name: string; buffer: Buffer; mimeType: string },
) {
  await page.getByRole('button', { name: 'Open organisation…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open an organisation' });
  await expect(dialog).toBeVisible();
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  const chooser = await choosing;
  await expect(dialog).toHaveCount(0);
  await chooser.setFiles(file);
}

async function exportCsv(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('menu', { name: 'Export' })
    .getByRole('menuitem', { name: 'CSV: all duties' })
    .click();
  const download = await downloading;
  return readFile((await download.path())!, 'utf8');
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('a semicolon CSV with a BOM, CRLF and a quoted line break opens through the picker', async ({
  page,
}) => {
  await openChart(page);
  const csv = [
    'Unit ID;Reports to;Unit name;Duty no;Duty',
    'port;;Riverside Port Authority;;',
    'harbour;port;Harbour Office;1;"Berths; moorings and ""safe"" anchorage"',
    'harbour;;;3;"Inspect the harbour\r\nevery week"',
    'customs;port;Customs Liaison;;Liaise with customs',
  ].join('\r\n');
  await openThroughPicker(page, {
    name: 'port.csv',
    mimeType: CSV_TYPE,
    buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${csv}\r\n`)]),
  });
  await expect(heading(page)).toHaveText('Riverside Port Authority');
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(3);
  await node(page, 'Harbour Office').click();
  const side = panel(page);
  await expect(side.getByRole('heading', { level: 2 })).toHaveText('Harbour Office');
  await expect(side.getByText('Berths; moorings and "safe" anchorage')).toBeVisible();
  await expect(side.getByText('Inspect the harbour every week')).toBeVisible();
  await expect(side.getByText('No item 2 in the source')).toBeVisible();
  await expect(page.getByText('From port.csv')).toBeVisible();
});

test('a broken CSV names its row and column, and changes nothing', async ({ page }) => {
  await openChart(page, '?office=loan-management-office');
  const csv = ['ID,Parent ID,Name', '1,,Top', '2,1,Child', '3,99,Orphan', '2,1,Again'].join('\n');
  await openThroughPicker(page, {
    name: 'broken.csv',
    mimeType: CSV_TYPE,
    buffer: Buffer.from(csv),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'broken.csv could not be opened' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Nothing was changed');
  await expect(alert).toContainText(
    `row 4, Parent ID: parentId "99" matches no unit's id (in unit "Orphan", id "3").`,
  );
  await expect(alert).toContainText(
    'row 5, ID: Id "2" is already used by row 3; ids must be unique.',
  );
  await expect(heading(page)).toHaveText(CENTER);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Loan Management Office');
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(14);
});

test('the exported CSV of the Center reopens identical', async ({ page }) => {
  await openChart(page, '?office=loan-management-office');
  const panelBefore = await panel(page).getByRole('list').first().innerText();
  const exported = await exportCsv(page);
  await openThroughPicker(page, {
    name: 'center-duties.csv',
    mimeType: CSV_TYPE,
    buffer: Buffer.from(exported),
  });
  await expect(page.getByText('From center-duties.csv')).toBeVisible();
  await expect(heading(page)).toHaveText(CENTER);
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(14);
  // The same ids, duties and gaps: the office's link and panel are as before.
  await node(page, 'Loan Management Office').click();
  await expect(page).toHaveURL(/office=loan-management-office/);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Loan Management Office');
  expect(await panel(page).getByRole('list').first().innerText()).toBe(panelBefore);
  // Exported again, the file is the same, byte for byte: units, ids, tree, numbers and texts.
  expect(await exportCsv(page)).toBe(exported);
});

test('export, rename a unit as a spreadsheet would, open it: the new name shows', async ({
  page,
}) => {
  await openChart(page);
  const exported = await exportCsv(page);
  // As a European spreadsheet saves it again: semicolons, LF, no byte-order mark, one cell changed.
  const rows = exported
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.replace('Loan Management Office', 'Loans and Mortgages Office'));
  const resaved = rows
    .map((line) => {
      const cells: string[] = [];
      for (const match of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)) {
        if (match.index === line.length && cells.length > 0) break;
        cells.push(match[1]!);
      }
      return cells
        .map((cell) => {
          const value = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
          return /[;"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
        })
        .join(';');
    })
    .join('\n');
  await openThroughPicker(page, {
    name: 'center-edited.csv',
    mimeType: CSV_TYPE,
    buffer: Buffer.from(resaved),
  });
  await expect(page.getByText('From center-edited.csv')).toBeVisible();
  await expect(node(page, 'Loans and Mortgages Office')).toBeVisible();
  await expect(node(page, 'Loan Management Office')).toHaveCount(0);
  await node(page, 'Loans and Mortgages Office').click();
  await expect(page).toHaveURL(/office=loan-management-office/);
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(14);
});

test('an Excel workbook opens', async ({ page }) => {
  await openChart(page);
  const rows = [
    ['ID', 'Parent ID', 'Name', 'Duty number', 'Duty'],
    [1, null, 'Example Water Board', null, null],
    [2, 1, 'Supply Office', 1, 'Keep the water running.'],
    [2, null, null, 2, 'Read the meters.'],
    [3, 1, 'Billing Office', null, 'Send the bills.'],
  ];
  const buffer = await writeXlsxFile(
    rows.map((row) => row.map((value) => (value === null ? null : { value }))),
  ).toBuffer();
  await openThroughPicker(page, {
    name: 'water.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expect(heading(page)).toHaveText('Example Water Board');
  await node(page, 'Supply Office').click();
  await expect(panel(page).getByText('Read the meters.')).toBeVisible();
  await expect(page.getByText('From water.xlsx')).toBeVisible();
});

test('the dialog names the formats, offers the template, and closes with Escape', async ({
  page,
}) => {
  await openChart(page);
  const open = page.getByRole('button', { name: 'Open organisation…' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Open an organisation' });
  await expect(dialog.getByRole('button', { name: 'Choose file…' })).toBeFocused();
  await expect(dialog).toContainText('Spreadsheet: CSV, TSV or Excel (.csv, .tsv, .xlsx)');
  await expect(dialog).toContainText('never uploaded');

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('link', { name: 'Download the spreadsheet template (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('organization-template.csv');
  expect(await readFile((await download.path())!)).toEqual(await readFile(TEMPLATE));

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(heading(page)).toHaveText(CENTER);

  // The template itself opens as the organisation it describes.
  await openThroughPicker(page, {
    name: 'organization-template.csv',
    mimeType: CSV_TYPE,
    buffer: await readFile(TEMPLATE),
  });
  await expect(heading(page)).toHaveText('City of Example Council');
  await expect(node(page, 'Press Office')).toBeVisible();
});

test('on a phone, the dialog fits the screen and Cancel closes it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openChart(page);
  await page.getByRole('button', { name: 'Open organisation…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open an organisation' });
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.height).toBeLessThanOrEqual(844);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
});
