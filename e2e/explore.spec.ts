import type { Page } from '@playwright/test';
import { CENTER, chart, expect, node, openChart, panel, test } from './fixtures.ts';

const outline = (page: Page) => page.getByRole('tree', { name: 'Outline' });
const treeitem = (page: Page, name: string) =>
  outline(page).getByRole('treeitem', { name, exact: true });
const panelHeading = (page: Page) => panel(page).getByRole('heading', { level: 2 });

test.describe('layouts', () => {
  test('compact fits every office legibly at 1440×900, with nothing truncated', async ({
    page,
  }) => {
    await openChart(page);
    const cards = chart(page).locator('.react-flow__node');
    await expect(cards).toHaveCount(14);
    for (const card of await cards.all()) {
      // Wholly in view, allowing for sub-pixel rounding of the zoomed card.
      await expect(card).toBeInViewport({ ratio: 0.999 });
      const box = (await card.boundingBox())!;
      // Cards are 248 units wide: at this size the zoom keeps 15px names at 12px or more.
      expect(box.width).toBeGreaterThan(200);
      const clipped = await card
        .locator('.office-card__name')
        .evaluate((el) => el.scrollHeight > el.clientHeight + 1);
      expect(clipped).toBe(false);
    }
  });

  test('switching layout keeps the selection and shows it', async ({ page }) => {
    await openChart(page, '?office=loan-management-office');
    await expect(panelHeading(page)).toHaveText('Loan Management Office');
    for (const name of ['Top-down', 'Left-right', 'Compact']) {
      await page.getByRole('radio', { name }).check();
      await expect(page).toHaveURL(
        name === 'Compact'
          ? /office=loan-management-office$/
          : new RegExp(`layout=${name.toLowerCase()}`),
      );
      await expect(panelHeading(page)).toHaveText('Loan Management Office');
      // Each layout opens on its own overview, legible (e2e/viewport.spec.ts), with the
      // selected card in it.
      await expect(node(page, 'Loan Management Office')).toBeInViewport({ ratio: 0.999 });
    }
  });

  test('edges are orthogonal elbows and nodes cannot be dragged', async ({ page }) => {
    await openChart(page);
    const paths = await chart(page)
      .locator('.react-flow__edge path')
      .evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
    expect(paths).toHaveLength(13);
    for (const d of paths) expect(d).not.toMatch(/ C /);
    // Dragging a card pans the whole view; the card keeps its place relative to the Center.
    const offset = async () => {
      const card = (await node(page, 'Loan Management Office').boundingBox())!;
      const center = (await node(page, CENTER).boundingBox())!;
      return { x: card.x - center.x, y: card.y - center.y };
    };
    const before = await offset();
    const start = (await node(page, 'Loan Management Office').boundingBox())!;
    await page.mouse.move(start.x + 40, start.y + 40);
    await page.mouse.down();
    await page.mouse.move(start.x + 240, start.y + 140, { steps: 8 });
    await page.mouse.up();
    const moved = (await node(page, 'Loan Management Office').boundingBox())!;
    expect(Math.abs(moved.x - start.x)).toBeGreaterThan(100);
    const after = await offset();
    expect(after.x).toBeCloseTo(before.x, 0);
    expect(after.y).toBeCloseTo(before.y, 0);
  });
});

