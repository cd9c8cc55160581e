import { writeFileSync } from 'node:fs';
import { generateOrganization } from '../scripts/generate-organization.mjs';
import {
  CENTER,
  expect,
  expectNoViolations,
  node,
  openChart,
  openGenerated,
  test,
} from './fixtures.ts';

test('first load', async ({ page }) => {
  await openChart(page);
  await expectNoViolations(page, 'first load');
});

test('an office selected, and the Center overview', async ({ page }) => {
  await openChart(page, '?office=technology-support-and-development-department');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible();
  await expectNoViolations(page, 'office selected');
  await openChart(page, '?office=shanghai-provident-fund-management-center');
  await expect(page.getByRole('complementary').getByRole('link').first()).toBeVisible();
  await expectNoViolations(page, 'Center overview');
});

test('filters active, in light and dark', async ({ page }) => {
  await openChart(page, '?q=risk&fn=audit,loans&office=loan-management-office');
  await expect(page.getByRole('region', { name: 'Filter results' })).toBeVisible();
  await expectNoViolations(page, 'filters active');
  await page.emulateMedia({ colorScheme: 'dark' });
  await openChart(page, '?q=risk&fn=audit,loans&office=loan-management-office');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoViolations(page, 'filters active, dark');
});

test('export menu open', async ({ page }) => {
  await openChart(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  await expectNoViolations(page, 'export menu open');
});

test('the Open organisation dialog, in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await openChart(page);
    await page.getByRole('button', { name: 'Open organisation…' }).click();
    await expect(page.getByRole('dialog', { name: 'Open an organisation' })).toBeVisible();
    await expectNoViolations(page, `open dialog, ${colorScheme}`);
  }
});

test('the Outline focused, with a unit collapsed', async ({ page }) => {
  await openChart(page);
  const centre = page
    .getByRole('tree', { name: 'Outline' })
    .getByRole('treeitem', { name: CENTER });
  await centre.focus();
  await page.keyboard.press('ArrowDown');
  await expectNoViolations(page, 'outline focused');
});

test('dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openChart(page, '?office=discipline-inspection-and-audit-office');
  await expectNoViolations(page, 'dark theme');
});

test('phone, with the bottom sheet open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openChart(page);
  await expectNoViolations(page, 'phone');
  // A card the phone's first view shows, as a user would tap it (the Collection Management
  // Office is off to the side there: a click at its place could land on another card).
  const card = node(page, 'Office (Petition Office)');
  // Whole on screen (less a rounding error in the chart's transform).
  await expect(card).toBeInViewport({ ratio: 0.99 });
  await card.click();
  await expect(page.getByRole('complementary')).toBeVisible();
  await expectNoViolations(page, 'phone, bottom sheet');
});

test('the not-found notice', async ({ page }) => {
  await openChart(page, '?office=no-such-office&layout=sideways&fn=astrology');
  await expect(page.getByText('The link names an office that does not exist here')).toBeVisible();
  await expectNoViolations(page, 'not-found notice');
});

test('a deep organisation, collapsed and filtered: cards with every kind of badge', async ({
  page,
}) => {
  // axe checks every card's contrast, so this stays just over the size that opens collapsed.
  test.setTimeout(60_000);
  await openChart(page);
  await openGenerated(page, { units: 160, seed: 1 }, 'deep.json');
  await page.getByRole('searchbox', { name: 'Filter duties' }).fill('western');
  const chartRegion = page.getByRole('region', { name: 'Organisation chart' });
  await expect(
    chartRegion.getByRole('button', { name: /, \+\d+ below(, |$)/ }).first(),
  ).toBeAttached();
  await expect(
    chartRegion.getByRole('button', { name: /, \d+ units? hidden$/ }).first(),
  ).toBeAttached();
  await expectNoViolations(page, 'deep organisation, filtered');
});

test('a file opening (progress and Cancel) and Recent, light and dark, desktop and phone', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const big = testInfo.outputPath('progress.json');
  writeFileSync(big, JSON.stringify(generateOrganization({ units: 60_000, seed: 4 })));
  const small = {
    name: 'small.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ name: 'Small Council', children: [{ name: 'Roads' }] })),
  };
  // A slow machine may finish opening the big file before Cancel is pressed.
  let bigOpened = false;
  for (const [viewport, scheme] of [
    [{ width: 1440, height: 900 }, 'light'],
    [{ width: 390, height: 844 }, 'dark'],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    await openChart(page);
    await page.getByLabel('Open organisation file').setInputFiles(big);
    await expect(page.getByRole('progressbar', { name: 'Opening progress.json' })).toBeVisible();
    await expectNoViolations(page, `opening, ${scheme}`);
    // A slow machine may have finished opening while axe ran.
    const cancel = page.getByRole('button', { name: 'Cancel' });
    if (await cancel.isVisible()) await cancel.click();
    await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
    // Then Recent lists it too (once, however often it was opened).
    if ((await page.getByRole('heading', { level: 1 }).textContent()) !== CENTER) bigOpened = true;
    await page.getByLabel('Open organisation file').setInputFiles(small);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Small Council');
    await page.getByRole('button', { name: 'Open organisation…' }).click();
    const recent = page
      .getByRole('dialog', { name: 'Open an organisation' })
      .getByRole('region', { name: 'Recent' });
    await expect(recent.getByRole('listitem')).toHaveCount(bigOpened ? 2 : 1);
    await expect(recent.getByRole('listitem').first()).toContainText('small.json');
    await expectNoViolations(page, `Recent open, ${scheme}`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('button', { name: /^Back to the Shanghai/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CENTER);
  }
});
