import type { Page } from '@playwright/test';
import { CENTER, chartSettled, chart, expect, node, openChart, panel, test } from './fixtures.ts';

const OFFICES = [
  'Party Committee Office (Organization and Personnel Department)',
  'Office (Petition Office)',
  'Policies, Regulations and Risk Management Division',
  'Fund Planning Management Office',
  'Operational Accounting and Information Division',
  'Collection Management Office',
  'Loan Management Office',
  'Project Management Office',
  'Internet Development Office',
  'Law Enforcement Supervision Division',
  'Service Management Office',
  'Technology Support and Development Department',
  'Discipline Inspection and Audit Office',
];

test('the chart shows the Center and its 13 offices, all in view, joined by edges', async ({
  page,
}) => {
  await openChart(page);
  await expect(page.getByRole('heading', { level: 1, name: CENTER })).toBeVisible();
  const nodes = chart(page).locator('.react-flow__node');
  await expect(nodes).toHaveCount(14);
  for (const name of OFFICES) await expect(node(page, name)).toBeInViewport();
  await expect(chart(page).locator('.react-flow__edge')).toHaveCount(13);
  await expect(chart(page).getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(chart(page).getByRole('img', { name: 'Overview of the whole chart' })).toBeVisible();
});

test('clicking offices shows their duties with the source numbers', async ({ page }) => {
  await openChart(page);

  await node(page, 'Loan Management Office').click();
  const side = panel(page);
  await expect(
    side.getByRole('heading', { level: 2, name: 'Loan Management Office' }),
  ).toBeVisible();
  const loanDuties = duties(page, 'Loan Management Office');
  await expect(loanDuties).toHaveCount(11);
  await expect(loanDuties.nth(2)).toHaveAttribute('value', '3');
  await expect(loanDuties.nth(2)).toContainText(
    'Responsible for drafting and formulating provident fun',
  );

  // Closing the panel returns to the whole chart, where every office can be clicked.
  await page.keyboard.press('Escape');
  await chartSettled(page);
  await node(page, 'Technology Support and Development Department').click();
  await expect(side.getByRole('heading', { level: 2 })).toHaveText(
    'Technology Support and Development Department',
  );
  const techDuties = duties(page, 'Technology Support and Development Department');
  await expect(techDuties).toHaveCount(8);
  await expect(techDuties.nth(3)).toHaveAttribute('value', '5');
  await expect(techDuties.nth(3)).toContainText('No item 4 in the source');
  await expect(techDuties.nth(3)).toContainText(
    'Responsible for the promotion and management of the center’s informatization projects;',
  );

  await page.keyboard.press('Escape');
  await chartSettled(page);
  await node(page, 'Internet Development Office').click();
  await expect(side.getByRole('heading', { level: 2 })).toHaveText('Internet Development Office');
  await expect(duties(page, 'Internet Development Office')).toHaveCount(4);
});

/** The duties in the panel (each duty also holds a small list of its functions). */
function duties(page: Page, office: string) {
  return panel(page)
    .getByRole('list', { name: `Duties of ${office}` })
    .locator(':scope > li');
}

test('Escape and the close button close the panel', async ({ page }) => {
  await openChart(page);
  await node(page, 'Collection Management Office').click();
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(node(page, 'Collection Management Office')).toBeFocused();

  await chartSettled(page);
  await node(page, 'Service Management Office').click();
  await panel(page).getByRole('button', { name: 'Close panel' }).click();
  await expect(panel(page)).toHaveCount(0);
});

test('every node is reachable by keyboard and opens with Enter', async ({ page }) => {
  await openChart(page);
  await node(page, CENTER).focus();
  // Arrow keys move to the nearest card that way on screen (e2e/viewport.spec.ts has more).
  await page.keyboard.press('ArrowDown');
  await expect(node(page, 'Operational Accounting and Information Division')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(node(page, 'Project Management Office')).toBeFocused();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    'Project Management Office',
  );
  await node(page, 'Loan Management Office').focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Loan Management Office');
  for (const name of OFFICES) {
    await expect(node(page, name)).toHaveAttribute('tabindex', '0');
  }
});

test('a selected card outside the filter keeps its selection ring', async ({ page }) => {
  await openChart(page, '?q=risk&office=collection-management-office');
  const card = node(page, 'Collection Management Office').locator('.office-card');
  await expect(card).toHaveAttribute('data-dimmed', 'true');
  await expect(card).toHaveAttribute('data-selected', 'true');
  const selected = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--selected').trim(),
  );
  const ring = await card.evaluate((el) => getComputedStyle(el).boxShadow);
  // The light theme's --selected, #b35900, as the computed style spells it.
  expect(selected).toBe('#b35900');
  expect(ring).toContain('rgb(179, 89, 0)');
});
