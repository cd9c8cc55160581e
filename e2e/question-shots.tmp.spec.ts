import { openChart, test } from './fixtures.ts';
test('current look', async ({ page }) => {
  await openChart(page);
  await page.screenshot({ path: '/tmp/question-shots/before-desktop.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await openChart(page);
  await page.screenshot({ path: '/tmp/question-shots/before-phone.png' });
  await openChart(page, '?office=loan-management-office&q=loan');
  await page.screenshot({ path: '/tmp/question-shots/before-phone-panel.png' });
});
