import type { Page } from '@playwright/test';
import { chart, expect, node, openChart, panel, test } from './fixtures.ts';

const filterBox = (page: Page) => page.getByRole('searchbox', { name: 'Filter duties' });
const chip = (page: Page, label: string) =>
  page
    .getByRole('group', { name: 'Functions' })
    .getByRole('button', { name: new RegExp(`^${label}`) });
const summary = (page: Page) => page.getByRole('region', { name: 'Filter results' });
const matchingOffices = (page: Page) =>
  summary(page).getByRole('list', { name: 'Matching offices' }).getByRole('button');

/** Every <mark> in the panel must be exactly the text it claims, at a word start. */
async function expectMarksMatch(page: Page, words: RegExp) {
  const marks = await panel(page)
    .locator('mark')
    .evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent ?? '',
        before: el.previousSibling?.textContent?.slice(-1) ?? '',
        source: (el as HTMLElement).dataset.source,
      })),
    );
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) {
    if (mark.source === 'query') expect(mark.text).toMatch(words);
    expect(mark.before).not.toMatch(/[\p{L}\p{N}]/u);
  }
  return marks;
}

test('filter by a word: matching offices highlighted, others dimmed but clickable', async ({
  page,
}) => {
  await openChart(page);
  await filterBox(page).fill('audit');
  await expect(summary(page).getByRole('status')).toHaveText(
    /^\d+ offices? · \d+ dut(y|ies) match$/,
  );
  const names = await matchingOffices(page).allTextContents();
  expect(names.some((n) => n.startsWith('Discipline Inspection and Audit Office'))).toBe(true);
  const auditCard = node(page, 'Discipline Inspection and Audit Office');
  await expect(auditCard.getByText(/\d+ match/)).toBeVisible();
  const dimmed = chart(page).locator('.office-card[data-dimmed]');
  expect(await dimmed.count()).toBeGreaterThan(0);
  // A dimmed office still opens.
  const dimmedName = await dimmed.first().locator('.office-card__name').textContent();
  await node(page, dimmedName!).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(dimmedName!);
  await expect(panel(page).getByText(/^0 of \d+ duties match$/)).toBeVisible();

  await matchingOffices(page).filter({ hasText: 'Discipline Inspection and Audit Office' }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    'Discipline Inspection and Audit Office',
  );
  await expect(panel(page).getByText(/^[1-9]\d* of 7 duties match$/)).toBeVisible();
  const marks = await expectMarksMatch(page, /^audit/i);
  expect(marks.some((m) => /^audits?$/i.test(m.text))).toBe(true);
});

test('word starts only: "risk" finds risks, "isk" finds nothing', async ({ page }) => {
  await openChart(page, '?office=policies-regulations-and-risk-management-division');
  await filterBox(page).fill('isk');
  await expect(summary(page).getByRole('status')).toHaveText(/^No duties match/);
  await filterBox(page).fill('RISK');
  await expect(panel(page).getByText(/^[1-9]\d* of 7 duties match$/)).toBeVisible();
  await expectMarksMatch(page, /^risk/i);
});

test('filter by a chip, then by a chip and a word', async ({ page }) => {
  await openChart(page, '?office=loan-management-office');
  const loans = chip(page, 'Loans & credit');
  await expect(loans).toHaveAttribute('aria-pressed', 'false');
  await expect(loans).toContainText(/\d+ offices? · \d+ duties/);
  await loans.click();
  await expect(loans).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/fn=loans/);
  const all = await summary(page).getByRole('status').textContent();
  // Adding a second chip can only widen the result (chips combine as "any").
  await chip(page, 'Risk').click();
  await expect(page).toHaveURL(/fn=loans%2Crisk/);
  const wider = await summary(page).getByRole('status').textContent();
  const duties = (s: string | null) => Number(/(\d+) dut/.exec(s ?? '')![1]);
  expect(duties(wider)).toBeGreaterThanOrEqual(duties(all));
  // A word narrows it (text and chips combine as "all").
  await filterBox(page).fill('collateral');
  await expect(summary(page).getByRole('status')).toHaveText(/\d+ offices? · \d+ dut(y|ies) match/);
  await expect(matchingOffices(page).filter({ hasText: 'Loan Management Office' })).toBeVisible();
  expect(duties(await summary(page).getByRole('status').textContent())).toBeLessThan(duties(wider));
  const marks = await expectMarksMatch(page, /^collateral/i);
  expect(marks.some((m) => m.source === 'query')).toBe(true);
  expect(marks.some((m) => m.source === 'loans' || m.source === 'risk')).toBe(true);
  await panel(page).getByRole('checkbox', { name: 'Show only matching duties' }).check();
  const inPanel = Number(
    /^(\d+) of 11/.exec(
      (await panel(page)
        .getByText(/of 11 duties match$/)
        .textContent()) ?? '',
    )![1],
  );
  expect(inPanel).toBeGreaterThan(0);
  const list = panel(page).getByRole('list', { name: 'Duties of Loan Management Office' });
  await expect(list.locator(':scope > li')).toHaveCount(inPanel);
  await expect(page).toHaveURL(/only=matching/);
});