test.describe('the panel', () => {
  test('previous and next walk the offices, and a gap in the numbering is explained', async ({
    page,
  }) => {
    await openChart(page, '?office=service-management-office');
    await expect(panelHeading(page)).toHaveText('Service Management Office');
    await panel(page)
      .getByRole('button', { name: 'Next office: Technology Support and Development Department' })
      .click();
    await expect(panelHeading(page)).toHaveText('Technology Support and Development Department');
    await expect(panel(page).getByText('No item 4 in the source')).toBeVisible();
    await panel(page)
      .getByRole('button', { name: /^Next office/ })
      .click();
    await expect(panelHeading(page)).toHaveText('Discipline Inspection and Audit Office');
    await expect(panel(page).getByText('No item 5 in the source')).toBeVisible();
    await expect(panel(page).getByRole('button', { name: 'Next office' })).toBeDisabled();
    await panel(page)
      .getByRole('button', { name: /^Previous office/ })
      .click();
    await expect(panelHeading(page)).toHaveText('Technology Support and Development Department');
  });

  test('the Center opens an overview whose links select offices', async ({ page }) => {
    await openChart(page);
    await node(page, CENTER).click();
    await expect(panelHeading(page)).toHaveText(CENTER);
    await expect(panel(page).getByText('13 offices · 102 duties')).toBeVisible();
    const links = panel(page).getByRole('link');
    await expect(links).toHaveCount(13);
    await expect(
      panel(page).getByRole('listitem').filter({ hasText: 'Loan Management Office' }),
    ).toContainText('11 duties');
    await panel(page).getByRole('link', { name: 'Internet Development Office' }).click();
    await expect(panelHeading(page)).toHaveText('Internet Development Office');
    await expect(node(page, 'Internet Development Office')).toBeInViewport();
  });

  test('selection brings the node into view at a readable size and is announced', async ({
    page,
  }) => {
    await openChart(page);
    // Zoomed out and panned away, the office is off screen and tiny.
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    const region = (await chart(page).boundingBox())!;
    await page.mouse.move(region.x + 300, region.y + 300);
    await page.mouse.down();
    await page.mouse.move(region.x + 900, region.y + 700, { steps: 5 });
    await page.mouse.up();
    await treeitem(page, 'Discipline Inspection and Audit Office').click();
    const live = page.locator('[aria-live="polite"][aria-atomic="true"]');
    await expect(live).toHaveText('Discipline Inspection and Audit Office selected: 7 duties.');
    const card = node(page, 'Discipline Inspection and Audit Office');
    await expect(card).toBeInViewport({ ratio: 0.999 });
    // Shown at 90% or more of its 248-unit width.
    await expect.poll(async () => (await card.boundingBox())!.width).toBeGreaterThan(220);
  });

  test('selecting a card already in plain sight does not move the chart', async ({ page }) => {
    await openChart(page);
    const before = (await node(page, CENTER).boundingBox())!;
    await node(page, 'Party Committee Office (Organization and Personnel Department)').click();
    await expect(panelHeading(page)).toBeVisible();
    await page.waitForTimeout(600);
    const after = (await node(page, CENTER).boundingBox())!;
    expect(after.x).toBeCloseTo(before.x, 0);
    expect(after.y).toBeCloseTo(before.y, 0);
  });
});

