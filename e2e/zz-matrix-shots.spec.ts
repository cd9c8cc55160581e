import { expect, openChart, test } from './fixtures.ts';

const sizes = [
  { w: 1440, h: 900 },
  { w: 390, h: 844 },
];
for (const { w, h } of sizes) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`matrix ${w} ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/?view=matrix');
      await expect(page.getByRole('table')).toBeVisible();
      await page.screenshot({ path: `/tmp/matrix-shots/matrix-${w}-${scheme}.png` });
      await openChart(page, '?office=loan-management-office&duty=8');
      await page.waitForTimeout(500);
      await page.screenshot({ path: `/tmp/matrix-shots/duty-${w}-${scheme}.png` });
    });
  }
}