test('a quoted phrase must appear as written', async ({ page }) => {
  await openChart(page);
  await filterBox(page).fill('"audit plans"');
  await expect(summary(page).getByRole('status')).toHaveText('1 office · 1 duty match');
  await matchingOffices(page).first().click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    'Discipline Inspection and Audit Office',
  );
  // "annual audit plans and special audit plans": both occurrences, and only those.
  await expect(panel(page).locator('mark[data-source="query"]')).toHaveText([
    'audit plans',
    'audit plans',
  ]);
  await filterBox(page).fill('"plans audit"');
  await expect(summary(page).getByRole('status')).toHaveText(/^No duties match/);
});

test('pattern characters, markup and long pasted text are taken literally', async ({ page }) => {
  await openChart(page);
  for (const input of [
    '[',
    '(risk',
    '\\',
    'a|b',
    '*',
    '.*',
    '$^',
    '<img src=x onerror=alert(1)>',
  ]) {
    await filterBox(page).fill(input);
    await expect(summary(page).getByRole('status')).toHaveText(/^No duties match/);
  }
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await filterBox(page).fill('risk '.repeat(2_000));
  await expect(summary(page).getByRole('status')).toContainText('only the first 500 characters');
  await filterBox(page).fill('上海 🏠 公积金');
  await expect(summary(page).getByRole('status')).toHaveText(/^No duties match/);
});

test('Escape in the box clears it; Clear filters resets everything', async ({ page }) => {
  await openChart(page, '?office=loan-management-office');
  await filterBox(page).fill('loan');
  await filterBox(page).press('Escape');
  await expect(filterBox(page)).toHaveValue('');
  // The Escape cleared the box without closing the panel.
  await expect(panel(page)).toBeVisible();
  await expect(summary(page)).toHaveCount(0);
  await filterBox(page).fill('loan');
  await chip(page, 'Risk').click();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(filterBox(page)).toHaveValue('');
  await expect(chip(page, 'Risk')).toHaveAttribute('aria-pressed', 'false');
  await expect(chart(page).locator('.office-card[data-dimmed]')).toHaveCount(0);
  await expect(page).toHaveURL(/\?office=loan-management-office$/);
});

test('a deep link restores the query and chips; unknown functions get a notice', async ({
  page,
}) => {
  await openChart(
    page,
    '?q=plans&fn=audit,astrology&office=discipline-inspection-and-audit-office',
  );
  await expect(filterBox(page)).toHaveValue('plans');
  await expect(chip(page, 'Audit, inspection & discipline')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(
    page.getByText('The link names a function we do not know (“astrology”); it was ignored.'),
  ).toBeVisible();
  await expect(panel(page).getByText(/^[1-9] of 7 duties match$/)).toBeVisible();
  await expectMarksMatch(page, /^plans/i);
  await expect(page).toHaveURL(/fn=audit(&|$)/);
});

test('highlighted marks are exactly the duty text, nothing added or lost', async ({ page }) => {
  await openChart(page, '?q=provident%20fund&office=fund-planning-management-office');
  const items = panel(page).locator('li[data-match] .duty-list__text');
  expect(await items.count()).toBeGreaterThan(0);
  for (const item of await items.all()) {
    const text = await item.textContent();
    const marked = await item.locator('mark').allTextContents();
    for (const m of marked) expect(text).toContain(m);
    expect(marked.every((m) => /^(provident|fund)/i.test(m))).toBe(true);
  }
});
