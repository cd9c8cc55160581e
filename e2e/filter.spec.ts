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
/** The number of duties a summary line says match. */
const duties = (s: string | null) => Number(/(\d+) dut/.exec(s ?? '')![1]);

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

test('typing and clearing a filter leave the chart arranged as it was', async ({ page }) => {
  // On a phone the summary bar takes a tenth of the chart's height: the chart must not be laid
  // out again for it (cards jumping to other rows under the user's first keystroke).
  await page.setViewportSize({ width: 390, height: 844 });
  await openChart(page);
  const places = () =>
    chart(page)
      .locator('.react-flow__node')
      .evaluateAll((nodes) =>
        nodes.map((n) => `${(n as HTMLElement).dataset.id} ${(n as HTMLElement).style.transform}`),
      );
  const before = (await places()).sort();
  expect(before.length).toBeGreaterThan(5);
  await filterBox(page).fill('r');
  await expect(summary(page).getByRole('status')).toContainText('match');
  expect((await places()).sort()).toEqual(before);
  await filterBox(page).fill('');
  await expect(summary(page)).toBeHidden();
  expect((await places()).sort()).toEqual(before);
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
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) {
    const text = await item.textContent();
    const marked = await item.locator('mark').allTextContents();
    for (const m of marked) expect(text).toContain(m);
    expect(marked.every((m) => /^(provident|fund)/i.test(m))).toBe(true);
  }
});

const modeChoice = (page: Page) =>
  page.getByRole('radiogroup', { name: 'Offices with the chosen functions' });

test('"all of" finds the offices that do every chosen function, and the link keeps it', async ({
  page,
}) => {
  await openChart(page);
  await expect(modeChoice(page).getByRole('radio', { name: 'any of' })).toBeChecked();
  await chip(page, 'Risk').click();
  await chip(page, 'Audit, inspection & discipline').click();
  // "any of": an office with a duty in either.
  await expect(summary(page).getByRole('status')).toHaveText(/^9 offices · \d+ duties match$/);
  await modeChoice(page).getByRole('radio', { name: 'all of' }).check();
  await expect(summary(page).getByRole('status')).toHaveText(
    /^5 offices · \d+ duties match \(offices with duties in all 2 functions\)$/,
  );
  await expect(page).toHaveURL(/fn=risk%2Caudit&match=all/);
  await expect(matchingOffices(page)).toHaveCount(5);
  const allDuties = duties(await summary(page).getByRole('status').textContent());

  // The badges and the panel count the same duties as the summary.
  const project = node(page, 'Project Management Office');
  await expect(project.getByText(/^\d+ match$/)).toBeVisible();
  await matchingOffices(page).filter({ hasText: 'Project Management Office' }).click();
  const inPanel = panel(page).getByText(/^\d+ of 9 duties match$/);
  const count = Number(/^(\d+)/.exec((await inPanel.textContent()) ?? '')![1]);
  expect(count).toBeGreaterThan(0);
  await expect(project.getByText(`${count} match`, { exact: true })).toBeVisible();
  await expect(panel(page).locator('li[data-match]')).toHaveCount(count);
  const sources = await panel(page)
    .locator('mark')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.source));
  expect(new Set(sources)).toEqual(new Set(['risk', 'audit']));

  // An office with risk duties but no audit duty does not count, and the panel says why.
  await node(page, 'Loan Management Office').click();
  await expect(panel(page).getByText('0 of 11 duties match')).toBeVisible();
  await expect(
    panel(page).getByText(/^No matching duties in Audit, inspection & discipline/),
  ).toBeVisible();

  // The link reproduces the view.
  await page.reload();
  await expect(modeChoice(page).getByRole('radio', { name: 'all of' })).toBeChecked();
  expect(duties(await summary(page).getByRole('status').textContent())).toBe(allDuties);
  await modeChoice(page).getByRole('radio', { name: 'any of' }).check();
  await expect(summary(page).getByRole('status')).toHaveText(/^9 offices/);
  await expect(page).not.toHaveURL(/match=/);
});

test('a link made before "all of" existed still means "any of"', async ({ page }) => {
  await openChart(page, '?fn=risk,audit');
  await expect(modeChoice(page).getByRole('radio', { name: 'any of' })).toBeChecked();
  await expect(summary(page).getByRole('status')).toHaveText(/^9 offices/);
});

test('parameters that are not ours stay in the address', async ({ page }) => {
  await openChart(page, '?utm_source=x');
  await node(page, 'Loan Management Office').click();
  await expect(page).toHaveURL(/\?utm_source=x&office=loan-management-office$/);
  await filterBox(page).fill('risk');
  await chip(page, 'Risk').click();
  await chip(page, 'Audit, inspection & discipline').click();
  await modeChoice(page).getByRole('radio', { name: 'all of' }).check();
  await expect(page).toHaveURL(
    /\?utm_source=x&office=loan-management-office&q=risk&fn=risk%2Caudit&match=all$/,
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\?utm_source=x&office=loan-management-office$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?utm_source=x$/);
  await expect(panel(page)).toHaveCount(0);
});
