import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateOrganization } from '../scripts/generate-organization.mjs';
import { CENTER, chart, expect, node, openChart, panel, test } from './fixtures.ts';

const council = {
  name: 'Example Borough Council',
  source: { title: 'Example Borough Council: who does what', url: 'https://example.org/who' },
  root: {
    name: 'Example Borough Council',
    children: [
      {
        id: 'roads',
        name: 'Roads <b>Department</b>',
        duties: ['Repair roads and pavements.', { number: 4, text: 'Audit the road budget.' }],
        children: [
          { id: 'potholes', name: 'Pothole Team', duties: ['Fill potholes within a week.'] },
          {
            id: 'lights',
            name: 'Street Lighting Section',
            duties: ['Keep street lights working.'],
            children: [{ id: 'night', name: 'Night Patrol', duties: ['Report broken lights.'] }],
          },
        ],
      },
      { id: 'parks', name: 'Parks Office', duties: ['Plant trees.', 'Audit playgrounds.'] },
    ],
  },
};

const councilText = `Example pages - Internal organizations of Riverside Port Authority

Internal organizations of Riverside Port Authority

Harbour Office

1. Responsible for berths and moorings; 2. Responsible for harbour safety inspections.

Customs Liaison Office

1. Responsible for liaison with customs; 3. Responsible for audit of cargo records.
`;

const fileInput = (page: Page) => page.getByLabel('Open organisation file');
const json = (value: unknown, name = 'council.json') => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});

