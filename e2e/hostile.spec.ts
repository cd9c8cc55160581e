/**
 * Hostile but valid organisations (generated here, never committed): 10,000 levels of nesting,
 * 50,000 units under one parent, a unit with 1,000 duties of 5,000 characters, and a chart that
 * fails to draw. None of them may blank the page.
 */
import type { Page } from '@playwright/test';
import { CENTER, chart, expect, node, openChart, panel, test } from './fixtures.ts';

const fileInput = (page: Page) => page.getByLabel('Open organisation file');
const outline = (page: Page) => page.getByRole('tree', { name: 'Outline' });

/**
 * A chain of `levels` units as JSON text, written out directly: JSON.stringify itself recurses
 * once per level.
 */
function deepJson(levels: number): string {
  const open: string[] = [];
  for (let level = 1; level <= levels; level++) {
    open.push(
      `{"id":"l${level}","name":"Level ${level}","duties":["Oversee level ${level + 1}."],"children":[`,
    );
  }
  return `{"name":"Deep Authority","root":${open.join('')}${']}'.repeat(levels)}}`;
}

async function openFile(page: Page, name: string, text: string) {
  await fileInput(page).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

test.describe.configure({ mode: 'serial' });

test('10,000 levels deep: Expand all, → in the Outline and a link to the deepest unit work', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openChart(page);
  await openFile(page, 'deep.json', deepJson(10_000));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deep Authority', {
    timeout: 30_000,
  });
  await expect(page.locator('.org-chart[data-placed]')).toBeVisible();

  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('button', { name: 'Expand all' })).toBeDisabled({ timeout: 30_000 });
  await expect(chart(page).getByRole('button').first()).toBeVisible();
  // The Outline holds 10,001 rows but draws only those on screen, each knowing its place.
  const drawn = await outline(page).getByRole('treeitem').count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(120);
  await outline(page).getByRole('treeitem').first().focus();
  await page.keyboard.press('End');
  const last = outline(page).getByRole('treeitem', { name: 'Level 10000' });
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute('aria-level', '10000');
  await expect(last).toHaveAttribute('aria-posinset', '1');
  await expect(last).toHaveAttribute('aria-setsize', '1');
  // Below the deepest indent a row keeps room for its name on one line and says how deep it is.
  await expect(last).toHaveText(/^level 10,000Level 10000\d*$/);
  const room = await last.evaluate((row) => {
    const name = row.querySelector('.outline-tree__name')!.getBoundingClientRect();
    return {
      share: name.width / row.getBoundingClientRect().width,
      overflow: row.scrollWidth - row.clientWidth,
    };
  });
  expect(room.share).toBeGreaterThan(0.4);
  expect(room.overflow).toBeLessThanOrEqual(0);

  // → on a collapsed unit in the Outline opens it, and → again moves into it.
  await page.getByRole('button', { name: 'Collapse all' }).click();
  const second = outline(page).getByRole('treeitem', { name: 'Level 2', exact: true });
  await expect(second).toHaveAttribute('aria-expanded', 'false');
  await second.focus();
  await page.keyboard.press('ArrowRight');
  await expect(second).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(outline(page).getByRole('treeitem', { name: 'Level 3', exact: true })).toBeFocused();

  // A link to the deepest unit, after a reload (the file is remembered).
  await page.goto('/?office=l10000');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deep Authority', {
    timeout: 30_000,
  });
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Level 10000', {
    timeout: 30_000,
  });
  await expect(node(page, 'Level 10000')).toBeInViewport({ timeout: 15_000 });
});

