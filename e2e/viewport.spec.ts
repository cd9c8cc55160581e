import type { Page } from '@playwright/test';
import {
  CENTER,
  chart,
  chartSettled,
  expect,
  node,
  openChart,
  openGenerated,
  panel,
  test,
} from './fixtures.ts';

const outline = (page: Page) => page.getByRole('tree', { name: 'Outline' });
const treeitem = (page: Page, name: string) =>
  outline(page).getByRole('treeitem', { name, exact: true });
const panelHeading = (page: Page) => panel(page).getByRole('heading', { level: 2 });

/** Every card of the chart wholly inside the chart's region. */
async function expectWholeChart(page: Page, count = 14) {
  await chartSettled(page);
  const region = (await chart(page).boundingBox())!;
  const cards = chart(page).locator('.react-flow__node');
  await expect(cards).toHaveCount(count);
  for (const card of await cards.all()) {
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(region.x - 0.5);
    expect(box.y).toBeGreaterThanOrEqual(region.y - 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(region.x + region.width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(region.y + region.height + 0.5);
  }
}

test.describe('closing the panel brings the whole chart back', () => {
  test('after two selections in the chart', async ({ page }) => {
    await openChart(page);
    await node(page, 'Internet Development Office').click();
    await expect(panelHeading(page)).toHaveText('Internet Development Office');
    await chartSettled(page);
    await node(page, 'Technology Support and Development Department').click();
    await expect(panelHeading(page)).toHaveText('Technology Support and Development Department');
    await chartSettled(page);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expectWholeChart(page);
  });

  test('after selections from the Outline and the close button', async ({ page }) => {
    await openChart(page);
    await treeitem(page, 'Loan Management Office').click();
    await expect(panelHeading(page)).toHaveText('Loan Management Office');
    await treeitem(page, 'Discipline Inspection and Audit Office').click();
    await expect(panelHeading(page)).toHaveText('Discipline Inspection and Audit Office');
    await treeitem(page, 'Party Committee Office (Organization and Personnel Department)').click();
    await chartSettled(page);
    await panel(page).getByRole('button', { name: 'Close panel' }).click();
    await expect(panel(page)).toHaveCount(0);
    await expectWholeChart(page);
  });

  test('after selections from the filter results', async ({ page }) => {
    await openChart(page, '?q=complaint');
    const results = page.getByRole('list', { name: 'Matching offices' });
    await results.getByRole('button', { name: /^Service Management Office/ }).click();
    await expect(panelHeading(page)).toHaveText('Service Management Office');
    await results.getByRole('button', { name: /^Discipline Inspection/ }).click();
    await expect(panelHeading(page)).toHaveText('Discipline Inspection and Audit Office');
    await chartSettled(page);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expectWholeChart(page);
  });

  test('after walking with the panel’s next button and the Center', async ({ page }) => {
    await openChart(page);
    await node(page, 'Service Management Office').click();
    await panel(page)
      .getByRole('button', { name: /^Next office/ })
      .click();
    await panel(page)
      .getByRole('button', { name: /^Next office/ })
      .click();
    await expect(panelHeading(page)).toHaveText('Discipline Inspection and Audit Office');
    await chartSettled(page);
    await treeitem(page, CENTER).click();
    await expect(panelHeading(page)).toHaveText(CENTER);
    await chartSettled(page);
    await treeitem(page, 'Fund Planning Management Office').click();
    await chartSettled(page);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expectWholeChart(page);
  });

  test('but a view the user panned stays where they put it', async ({ page }) => {
    await openChart(page);
    await node(page, 'Loan Management Office').click();
    await chartSettled(page);
    const region = (await chart(page).boundingBox())!;
    await page.mouse.move(region.x + 200, region.y + region.height - 40);
    await page.mouse.down();
    await page.mouse.move(region.x + 500, region.y + region.height - 140, { steps: 6 });
    await page.mouse.up();
    await treeitem(page, 'Internet Development Office').click();
    await chartSettled(page);
    const before = (await node(page, CENTER).boundingBox())!;
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await chartSettled(page);
    // The panel's width goes back to the chart, which keeps the user's zoom and position.
    const after = (await node(page, CENTER).boundingBox())!;
    expect(after.width).toBeCloseTo(before.width, 0);
    expect(after.x).toBeCloseTo(before.x, 0);
  });
});

/** The on-screen size of the smallest card name: its CSS font size times the chart's zoom. */
async function smallestNamePx(page: Page): Promise<number> {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const sizes = [...document.querySelectorAll('.office-card__name')].map((el) =>
      parseFloat(getComputedStyle(el).fontSize),
    );
    return Math.min(...sizes) * zoom;
  });
}

