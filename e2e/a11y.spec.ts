import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { generateOrganization } from '../scripts/generate-organization.mjs';
import { CENTER, expect, node, openChart, test } from './fixtures.ts';

/** WCAG 2.2 A and AA, the standard we promise. */
async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    // Label in Name (2.5.3) is an A criterion, but axe files its check as experimental and skips
    // it unless asked; asked for here, since chart cards are named from their visible text.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
  expect(summary, `accessibility violations: ${state}`).toEqual([]);
}

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
  await node(page, 'Collection Management Office').click();
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
  const org = generateOrganization({ units: 160, seed: 1 });
  await page.getByLabel('Open organisation file').setInputFiles({
    name: 'deep.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(org)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(org.name);
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
