import type { Locator, Page } from '@playwright/test';
import {
  expect,
  expectNoViolations,
  node,
  openChart,
  openGenerated,
  panel,
  test,
} from './fixtures.ts';

/** How the filter bar sits on screens of every size: nothing hidden, nothing wider than the screen. */

const filterBox = (page: Page) => page.getByRole('searchbox', { name: 'Filter duties' });
const chips = (page: Page) => page.getByRole('group', { name: 'Functions' }).getByRole('button');
const functionsButton = (page: Page) => page.getByRole('button', { name: /^Functions(?! table)/ });
const summary = (page: Page) => page.getByRole('region', { name: 'Filter results' });

/** The twelve functions the Center's chips offer. */
const FUNCTION_COUNT = 12;

/** Fails when anything makes the page wider than the screen it was given. */
async function expectNoWiderThanScreen(page: Page, state: string) {
  const width = page.viewportSize()!.width;
  // On a phone a wider page widens the layout viewport itself, so innerWidth is no yardstick.
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `page width ≤ screen (${width}px): ${state}`).toBeLessThanOrEqual(width);
}

/** Fails unless the element lies wholly on the screen. */
async function expectOnScreen(locator: Locator, what: string) {
  const { width, height } = locator.page().viewportSize()!;
  const box = await locator.boundingBox();
  expect(box, `${what} is rendered`).not.toBeNull();
  expect(box!.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what}: right edge`).toBeLessThanOrEqual(width + 0.5);
  expect(box!.y + box!.height, `${what}: bottom edge`).toBeLessThanOrEqual(height + 0.5);
}

/**
 * Whether the placeholder fits the box: laid out as the box's own text (same font, same inner
 * area, the search field's clear button included), it must not need scrolling.
 */
async function placeholderRoom(page: Page) {
  return filterBox(page).evaluate((input: HTMLInputElement) => {
    const typed = input.value;
    input.value = input.placeholder;
    const fit = {
      needed: input.scrollWidth,
      room: input.clientWidth,
      placeholder: input.placeholder,
    };
    input.value = typed;
    return fit;
  });
}

/** An organisation whose names do their worst: very long, and one word longer than any screen. */
function longNamedOrganisation() {
  const longName =
    'The Extraordinarily Long-Named Directorate for the Coordination of Intergovernmental ' +
    'Provident Fund Loan Policy, Risk Assessment, Housing Finance and Public Consultation';
  const unbreakable = `Unit${'X'.repeat(120)}`;
  return {
    name: `Ministry of ${'Very '.repeat(12)}Long Names`,
    root: {
      name: `Ministry of ${'Very '.repeat(12)}Long Names`,
      children: [
        {
          id: 'long',
          name: longName,
          duties: [
            'Responsible for loan policy and the risk assessment of housing loans.',
            `Responsible for the ${'very '.repeat(30)}long duty of auditing loan records.`,
          ],
        },
        { id: 'unbreakable', name: unbreakable, duties: ['Responsible for loan audits.'] },
        { id: 'short', name: 'Short Office', duties: ['Responsible for meetings.'] },
      ],
    },
  };
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`every function chip is on screen, beside the any of / all of choice, at ${size.width}px`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openChart(page);
    const all = chips(page);
    await expect(all).toHaveCount(FUNCTION_COUNT);
    for (const chip of await all.all()) {
      await expect(chip).toBeVisible();
      await expectOnScreen(chip, `chip ${await chip.textContent()}`);
    }
    // No row scrolled out of sight: the group holds its chips without scrolling.
    const group = page.getByRole('group', { name: 'Functions' });
    const scroll = await group.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
    expect(scroll.sw).toBeLessThanOrEqual(scroll.cw);
    // The "any of / all of" choice is labelled and on screen, beside the chips.
    const mode = page.getByRole('radiogroup', { name: 'Offices with the chosen functions' });
    await expectOnScreen(mode, 'the any of / all of choice');
    await expect(mode.getByRole('radio', { name: 'any of' })).toBeChecked();
    // The wide layout has no "Functions" button: the chips themselves are the control.
    await expect(functionsButton(page)).toHaveCount(0);
  });
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
]) {
  test(`the filter box's hint is not cut at ${size.width}px`, async ({ page }) => {
    await page.setViewportSize(size);
    await openChart(page);
    const { needed, room, placeholder } = await placeholderRoom(page);
    expect(placeholder).not.toBe('');
    expect(needed, `“${placeholder}” fits the box`).toBeLessThanOrEqual(room);
  });
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`more matches than the summary lists: it says how many more in a short bar, at ${size.width}px`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openChart(page);
    await openGenerated(page, { units: 300, seed: 3 }, 'three-hundred.json');
    await filterBox(page).fill('r');
    const listed = summary(page)
      .getByRole('list', { name: 'Matching offices' })
      .getByRole('button');
    await expect(listed).toHaveCount(40);
    const more = summary(page).getByText(/^and [\d,]+ offices more: narrow the filter/);
    await expect(more).toBeVisible();
    // Two lines at the most, never a column a word wide.
    const lineHeight = await more.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect((await more.boundingBox())!.height).toBeLessThanOrEqual(2 * lineHeight + 1);
    // The bar stays a bar: one row beside the count on a wide screen, three short rows on a phone.
    const bar = (await summary(page).boundingBox())!;
    expect(bar.height).toBeLessThanOrEqual(size.width < 700 ? 130 : 64);
    await expectNoWiderThanScreen(page, 'more matches than listed');
    await expectNoViolations(page, `summary with more matches than listed, ${size.width}px`);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the chips fold behind a Functions button that says what is selected', async ({ page }) => {
    await openChart(page);
    const button = functionsButton(page);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('group', { name: 'Functions' })).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const all = chips(page);
    await expect(all).toHaveCount(FUNCTION_COUNT);
    for (const chip of await all.all()) {
      const box = (await chip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await all.filter({ hasText: /^Risk/ }).click();
    await all.filter({ hasText: /^Audit/ }).click();
    await expect(button).toHaveAccessibleName('Functions · 2 selected');
    // With two chosen, how they combine matters, so the choice shows even once folded.
    await button.click();
    await expect(page.getByRole('group', { name: 'Functions' })).toBeHidden();
    await page.getByRole('radio', { name: 'all of' }).check();
    await expect(summary(page).getByRole('status')).toHaveText(/^5 offices · /);
    await expectNoWiderThanScreen(page, 'two functions, folded');
  });
});