test('open a JSON file through the picker, keep it after a reload, go back to the default', async ({
  page,
}) => {
  await openChart(page);
  await fileInput(page).setInputFiles(json(council));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Borough Council');
  await expect(node(page, 'Roads <b>Department</b>')).toBeVisible();
  await expect(page.locator('b')).toHaveCount(0);
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(6);
  await expect(page).toHaveTitle('Example Borough Council · Orgscope');

  await node(page, 'Roads <b>Department</b>').click();
  const side = panel(page);
  await expect(side.getByRole('heading', { level: 2 })).toHaveText('Roads <b>Department</b>');
  await expect(side.getByText('No item 2, 3 in the source')).toBeVisible();
  await expect(side.getByRole('heading', { name: '2 units below' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Borough Council');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    'Roads <b>Department</b>',
  );

  await page
    .getByRole('button', { name: 'Back to the Shanghai Provident Fund Management Center' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CENTER);
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(14);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CENTER);
});

test('open a text file laid out like the source page', async ({ page }) => {
  await openChart(page);
  await fileInput(page).setInputFiles({
    name: 'port.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(councilText),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Riverside Port Authority');
  await node(page, 'Customs Liaison Office').click();
  await expect(panel(page).getByText('No item 2 in the source')).toBeVisible();
  await expect(page.getByText('From port.txt')).toBeVisible();
});

test('a text file with warnings opens and says so once; the picker offers every format', async ({
  page,
}) => {
  await openChart(page);
  await expect(fileInput(page)).toHaveAttribute(
    'accept',
    [
      '.json,.csv,.tsv,.tab,.xlsx,.txt,application/json,text/csv,text/tab-separated-values',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/plain',
    ].join(','),
  );
  await expect(page.getByRole('button', { name: 'Open organisation…' })).toHaveAttribute(
    'title',
    'Open an organisation from a JSON, CSV, TSV, Excel (.xlsx) or text file (up to 100 MB)',
  );
  const warned = councilText.replace(
    '2. Responsible for harbour safety inspections.',
    '\n\n2. Responsible for harbour safety inspections.',
  );
  await fileInput(page).setInputFiles({
    name: 'port.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(warned),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Riverside Port Authority');
  const warning = page.getByText(
    'port.txt, line 9: A second paragraph of duties for "Harbour Office": put each office\'s duties in one paragraph.',
  );
  await expect(warning).toBeVisible();
  // The warning was said when the file was opened; restoring it after a reload does not repeat it.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Riverside Port Authority');
  await expect(node(page, 'Harbour Office')).toBeVisible();
  await expect(warning).toHaveCount(0);
});

test('a kept organisation that no longer reads is not tried again, and the default shown', async ({
  page,
}) => {
  await openChart(page);
  await fileInput(page).setInputFiles(json(council));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Borough Council');
  await page.waitForFunction(() => sessionStorage.getItem('orgscope:shown') !== null);
  // As if the kept copy had been damaged since it was opened.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const id = sessionStorage.getItem('orgscope:shown')!;
        const open = indexedDB.open('orgscope');
        open.onerror = () => reject(open.error ?? new Error('no database'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('packed', 'readwrite');
          const header = { name: 'Council', attribution: { title: 'x' }, units: 5, duties: 0 };
          tx.objectStore('packed').put({ header, runs: [] }, id);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onabort = () => reject(tx.error ?? new Error('not stored'));
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CENTER);
  await expect(
    page.getByText(
      'The organisation kept in this browser could not be opened (The organisation arrived incomplete (0 of 5 units)), so the default is shown; Open organisation… still lists it under Recent.',
    ),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CENTER);
  await expect(page.getByText('could not be opened')).toHaveCount(0);
});

test('drop a file onto the page', async ({ page }) => {
  await openChart(page);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(council));
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(
    page.getByText('Drop a JSON, CSV, TSV, Excel (.xlsx) or text file to open it (up to 100 MB)'),
  ).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Borough Council');
  await expect(page.getByText('Drop a JSON, CSV')).toHaveCount(0);
});

test('a broken file gets precise problems and the current chart stays', async ({ page }) => {
  await openChart(page, '?office=loan-management-office');
  const broken = {
    name: 'Broken',
    units: [
      { id: 'a', name: 'A' },
      { id: 'b', parentId: 'c', name: 'B' },
      { id: 'c', parentId: 'b', name: '   ' },
      { id: 'a', parentId: 'a', name: 'Again' },
    ],
  };
  await fileInput(page).setInputFiles(json(broken, 'broken.json'));
  const alert = page.getByRole('alert').filter({ hasText: 'broken.json could not be opened' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Nothing was changed');
  await expect(alert.getByRole('listitem').first()).toBeVisible();
  await expect(alert).toContainText(
    'units[3].id: Id "a" is already used by units[0]; ids must be unique.',
  );
  await expect(alert).toContainText('units[2].name: Name is empty.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CENTER);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Loan Management Office');

  await fileInput(page).setInputFiles({
    name: 'syntax.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "name": "X",\n  "root": { "name": "Y", }\n}'),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: 'syntax.json could not be opened' }),
  ).toContainText('line 3');

  await fileInput(page).setInputFiles({
    name: 'latin1.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x4f, 0x66, 0x66, 0x69, 0x63, 0x65, 0xe9, 0x0a]),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: 'latin1.txt could not be opened' }),
  ).toContainText(/UTF-8/);

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CENTER);
});

test('a file over the size limit is refused with the limit stated', async ({ page }, testInfo) => {
  await openChart(page);
  // Over the limit by a byte: refused from its size alone, at once.
  const huge = testInfo.outputPath('huge.json');
  writeFileSync(huge, Buffer.alloc(100 * 1024 * 1024 + 1, 32));
  await fileInput(page).setInputFiles(huge);
  await expect(
    page.getByRole('alert').filter({ hasText: 'huge.json could not be opened' }),
  ).toContainText('the limit is 100 MB');
});

test('deep organisations: collapse, expand, and filters that reveal collapsed matches', async ({
  page,
}) => {
  await openChart(page);
  await fileInput(page).setInputFiles(json(council));
  await expect(node(page, 'Night Patrol')).toBeVisible();
  const tree = page.getByRole('tree', { name: 'Outline' });
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(node(page, 'Night Patrol')).toHaveCount(0);
  await expect(node(page, 'Pothole Team')).toHaveCount(0);
  await expect(tree.getByRole('treeitem', { name: 'Roads <b>Department</b>' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(node(page, 'Roads <b>Department</b>').getByText('3 units hidden')).toBeVisible();

  // The keyboard expands a unit on the chart with +.
  await node(page, 'Roads <b>Department</b>').focus();
  await page.keyboard.press('+');
  await expect(node(page, 'Pothole Team')).toBeVisible();
  await page.keyboard.press('-');
  await expect(node(page, 'Pothole Team')).toHaveCount(0);

  // A filter reveals matches inside collapsed branches and counts them per branch.
  await page.getByRole('searchbox', { name: 'Filter duties' }).fill('lights');
  await expect(node(page, 'Night Patrol')).toBeVisible();
  await expect(node(page, 'Street Lighting Section')).toBeVisible();
  await expect(
    tree.getByRole('treeitem', { name: 'Roads <b>Department</b>' }).locator('[data-matches]'),
  ).toHaveText('2');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(node(page, 'Night Patrol')).toHaveCount(0);

  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(node(page, 'Night Patrol')).toBeVisible();
  // Selecting a unit hidden in a collapsed branch opens the branch.
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await tree.getByRole('treeitem', { name: 'Roads <b>Department</b>' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Pothole Team');
  await expect(node(page, 'Pothole Team')).toBeVisible();
});

test('a 10,000-unit organisation opens collapsed and stays responsive', async ({ page }) => {
  test.setTimeout(60_000);
  await openChart(page);
  const big = generateOrganization({ units: 10_000, seed: 1 });
  await fileInput(page).setInputFiles(json(big, 'big.json'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(big.name, { timeout: 20_000 });
  await expect(page.locator('.org-chart[data-placed]')).toBeVisible();
  const rendered = await chart(page).locator('.react-flow__node').count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(600);
  await page.getByRole('searchbox', { name: 'Filter duties' }).fill('budget');
  await expect(
    page.getByRole('region', { name: 'Filter results' }).getByRole('status'),
  ).toContainText('match');
});

test('1,000 levels of nesting open without hanging, and expand fully', async ({ page }) => {
  await openChart(page);
  let unit: { name: string; duties: string[]; children?: unknown[] } = {
    name: 'Level 1000',
    duties: ['Keep the bottom level.'],
  };
  for (let level = 999; level >= 1; level--) {
    unit = { name: `Level ${level}`, duties: [`Oversee level ${level + 1}.`], children: [unit] };
  }
  await fileInput(page).setInputFiles(json({ name: 'Deep Authority', root: unit }, 'deep.json'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deep Authority');
  await expect(page.locator('.org-chart[data-placed]')).toBeVisible();
  await page.getByRole('button', { name: 'Expand all' }).click();
  // The Outline draws only the rows on screen: End goes to the last, as a keyboard user would.
  const tree = page.getByRole('tree', { name: 'Outline' });
  await tree.getByRole('treeitem', { name: 'Level 1', exact: true }).focus();
  await page.keyboard.press('End');
  await expect(tree.getByRole('treeitem', { name: 'Level 1000' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Level 1000');
  await expect(node(page, 'Level 1000')).toBeInViewport();
});
