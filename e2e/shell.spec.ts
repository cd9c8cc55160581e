import { test, expect, openChart, panel } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** Every ARIA id reference in the page, with the ids it names that no element has. */
async function danglingReferences(page: Page) {
  return page.evaluate(() => {
    const attributes = ['aria-controls', 'aria-describedby', 'aria-labelledby', 'aria-owns'];
    const dangling: string[] = [];
    for (const attribute of attributes) {
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        for (const id of (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(id)) dangling.push(`${attribute}="${id}"`);
        }
      }
    }
    return dangling;
  });
}

test.describe('ARIA references', () => {
  test('point at elements that exist while lazy parts are still loading', async ({ page }) => {
    // Hold back the Outline's code, as a slow phone network would.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/Outline-.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await openChart(page);
    expect(await danglingReferences(page)).toEqual([]);
    release();
    await expect(page.getByRole('tree', { name: 'Outline' })).toBeVisible();
    expect(await danglingReferences(page)).toEqual([]);
  });

  test('point at elements that exist with the Outline closed, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openChart(page, '?office=loan-management-office');
    await expect(panel(page)).toBeVisible();
    expect(await danglingReferences(page)).toEqual([]);
  });
});

test.describe('skip links', () => {
  test('the first Tab reaches skip links to the chart, Outline, filter and panel', async ({
    page,
  }) => {
    await openChart(page, '?office=loan-management-office');
    await expect(panel(page)).toBeVisible();
    const links = page.getByRole('navigation', { name: 'Skip links' }).getByRole('link');
    await expect(links).toHaveText([
      'Skip to the chart',
      'Skip to the outline',
      'Skip to the filter',
      'Skip to the duties panel',
    ]);

    await page.keyboard.press('Tab');
    const toChart = page.getByRole('link', { name: 'Skip to the chart' });
    await expect(toChart).toBeFocused();
    // Shown when focused, over the page rather than pushing it down.
    const box = await toChart.boundingBox();
    expect(box?.width).toBeGreaterThan(40);
    await page.keyboard.press('Enter');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-id', 'loan-management-office');

    await openChart(page, '?office=loan-management-office');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the outline' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('treeitem', { name: /^Loan Management Office/ })).toBeFocused();

    await page.getByRole('link', { name: 'Skip to the filter' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('searchbox').or(page.getByLabel('Filter duties'))).toBeFocused();

    await page.getByRole('link', { name: 'Skip to the duties panel' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      panel(page).getByRole('heading', { name: 'Loan Management Office', level: 2 }),
    ).toBeFocused();
  });

  test('on a phone, the Outline skip link opens the Outline first', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openChart(page);
    await expect(page.getByRole('tree', { name: 'Outline' })).toHaveCount(0);
    // No panel open, so no link to it.
    await expect(page.getByRole('link', { name: 'Skip to the duties panel' })).toHaveCount(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the outline' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('treeitem', { name: /^Shanghai Provident Fund/ })).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