const fitButton = (page: Page) =>
  chart(page).getByRole('button', { name: 'Fit to see everything' });

for (const screen of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`every layout opens legible at ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen });

    for (const layout of ['compact', 'top-down', 'left-right']) {
      test(layout, async ({ page }) => {
        await openChart(page, layout === 'compact' ? '' : `?layout=${layout}`);
        await chartSettled(page);
        expect(await smallestNamePx(page)).toBeGreaterThanOrEqual(11 - 0.01);
        if (layout === 'compact' && screen.width === 1440) {
          // The Center's compact chart fits whole on a laptop, so there is nothing to say.
          await expectWholeChart(page);
          await expect(fitButton(page)).toHaveCount(0);
          return;
        }
        // Too big to read whole: the view starts at the root and says how to see everything.
        await expect(node(page, CENTER)).toBeInViewport({ ratio: 0.999 });
        await expect(chart(page).getByRole('status')).toHaveText(
          'Zoomed to read — Fit to see everything',
        );
        // The notice floats over the chart and covers no card.
        const notice = (await fitButton(page).locator('..').boundingBox())!;
        for (const card of await chart(page).locator('.react-flow__node').all()) {
          const box = await card.boundingBox();
          if (!box) continue;
          const apart =
            box.x + box.width <= notice.x ||
            notice.x + notice.width <= box.x ||
            box.y + box.height <= notice.y ||
            notice.y + notice.height <= box.y;
          expect(apart, `a card under the notice`).toBe(true);
        }
        await fitButton(page).click();
        await expect(fitButton(page)).toHaveCount(0);
        await expectWholeChart(page);
      });
    }
  });
}

/** Fails if any card on screen lies under the minimap or the zoom controls. */
async function expectNoCardUnderOverlays(page: Page) {
  const minimap = chart(page).getByRole('img', { name: 'Overview of the whole chart' });
  const boxes = [
    (await minimap.isVisible()) ? await minimap.boundingBox() : null,
    await chart(page).getByRole('button', { name: 'Zoom in' }).locator('..').boundingBox(),
  ];
  const overlays = boxes.filter((box) => box !== null);
  for (const card of await chart(page).locator('.react-flow__node').all()) {
    const box = await card.boundingBox();
    if (!box) continue;
    for (const o of overlays) {
      const apart =
        box.x + box.width <= o.x ||
        o.x + o.width <= box.x ||
        box.y + box.height <= o.y ||
        o.y + o.height <= box.y;
      expect(apart, `${await card.getAttribute('data-id')} is under an overlay`).toBe(true);
    }
  }
}

test('the minimap and controls cover no card when a filter is on', async ({ page }) => {
  await openChart(page, '?q=complaint');
  await chartSettled(page);
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(14);
  await expectNoCardUnderOverlays(page);
  await expect(
    node(page, 'Discipline Inspection and Audit Office').getByText('1 match'),
  ).toBeVisible();
});

test('opening the side panel never slides a card under the minimap', async ({ page }) => {
  await openChart(page);
  await chartSettled(page);
  await node(page, 'Loan Management Office').click();
  await expect(panel(page)).toBeVisible();
  await chartSettled(page);
  await expectNoCardUnderOverlays(page);
});

test('the Fit control shows the whole chart, and a later selection still reveals', async ({
  page,
}) => {
  await openChart(page, '?layout=top-down');
  await chart(page).getByRole('button', { name: 'Fit the whole chart' }).click();
  await expectWholeChart(page);
  await treeitem(page, 'Discipline Inspection and Audit Office').click();
  await chartSettled(page);
  const card = node(page, 'Discipline Inspection and Audit Office');
  await expect(card).toBeInViewport({ ratio: 0.999 });
  expect(await smallestNamePx(page)).toBeGreaterThanOrEqual(11);
  await page.keyboard.press('Escape');
  // Closing the panel goes back to the whole chart the user asked for.
  await expectWholeChart(page);
});

test.describe('arrow keys move on screen', () => {
  test('across rows and down columns in the compact layout', async ({ page }) => {
    await openChart(page);
    const party = 'Party Committee Office (Organization and Personnel Department)';
    await node(page, party).focus();
    const moves: [string, string][] = [
      ['ArrowRight', 'Operational Accounting and Information Division'],
      ['ArrowRight', 'Project Management Office'],
      ['ArrowDown', 'Internet Development Office'],
      ['ArrowDown', 'Law Enforcement Supervision Division'],
      ['ArrowLeft', 'Loan Management Office'],
      ['ArrowUp', 'Collection Management Office'],
      ['ArrowUp', 'Operational Accounting and Information Division'],
      ['ArrowUp', CENTER],
    ];
    for (const [key, name] of moves) {
      await page.keyboard.press(key);
      await expect(node(page, name)).toBeFocused();
      await expect(panelHeading(page)).toHaveText(name);
    }
  });

  test('along the row in the top-down layout and down the column in left-right', async ({
    page,
  }) => {
    await openChart(page, '?layout=top-down&office=loan-management-office');
    await node(page, 'Loan Management Office').focus();
    await page.keyboard.press('ArrowRight');
    await expect(node(page, 'Project Management Office')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(node(page, CENTER)).toBeFocused();

    await page.getByRole('radio', { name: 'Left-right' }).check();
    await node(page, 'Loan Management Office').focus();
    await page.keyboard.press('ArrowDown');
    await expect(node(page, 'Project Management Office')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(node(page, CENTER)).toBeFocused();
  });
});

test('focus stays on a card under fast arrow-key repeat in a 10,000-unit organisation', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openChart(page);
  const big = await openGenerated(page, { units: 10_000, seed: 3 }, 'big.json', 20_000);
  await expect(page.locator('.org-chart[data-placed]')).toBeVisible();
  // Every unit shown, so React Flow renders only the cards on screen.
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('button', { name: 'Expand all' })).toBeDisabled();
  await chartSettled(page);
  await node(page, big.root.name).focus();
  const onACard = () =>
    page.evaluate(() => document.activeElement?.classList.contains('react-flow__node') ?? false);
  // Bursts of key repeat (no pause between presses) across the chart and back, with jumps to
  // the ends of a row, whose cards are not rendered until the view gets there. The focus used
  // to fall to the page in about one run in four.
  const bursts = [
    ['ArrowDown', 2],
    ['ArrowRight', 8],
    ['End', 1],
    ['ArrowLeft', 8],
    ['Home', 1],
    ['ArrowRight', 5],
    ['ArrowUp', 1],
  ] as const;
  for (let round = 0; round < 2; round++) {
    for (const [key, times] of bursts) {
      for (let i = 0; i < times; i++) await page.keyboard.press(key, { delay: 0 });
      await expect.poll(onACard, { timeout: 3000 }).toBe(true);
    }
  }
  // Focus ends on the selected card.
  const heading = await panelHeading(page).textContent();
  await expect(page.locator(':focus')).toHaveAccessibleName(new RegExp(`^${escape(heading!)}`));
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