test('50,000 units (49,999 under the root) open paged, and "show more" shows more', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openChart(page);
  // With the root, 50,000 units: the most a file may hold.
  const children = Array.from({ length: 49_999 }, (_, i) => ({
    id: `u${i + 1}`,
    name: `Unit ${i + 1}`,
    duties: [`Handle case type ${i + 1}.`],
  }));
  const text = JSON.stringify({
    name: 'Wide Authority',
    root: { name: 'Wide Authority', children },
  });
  const started = Date.now();
  await openFile(page, 'wide.json', text);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wide Authority', {
    timeout: 60_000,
  });
  await expect(page.locator('.org-chart[data-placed]')).toBeVisible({ timeout: 30_000 });
  const more = chart(page).getByRole('button', { name: 'Show 200 more' });
  // The whole chart in view: React Flow then draws every card, the "show more" one too.
  await page.getByRole('button', { name: 'Fit the whole chart' }).click();
  await expect(chart(page).getByText('200 of 49,999 shown')).toBeAttached();
  console.log(`50,000 siblings: file chosen → paged chart in ${Date.now() - started} ms`);
  expect(await chart(page).locator('.react-flow__node').count()).toBeLessThan(300);
  // The root's counts are written short, so they fit its one row uncut.
  const root = node(page, 'Wide Authority');
  await expect(root).toHaveAccessibleName('Wide Authority, 50K offices · 50K duties');
  expect(
    await root.evaluate((card) =>
      [...card.querySelectorAll('.office-card__row > *')].map(
        (item) => item.scrollWidth - item.clientWidth,
      ),
    ),
  ).toEqual([0]);

  await more.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Fit the whole chart' }).click();
  await expect(chart(page).getByText('400 of 49,999 shown')).toBeAttached();

  // The Outline lists every unit but draws only the rows on screen.
  const drawn = await outline(page).getByRole('treeitem').count();
  expect(drawn).toBeLessThan(120);
  const second = outline(page).getByRole('treeitem', { name: /^Unit 2\b/ });
  await expect(second).toHaveAttribute('aria-setsize', '49999');

  // A unit far past the pages, chosen by link, is drawn on the chart.
  await page.goto('/?office=u45000');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Unit 45000', {
    timeout: 30_000,
  });
  await expect(node(page, 'Unit 45000')).toBeInViewport({ timeout: 15_000 });

  // A filter matching every unit does not draw 50,000 cards.
  await page.getByRole('searchbox', { name: 'Filter duties' }).fill('case');
  await expect(
    page.getByRole('region', { name: 'Filter results' }).getByRole('status'),
  ).toContainText('match', { timeout: 30_000 });
  expect(await chart(page).locator('.react-flow__node').count()).toBeLessThan(300);
});

test('1,000 duties of 5,000 characters: the panel draws only the duties on screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openChart(page);
  const sentence = 'Review the budget of the harbour and report on the budget. ';
  const longText = sentence.repeat(Math.floor(5_000 / sentence.length)).trim();
  const duties = Array.from({ length: 1_000 }, (_, i) => `${longText} Item ${i + 1}.`);
  const text = JSON.stringify({
    name: 'Verbose Authority',
    root: { name: 'Verbose Authority', children: [{ id: 'big', name: 'Big Office', duties }] },
  });
  await openFile(page, 'verbose.json', text);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verbose Authority', {
    timeout: 30_000,
  });
  await node(page, 'Big Office').click();
  const list = panel(page).getByRole('list', { name: 'Duties of Big Office' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const drawn = await list.locator(':scope > li').count();
  expect(drawn).toBeLessThan(60);
  await expect(list.locator(':scope > li').first()).toHaveAttribute('aria-setsize', '1000');

  const filter = page.getByRole('searchbox', { name: 'Filter duties' });
  const started = Date.now();
  await filter.fill('budget');
  await expect(panel(page).getByText(/^1,?000 of 1,000 duties match$/)).toBeVisible({
    timeout: 30_000,
  });
  console.log(`1,000 long duties: filter typed → panel highlighted in ${Date.now() - started} ms`);
  // 2 matches a sentence, 84 sentences a duty: 168,000 in all, a few hundred drawn.
  const marks = await panel(page).locator('mark').count();
  expect(marks).toBeGreaterThan(0);
  expect(marks).toBeLessThan(10_000);

  // Scrolling the panel draws the duties that come into view.
  await panel(page).evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(list.getByText(/Item 1000\.$/)).toBeVisible();
});

test('a chart that fails to draw shows a message and a way back, not a blank page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The built-in organisation (the page carries it as a JSON data block), with one unit's name
  // damaged so that drawing its card throws.
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const block =
        /(<script type="application\/json" id="orgscope-organization">)(.*?)(<\/script>)/s;
      const damaged = html.replace(block, (_all, open: string, json: string, close: string) => {
        const data = JSON.parse(json) as { root: { children: { name: unknown }[] } };
        data.root.children[0]!.name = { broken: true };
        return open + JSON.stringify(data).replace(/</g, '\\u003c') + close;
      });
      expect(damaged).not.toBe(html);
      await route.fulfill({ response, body: damaged });
    },
  );
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'The chart could not be drawn' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CENTER);
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});