for (const size of [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
]) {
  test.describe(`nothing makes the page wider than a ${size.width}px screen`, () => {
    test.use({ viewport: size, isMobile: true, hasTouch: true });

    test('panel open, then a filter', async ({ page }) => {
      await openChart(page, '?office=loan-management-office');
      await expectNoWiderThanScreen(page, 'panel open');
      await filterBox(page).fill('loan');
      await expect(summary(page).getByRole('list', { name: 'Matching offices' })).toBeVisible();
      await expectNoWiderThanScreen(page, 'panel open, filter "loan"');
      await expectOnScreen(panel(page), 'the panel');
      await expect(panel(page).getByText(/^\d+ of 11 duties match$/)).toBeInViewport();
    });

    test('a filter, then an office tapped', async ({ page }) => {
      await openChart(page);
      await filterBox(page).fill('loan');
      await expect(summary(page).getByRole('status')).toHaveText(/match$/);
      await expectNoWiderThanScreen(page, 'filter "loan"');
      // An office in the first view (the filter leaves the chart arranged as it was), one the
      // filter dims: dimmed cards stay tappable.
      const office = 'Party Committee Office (Organization and Personnel Department)';
      await expect(node(page, office)).toBeInViewport();
      await node(page, office).tap();
      await expectOnScreen(panel(page), 'the panel');
      const duties = panel(page).getByRole('list', { name: `Duties of ${office}` });
      await expect(duties.getByRole('listitem').first()).toBeInViewport();
      await expectNoWiderThanScreen(page, 'filter, office tapped');
    });

    test('very long names from a file, notices, a filter and the panel', async ({ page }) => {
      // A link with parts we cannot use raises notices before the file is opened.
      await openChart(page, '?fn=astrology&layout=sideways');
      await page.getByLabel('Open organisation file').setInputFiles({
        name: 'long.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(longNamedOrganisation())),
      });
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Ministry of Very');
      await expectNoWiderThanScreen(page, 'long names');
      await filterBox(page).fill('loan');
      const offices = summary(page).getByRole('list', { name: 'Matching offices' });
      await expect(offices.getByRole('button')).toHaveCount(2);
      await expectNoWiderThanScreen(page, 'long names, filter');
      for (const name of [/^The Extraordinarily/, /^UnitXXX/]) {
        // On a phone the sheet covers the list, as it would for a person: close it first.
        if (await panel(page).isVisible()) {
          await panel(page).getByRole('button', { name: 'Close panel' }).click();
        }
        await offices.getByRole('button', { name }).click();
        await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(name);
        await expectOnScreen(panel(page), 'the panel');
        await expect(panel(page).getByRole('heading', { level: 2 })).toBeInViewport();
        await expectNoWiderThanScreen(page, `long names, filter, panel for ${name.source}`);
      }
    });
  });
}
