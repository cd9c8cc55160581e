import type { Page, Route } from '@playwright/test';
import { CENTER, chart, expect, node, panel, test } from './fixtures.ts';

/** The smallest name on a card, in CSS pixels at zoom 1 (the card metrics' name size). */
const NAME_PX = 15.2;
/** A transform's scale reads back in single precision. */
const LEGIBLE = 11 - 1e-4;
const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

/** Holds the app's main script until `release()`, so a test can look at the page before it. */
async function holdApp(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route: Route) => {
    held = true;
    await released;
    await route.continue();
  });
  return { release, wasHeld: () => held };
}

/** Opens the page while the app's script is held, once the boot script has fitted the chart. */
async function openHeld(page: Page) {
  // Deferred scripts hold DOMContentLoaded, so wait for the page's own signal instead.
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('html[data-booted]')).toBeAttached();
}

/** Zoom of the chart's view, from its transform. */
const zoomOf = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/** Every card's box on screen, by id. */
const cardBoxes = (page: Page) =>
  page.locator('.react-flow__node').evaluateAll((cards) =>
    cards.map((card) => {
      const box = card.getBoundingClientRect();
      return `${(card as HTMLElement).dataset.id} ${box.x.toFixed(1)} ${box.y.toFixed(1)} ${box.width.toFixed(1)}`;
    }),
  );

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('with no script at all, the chart is there, legible and fitted', async ({ browser }) => {
      const context = await browser.newContext({ viewport: size, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto('/');
      const cards = chart(page).getByRole('button');
      await expect(cards).toHaveCount(14);
      await expect(node(page, CENTER)).toBeInViewport({ ratio: 0.99 });
      expect((await zoomOf(page)) * NAME_PX).toBeGreaterThanOrEqual(LEGIBLE);
      const region = (await chart(page).boundingBox())!;
      const boxes = await cards.evaluateAll((all) => all.map((c) => c.getBoundingClientRect()));
      const inside = boxes.filter(
        (b) =>
          b.left >= region.x - 1 &&
          b.right <= region.x + region.width + 1 &&
          b.top >= region.y - 1 &&
          b.bottom <= region.y + region.height + 1,
      );
      // The whole chart on a laptop; on a phone, zoomed to read from the Center, the rest a pan
      // away (as the app opens it).
      expect(inside.length).toBeGreaterThanOrEqual(size.width > 1000 ? 14 : 4);
      await expect(page.getByRole('heading', { level: 1, name: CENTER })).toBeVisible();
      await context.close();
    });

    test('when the app takes over, nothing moves', async ({ page }) => {
      await page.addInitScript(() => {
        const win = window as unknown as { __shift: number };
        win.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput) win.__shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const app = await holdApp(page);
      await openHeld(page);
      expect(app.wasHeld()).toBe(true);
      await expect(chart(page).locator('.react-flow__node')).toHaveCount(14);
      const before = await cardBoxes(page);
      const zoom = await zoomOf(page);
      expect(zoom * NAME_PX).toBeGreaterThanOrEqual(LEGIBLE);
      app.release();
      await expect(page.locator('html[data-chart-live]')).toBeAttached();
      await page.waitForTimeout(600);
      expect(await cardBoxes(page)).toEqual(before);
      const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
      expect(shift).toBeLessThanOrEqual(0.05);
    });
  });
}

test('a card clicked before the app is ready opens its panel once it is', async ({ page }) => {
  const app = await holdApp(page);
  await openHeld(page);
  await node(page, 'Loan Management Office').click();
  app.release();
  await expect(panel(page).getByRole('heading', { name: 'Loan Management Office' })).toBeVisible();
  await expect(page).toHaveURL(/office=loan-management-office/);
});

test('a dark theme the user chose is there from the first frame', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('orgscope:theme', 'dark'));
  const app = await holdApp(page);
  await openHeld(page);
  const background = () =>
    page.locator('.app-header').evaluate((el) => getComputedStyle(el).backgroundColor);
  // Before the app's script: the boot script applied the stored choice.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(26, 33, 43)');
  app.release();
  await expect(page.locator('html[data-chart-live]')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the system’s dark setting applies with no script', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  expect(
    await page.locator('.app-header').evaluate((el) => getComputedStyle(el).backgroundColor),
  ).toBe('rgb(26, 33, 43)');
  await context.close();
});

test('the organisation comes with the page and is not fetched again', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.json')) fetched.push(request.url());
  });
  await page.goto('/');
  await expect(page.locator('html[data-chart-live]')).toBeAttached();
  await node(page, 'Loan Management Office').click();
  await expect(panel(page).getByRole('heading', { name: 'Loan Management Office' })).toBeVisible();
  expect(fetched).toEqual([]);
});

test('a deep link keeps its address and opens its view once the chart is ready', async ({
  page,
}) => {
  await page.goto('/?office=loan-management-office&q=risk&utm_source=mail');
  await expect(panel(page).getByRole('heading', { name: 'Loan Management Office' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Filter duties' })).toHaveValue('risk');
  await expect(page).toHaveURL(/office=loan-management-office/);
  await expect(page).toHaveURL(/q=risk/);
  await expect(page).toHaveURL(/utm_source=mail/);
  // Back leaves the page rather than dropping the link's selection.
  expect(await page.evaluate(() => history.length)).toBe(2);
});
