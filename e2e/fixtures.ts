import { test as base, expect, type Page } from '@playwright/test';

/** Fails a test on any console error or uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const CENTER = 'Shanghai Provident Fund Management Center';

/** The chart's nodes: each a button named after its unit. */
export const chart = (page: Page) => page.getByRole('region', { name: 'Organisation chart' });

export const node = (page: Page, name: string) =>
  chart(page).getByRole('button', { name, exact: true });

export const panel = (page: Page) => page.getByRole('complementary');

/** Opens the app and waits for the chart to be drawn. */
export async function openChart(page: Page, search = '') {
  await page.goto(`/${search}`);
  // The chart marks itself placed once its first view is set (a deep link may centre on an
  // office far from the Center, which React Flow then does not render).
  await expect(page.locator('.org-chart[data-placed]')).toBeVisible();
  await expect(chart(page).getByRole('button').first()).toBeVisible();
}