test.describe('keyboard and screen readers', () => {
  test('a keyboard-only journey through the Outline and the chart', async ({ page }) => {
    await openChart(page);
    const tree = outline(page);
    await expect(tree.getByRole('treeitem')).toHaveCount(14);
    await expect(treeitem(page, CENTER)).toHaveAttribute('aria-level', '1');
    await expect(treeitem(page, CENTER)).toHaveAttribute('aria-expanded', 'true');
    await expect(treeitem(page, 'Loan Management Office')).toHaveAttribute('aria-level', '2');
    // One tab stop for the whole tree.
    await expect(tree.locator('[tabindex="0"]')).toHaveCount(1);

    await page.keyboard.press('Tab'); // Outline button
    let guard = 0;
    while (
      !(await treeitem(page, CENTER).evaluate((el) => el === document.activeElement)) &&
      guard++ < 40
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(treeitem(page, CENTER)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(
      treeitem(page, 'Party Committee Office (Organization and Personnel Department)'),
    ).toBeFocused();
    await page.keyboard.press('End');
    await expect(treeitem(page, 'Discipline Inspection and Audit Office')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(treeitem(page, CENTER)).toBeFocused();
    await page.keyboard.press('l'); // typeahead
    await expect(treeitem(page, 'Loan Management Office')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panelHeading(page)).toHaveText('Loan Management Office');
    await expect(treeitem(page, 'Loan Management Office')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(treeitem(page, CENTER)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(treeitem(page, CENTER)).toHaveAttribute('aria-expanded', 'false');
    await expect(tree.getByRole('treeitem')).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    await expect(tree.getByRole('treeitem')).toHaveCount(14);

    // Selecting in the chart moves the Outline, and the chart's arrow keys move the selection.
    await node(page, 'Loan Management Office').focus();
    await page.keyboard.press('ArrowRight');
    await expect(node(page, 'Law Enforcement Supervision Division')).toBeFocused();
    await expect(panelHeading(page)).toHaveText('Law Enforcement Supervision Division');
    await expect(treeitem(page, 'Law Enforcement Supervision Division')).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(treeitem(page, 'Law Enforcement Supervision Division')).toHaveAttribute(
      'tabindex',
      '0',
    );
    // Up the column on screen, then to the Center above it.
    for (const name of ['Internet Development Office', 'Project Management Office', CENTER]) {
      await page.keyboard.press('ArrowUp');
      await expect(node(page, name)).toBeFocused();
    }
    await expect(panelHeading(page)).toHaveText(CENTER);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(node(page, CENTER)).toBeFocused();
    const outlineStyle = await node(page, CENTER).evaluate(
      (el) => getComputedStyle(el).outlineStyle,
    );
    expect(outlineStyle).toBe('solid');
  });
});

test.describe('shareable views', () => {
  test('a deep link opens the office in the chosen layout', async ({ page }) => {
    await openChart(page, '?office=loan-management-office&layout=left-right');
    await expect(panelHeading(page)).toHaveText('Loan Management Office');
    await expect(page.getByRole('radio', { name: 'Left-right' })).toBeChecked();
    await expect(node(page, 'Loan Management Office')).toBeInViewport();
  });

  test('an unknown office shows a dismissible notice and the whole chart', async ({ page }) => {
    await openChart(page, '?office=ministry-of-silly-walks');
    const notice = page.getByText(
      'The link names an office that does not exist here (“ministry-of-silly-walks”), so the whole chart is shown.',
    );
    await expect(notice).toBeVisible();
    await expect(chart(page).locator('.react-flow__node')).toHaveCount(14);
    await expect(panel(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('back and forward move through the selection history', async ({ page }) => {
    await openChart(page);
    await node(page, 'Loan Management Office').click();
    await expect(page).toHaveURL(/\?office=loan-management-office$/);
    await expect(panelHeading(page)).toHaveText('Loan Management Office');
    await treeitem(page, 'Internet Development Office').click();
    await expect(page).toHaveURL(/\?office=internet-development-office$/);
    await page.goBack();
    await expect(panelHeading(page)).toHaveText('Loan Management Office');
    await page.goBack();
    await expect(panel(page)).toHaveCount(0);
    await page.goForward();
    await expect(panelHeading(page)).toHaveText('Loan Management Office');
  });

  test('Copy link copies the current view', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openChart(page, '?office=collection-management-office&layout=top-down');
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\?office=collection-management-office&layout=top-down$/);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the chart fills the screen, nothing scrolls sideways, the panel is a bottom sheet', async ({
    page,
  }) => {
    await openChart(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const region = (await chart(page).boundingBox())!;
    expect(region.width).toBe(390);
    expect(region.height).toBeGreaterThan(550);
    await expect(page.getByRole('tree', { name: 'Outline' })).toHaveCount(0);

    // The phone opens zoomed to read at the Center, with the first offices below it.
    await node(page, 'Office (Petition Office)').tap();
    const sheet = panel(page);
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('Office (Petition Office)');
    const box = (await sheet.boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(390);
    expect(box.y).toBeGreaterThan(300);
    expect(box.y + box.height).toBeCloseTo(844, 0);
    await expect(node(page, 'Office (Petition Office)')).toBeInViewport();

    await sheet.getByRole('button', { name: 'Expand panel' }).tap();
    await expect.poll(async () => (await sheet.boundingBox())!.y).toBeLessThan(150);
    await sheet.getByRole('button', { name: 'Shrink panel' }).tap();
    await sheet.getByRole('button', { name: 'Close panel' }).tap();
    await expect(panel(page)).toHaveCount(0);
    const overflowAfter = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflowAfter).toBeLessThanOrEqual(0);
  });

  test('the Outline opens over the chart and selects', async ({ page }) => {
    await openChart(page);
    await page.getByRole('button', { name: 'Outline' }).tap();
    await treeitem(page, 'Service Management Office').tap();
    await expect(panelHeading(page)).toHaveText('Service Management Office');
    await page.getByRole('button', { name: 'Close outline' }).tap();
    await expect(outline(page)).toHaveCount(0);
  });
});

for (const width of [768, 1024]) {
  test(`at ${width} px wide the chart and panel share the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openChart(page, '?office=loan-management-office');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const sideBox = (await panel(page).boundingBox())!;
    const chartBox = (await chart(page).boundingBox())!;
    expect(sideBox.x).toBeGreaterThanOrEqual(chartBox.x + chartBox.width - 1);
    expect(chartBox.width).toBeGreaterThan(width * 0.5);
    await expect(node(page, 'Loan Management Office')).toBeInViewport();
  });
}

test.describe('themes', () => {
  test('follows a dark system setting, and a chosen theme is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openChart(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const darkBg = await page
      .locator('.react-flow')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    const lightBg = await page
      .locator('.react-flow')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(lightBg).not.toBe(darkBg);
    await page.reload();
    await expect(node(page, CENTER)).toBeVisible();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
