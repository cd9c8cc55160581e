import { expect, node, openChart, test } from './fixtures.ts';

/**
 * Takes the README's screenshots. They are written to docs/ with `npm run screenshots`, and to
 * the test output otherwise, so an ordinary test run leaves the work tree as it was.
 */
const target = (name: string) =>
  process.env.ORGSCOPE_SCREENSHOTS ? `docs/${name}.png` : test.info().outputPath(`${name}.png`);

const shots = [
  {
    name: 'screenshot',
    search: '?office=loan-management-office',
    scheme: 'light',
    width: 1440,
    height: 900,
  },
  {
    name: 'screenshot-dark',
    search: '?office=discipline-inspection-and-audit-office',
    scheme: 'dark',
    width: 1440,
    height: 900,
  },
  {
    name: 'screenshot-left-right',
    search: '?layout=left-right&office=project-management-office',
    scheme: 'light',
    width: 1440,
    height: 900,
  },
  {
    name: 'screenshot-phone',
    search: '?office=technology-support-and-development-department',
    scheme: 'light',
    width: 390,
    height: 844,
  },
  { name: 'screenshot-phone-dark', search: '', scheme: 'dark', width: 390, height: 844 },
  {
    name: 'screenshot-filter',
    search: '?q=risk&fn=audit&office=policies-regulations-and-risk-management-division',
    scheme: 'light',
    width: 1440,
    height: 900,
  },
  {
    name: 'screenshot-filter-dark',
    search: '?q=risk&fn=audit&office=policies-regulations-and-risk-management-division',
    scheme: 'dark',
    width: 1440,
    height: 900,
  },
] as const;

for (const shot of shots) {
  test(`screenshot: ${shot.name}`, async ({ page }) => {
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.emulateMedia({ colorScheme: shot.scheme, reducedMotion: 'reduce' });
    await openChart(page, shot.search);
    if (shot.search.includes('office=')) {
      await expect(
        page.getByRole('complementary').getByRole('heading', { level: 2 }),
      ).toBeVisible();
    }
    await expect(node(page, 'Loan Management Office')).toBeAttached();
    await page.waitForTimeout(300);
    const png = await page.screenshot({ path: target(shot.name) });
    expect(png.byteLength).toBeGreaterThan(15_000);
  });
}

test('screenshot: the functions table', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto('/?view=matrix');
  await expect(page.getByRole('table', { name: /^Duties by unit and function/ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Shared work' }).getByRole('link').first(),
  ).toBeVisible();
  const png = await page.screenshot({ path: target('screenshot-matrix') });
  expect(png.byteLength).toBeGreaterThan(15_000);
});

test('screenshot: a question answered', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openChart(
    page,
    '?ask=My+employer+has+not+paid+into+my+housing+fund.+Who+can+I+complain+to%3F',
  );
  const first = page
    .getByRole('list', { name: /^Answers to/ })
    .getByRole('listitem')
    .first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(
    'Law Enforcement Supervision Division',
  );
  await first.getByRole('button', { name: 'Show on chart' }).click();
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
    'Law Enforcement Supervision Division',
  );
  await page.waitForTimeout(300);
  const png = await page.screenshot({ path: target('screenshot-question') });
  expect(png.byteLength).toBeGreaterThan(15_000);
});

test('screenshot: an exported PNG', async ({ page }) => {
  await openChart(page, '?fn=loans&office=loan-management-office');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page
    .getByRole('menu', { name: 'Export' })
    .getByRole('menuitemradio', { name: '1× resolution' })
    .click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('menu', { name: 'Export' })
    .getByRole('menuitem', { name: 'PNG image' })
    .click();
  await (await downloading).saveAs(target('export-sample'));
});
