import { expect, node, openChart, test } from './fixtures.ts';

/**
 * Takes the README's screenshots. They are written to docs/ with `npm run screenshots`, and to
 * the test output otherwise, so an ordinary test run leaves the work tree as it was.
 */
const target = (name: string) =>
  process.env.ORGSCOPE_SCREENSHOTS ? `docs/${name}.png` : test.info().outputPath(`${name}.png`);

test('desktop chart with an office selected', async ({ page }) => {
  await openChart(page);
  await node(page, 'Loan Management Office').click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Loan Management Office' }),
  ).toBeVisible();
  await page.waitForTimeout(600);
  const png = await page.screenshot({ path: target('screenshot') });
  expect(png.byteLength).toBeGreaterThan(20_000);
});
