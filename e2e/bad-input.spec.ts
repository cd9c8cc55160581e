import { chart, expect, openChart, test } from './fixtures.ts';

test('malformed and hostile links show notices and the whole chart, never a blank page', async ({
  page,
}) => {
  const long = 'x'.repeat(5_000);
  const search =
    `?office=%E0%A4%A&layout=%3Cscript%3Ealert(1)%3C%2Fscript%3E&fn=audit,%F0%9F%92%A5,${long}` +
    `&q=${'risk '.repeat(300)}&only=maybe&junk=%%%&${long}=1`;
  await openChart(page, search);
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(14);
  const notices = page.locator('.notice');
  await expect(notices).toHaveCount(5);
  await expect(notices.nth(0)).toContainText('The link names an office that does not exist here');
  await expect(notices.nth(1)).toContainText('Unknown layout “<script>alert(1)</script>”');
  await expect(notices.nth(2)).toContainText(
    'The filter in the link was cut to its first 500 characters.',
  );
  await expect(notices.nth(3)).toContainText('functions we do not know');
  await expect(notices.nth(4)).toContainText('Unknown panel option “maybe”');
  // Nothing from the link runs: the page's only inline scripts are its JSON data blocks.
  await expect(page.locator('script:not([src]):not([type="application/json"])')).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Filter duties' })).toHaveValue(/^risk risk/);
  await expect(page.getByRole('button', { name: /^Audit, inspection/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Dismiss' }).first().click();
  await expect(notices).toHaveCount(0);
});

test('markup typed into the filter is shown as text and never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await openChart(page);
  const box = page.getByRole('searchbox', { name: 'Filter duties' });
  await box.fill('<img src=x onerror=alert(1)> "<b>audit</b>"');
  await expect(page.getByRole('region', { name: 'Filter results' })).toContainText(
    'No duties match',
  );
  await expect(page.locator('img[src="x"], b')).toHaveCount(0);
  await expect(page).toHaveURL(/q=%3Cimg/);
  expect(dialogs).toBe(0);
});
