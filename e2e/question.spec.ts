import type { Page } from '@playwright/test';
import {
  expect,
  expectNoViolations,
  node,
  openChart,
  openGenerated,
  panel,
  test,
} from './fixtures.ts';

const questionBox = (page: Page) => page.getByRole('region', { name: 'Ask: who handles…?' });
const answers = (page: Page) => page.getByRole('list', { name: /^Answers to/ });
const firstAnswer = (page: Page) => answers(page).getByRole('listitem').first();

async function ask(page: Page, question: string) {
  const box = questionBox(page);
  await box.getByRole('searchbox', { name: 'Your question' }).fill(question);
  await box.getByRole('button', { name: 'Ask', exact: true }).click();
}

/** Questions of the test set (src/search/question-set.ts) and the office that comes first. */
const QUESTIONS: [string, string][] = [
  [
    'My employer has not paid into my housing fund. Who can I complain to?',
    'Law Enforcement Supervision Division',
  ],
  ['Who approves large loans?', 'Loan Management Office'],
  ['Who checks the banks that handle the fund?', 'Fund Planning Management Office'],
  ['I want to report an official taking bribes', 'Discipline Inspection and Audit Office'],
  ['Who talks to the press?', 'Office (Petition Office)'],
];

test('answers test-set questions with the expected office first, words marked', async ({
  page,
}) => {
  await openChart(page);
  await page.getByRole('button', { name: 'Ask: who handles…?' }).click();
  await expect(questionBox(page).getByRole('searchbox', { name: 'Your question' })).toBeFocused();
  for (const [question, office] of QUESTIONS) {
    await ask(page, question);
    await expect(firstAnswer(page).getByRole('heading', { level: 3 })).toHaveText(office);
    await expect(firstAnswer(page).locator('mark').first()).toBeVisible();
    await expect(questionBox(page).getByRole('status')).toContainText(`: ${office}.`);
  }
  // The question is in the address, so the answer can be shared.
  await expect(page).toHaveURL(/ask=Who\+talks\+to\+the\+press%3F/);
});

test('shows an answer on the chart, and a link opens the box with its answer', async ({ page }) => {
  await openChart(page, '?ask=Who+approves+large+loans%3F');
  await expect(firstAnswer(page).getByRole('heading', { level: 3 })).toHaveText(
    'Loan Management Office',
  );
  await expect(firstAnswer(page)).toContainText('Matched: loans, approves (as “review”), large');
  await firstAnswer(page)
    .getByRole('button', { name: 'Show on chart: Loan Management Office' })
    .click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Loan Management Office');
  await expect(node(page, 'Loan Management Office')).toBeVisible();
  await expect(page).toHaveURL(/office=loan-management-office/);
  // The box stays open beside the chart on a wide screen; Escape closes it.
  await expect(questionBox(page)).toBeVisible();
  await questionBox(page).getByRole('searchbox', { name: 'Your question' }).fill('');
  await questionBox(page).getByRole('searchbox', { name: 'Your question' }).press('Escape');
  await expect(questionBox(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ask: who handles…?' })).toBeFocused();
});

test('a question nothing answers says so and suggests functions and close words', async ({
  page,
}) => {
  await openChart(page, '?ask=');
  await ask(page, 'Who handles quantum chromodynamics?');
  await expect(questionBox(page).getByRole('status')).toHaveText(
    'Nothing answers “Who handles quantum chromodynamics?”.',
  );
  await expect(
    questionBox(page).getByRole('heading', { name: 'Or show the offices of a function' }),
  ).toBeVisible();
  await ask(page, 'lonz');
  await questionBox(page).getByRole('button', { name: 'loan', exact: true }).click();
  await expect(firstAnswer(page).getByRole('heading', { level: 3 })).toHaveText(
    'Loan Management Office',
  );
});

test('on a phone, showing an answer on the chart closes the box', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openChart(page);
  await page.getByRole('button', { name: 'Ask: who handles…?' }).click();
  await ask(page, 'Who recovers bad debts?');
  await firstAnswer(page)
    .getByRole('button', { name: /^Show on chart/ })
    .click();
  await expect(questionBox(page)).toHaveCount(0);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    'Project Management Office',
  );
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test('a large organisation is answered by a worker', async ({ page }) => {
  await openChart(page);
  await openGenerated(page, { units: 3_000, seed: 5 }, 'large.json');
  await page.getByRole('button', { name: 'Ask: who handles…?' }).click();
  await ask(page, 'Who hears appeals about building permits?');
  await expect(firstAnswer(page).locator('mark', { hasText: 'appeals' }).first()).toBeVisible({
    timeout: 20_000,
  });
  await expect(firstAnswer(page)).toContainText('building permits');
});

for (const scheme of ['light', 'dark'] as const) {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`axe passes on the question box, ${scheme}, ${size.width}×${size.height}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(size);
      await openChart(page, '?ask=Who+checks+the+banks+that+handle+the+fund%3F');
      await expect(firstAnswer(page).locator('mark').first()).toBeVisible();
      await expectNoViolations(page, `answer, ${scheme}, ${size.width}`);
      await ask(page, 'Who handles quantum chromodynamics?');
      await expect(questionBox(page).getByRole('heading', { name: /function/ })).toBeVisible();
      await expectNoViolations(page, `no answer, ${scheme}, ${size.width}`);
    });
  }
}
