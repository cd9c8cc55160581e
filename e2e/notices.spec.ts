import type { Page } from '@playwright/test';
import { chart, expect, node, openChart, test } from './fixtures.ts';

/** Where the header and the chart are: a notice or message must never move either. */
async function frame(page: Page) {
  const header = await page.locator('.app-header').boundingBox();
  const region = await chart(page).boundingBox();
  return { header, region };
}

async function exportPng(page: Page, { fails = false } = {}) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = fails ? null : page.waitForEvent('download');
  await page
    .getByRole('menu', { name: 'Export' })
    .getByRole('menuitem', { name: 'PNG image' })
    .click();
  await downloading;
}

const downloaded = (page: Page) => page.getByRole('status').filter({ hasText: 'Downloaded' });

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`an export message overlays: header and chart stay put (${viewport.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openChart(page);
    const before = await frame(page);
    await exportPng(page);
    await expect(downloaded(page)).toBeVisible();
    expect(await frame(page)).toEqual(before);
    // Escape dismisses it (and, with no panel open, nothing else happens).
    await page.keyboard.press('Escape');
    await expect(downloaded(page)).toHaveCount(0);
    expect(await frame(page)).toEqual(before);
  });
}

test('a success message goes by itself; an error stays until dismissed', async ({ page }) => {
  await page.clock.install();
  await openChart(page, '?office=loan-management-office');
  await exportPng(page);
  await expect(downloaded(page)).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(downloaded(page)).toHaveCount(0);

  await page.evaluate(() => {
    HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
      callback(null);
    };
  });
  await exportPng(page, { fails: true });
  const alert = page.getByRole('alert').filter({ hasText: 'Export failed' });
  await expect(alert).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(alert).toBeVisible();
  // Escape takes the message away first; the panel stays open for the next Escape.
  await page.keyboard.press('Escape');
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('complementary')).toBeVisible();
});

const team = {
  name: 'Example Team',
  source: { title: 'Example Team chart' },
  root: {
    name: 'Example Team',
    children: [
      { id: 'ops', name: 'Operations', duties: ['Run things.'] },
      { id: 'desk', name: 'Help Desk', duties: ['Answer questions.'] },
    ],
  },
};

async function openTeamFile(page: Page) {
  await page.getByLabel('Open organisation file').setInputFiles({
    name: 'team.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(team)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Team');
  await expect(node(page, 'Operations')).toBeVisible();
}

test('Back and Forward onto the other organisation’s links merge into one notice', async ({
  page,
}) => {
  await openChart(page);
  await node(page, 'Loan Management Office').click();
  await expect(page).toHaveURL(/office=loan-management-office/);
  await openTeamFile(page);
  await node(page, 'Operations').click();
  await expect(page).toHaveURL(/office=ops/);
  const before = await frame(page);

  const notices = page.locator('.notice');
  // History: the Center's Loan Management Office, the team's overview, its Operations.
  for (let i = 0; i < 8; i++) {
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/office=loan-management-office/);
    await expect(notices.first()).toBeVisible();
    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(/office=ops/);
  }
  await expect(notices).toHaveCount(1);
  await expect(notices).toContainText('The link names an office that does not exist here');
  await expect(notices).toContainText('(8 times)');
  expect(await frame(page)).toEqual(before);
  // The notice floats over the chart, which keeps its whole height.
  const notice = (await notices.boundingBox())!;
  expect(notice.y).toBeGreaterThan(before.region!.y);
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(notices).toHaveCount(0);
});

test('many notices at once are capped and never take the chart’s height', async ({ page }) => {
  await openChart(page);
  const before = await frame(page);
  await page.evaluate(() => {
    for (let i = 0; i < 12; i++) {
      window.history.pushState(null, '', `/?layout=nope-${i}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }
  });
  await expect(page.locator('.notice')).toHaveCount(5);
  await expect(page.locator('.notice').last()).toContainText('nope-11');
  expect(await frame(page)).toEqual(before);
  const layer = (await page.locator('.notice-layer').boundingBox())!;
  expect(layer.height).toBeLessThanOrEqual(before.region!.height / 2 + 1);
  await page.getByRole('button', { name: 'Dismiss all 5' }).click();
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('Copy link says what others will see when your own file is open', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChart(page);
  await openTeamFile(page);
  const button = page.getByRole('button', { name: 'Copy link', exact: true });
  await expect(button).toHaveAttribute('title', /not team\.json/);
  // The header says where the chart came from (a part that loads when a file is open).
  await expect(page.getByRole('button', { name: /^Back to the Shanghai/ })).toBeVisible();
  const before = await frame(page);
  await button.click();
  const message = page.getByRole('status').filter({ hasText: 'Link copied' });
  await expect(message).toContainText(
    'It opens Orgscope on the Shanghai Provident Fund Management Center, not team.json',
  );
  await expect(message).toContainText('your file stays on this device');
  expect(await frame(page)).toEqual(before);
  await page.getByRole('button', { name: 'Dismiss link message' }).click();
  await expect(message).toHaveCount(0);
});
