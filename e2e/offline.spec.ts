import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Response } from '@playwright/test';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';

import {
  CENTER,
  chart,
  expect,
  expectNoViolations,
  node,
  openChart,
  panel,
  test,
} from './fixtures.ts';

// The only spec that lets the app's service worker run (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });
// One worker for the file: the update test serves a changed build, which must not reach the others.
test.describe.configure({ mode: 'serial' });

/** The build the preview server serves (the webServer builds it before the tests). */
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const SW_FILE = join(DIST, 'sw.js');

const fileInput = (page: Page) => page.getByLabel('Open organisation file');
const toast = (page: Page) => page.locator('.toast');

/** Waits until the service worker is active (its cache filled) and controls the page. */
async function serviceWorkerControls(page: Page) {
  // The predicate must be synchronous: a promise it returned would count as true at once.
  await page.waitForFunction(
    () => navigator.serviceWorker.controller?.state === 'activated',
    undefined,
    {
      timeout: 20_000,
    },
  );
}

/** The page's theme-color and the header's background, both as computed colours. */
function themeColorAndHeader(page: Page) {
  return page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.color = document
      .querySelector('meta[name="theme-color"]')!
      .getAttribute('content')!;
    document.body.append(probe);
    const themeColor = getComputedStyle(probe).color;
    probe.remove();
    const header = getComputedStyle(document.querySelector('header')!).backgroundColor;
    return { themeColor, header };
  });
}

/** Every file of the build, as the paths the worker's cache names them by. */
function builtFiles(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The paths of everything in the page's Cache Storage. */
async function cachedPaths(page: Page): Promise<string[]> {
  const urls = await page.evaluate(async () => {
    const all: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) all.push(request.url);
    }
    return all;
  });
  return urls.map((url) => new URL(url).pathname.slice(1)).sort();
}

/** Records the page's own responses, to prove where they came from. */
function recordResponses(page: Page): Response[] {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (!/^(blob|data):/.test(response.url())) responses.push(response);
  });
  return responses;
}

/** Fails the test if the worker itself fetches anything off the page's origin. */
function watchWorkerRequests(context: BrowserContext, origin: string): string[] {
  const offOrigin: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker() && new URL(request.url()).origin !== origin) {
      offOrigin.push(request.url());
    }
  });
  return offOrigin;
}

test('after one visit the app opens offline: chart, panel, filter and deep links', async ({
  page,
  context,
  baseURL,
}) => {
  const workerOffOrigin = watchWorkerRequests(context, new URL(baseURL!).origin);
  await openChart(page);
  await serviceWorkerControls(page);
  // The worker keeps every file the build ships except itself and its runtime (which the browser
  // keeps with the registration).
  const expected = builtFiles().filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f));
  expect(expected).toContain('index.html');
  expect(expected).toContain('organization.schema.json');
  expect(expected.some((f) => /^assets\/DutiesPanel-.+\.js$/.test(f))).toBe(true);
  expect(expected.some((f) => /^assets\/shanghai-.+\.json$/.test(f))).toBe(true);
  expect(await cachedPaths(page)).toEqual(expected);

  // The first visit's page itself comes under the worker.
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await serviceWorkerControls(page);

  await context.setOffline(true);
  const responses = recordResponses(page);
  const offline = await page.reload();
  expect(offline?.fromServiceWorker()).toBe(true);
  await expect(page.locator('.org-chart[data-placed]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CENTER);
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(14);

  // The panel and the filter summary are lazy chunks: they too come from the worker's cache.
  await node(page, 'Loan Management Office').click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Loan Management Office');
  await expect(
    panel(page)
      .getByRole('list', { name: 'Duties of Loan Management Office' })
      .locator(':scope > li'),
  ).toHaveCount(11);
  await page.getByRole('searchbox', { name: 'Filter duties' }).fill('audit');
  await expect(page.getByRole('region', { name: 'Filter results' }).getByRole('status')).toHaveText(
    /^\d+ offices? · \d+ dut(y|ies) match$/,
  );
  await expect(
    node(page, 'Discipline Inspection and Audit Office').getByText(/\d+ match/),
  ).toBeVisible();

  // Any address in the app opens offline: the worker answers navigations with the app's page.
  await page.goto('/?office=discipline-inspection-and-audit-office&q=risk');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
    'Discipline Inspection and Audit Office',
  );
  await expect(page.getByRole('searchbox', { name: 'Filter duties' })).toHaveValue('risk');
  // …but a file of the app opened in a tab (the schema the docs link to) is that file. In a tab
  // of its own: for a JSON document Chromium asks for /favicon.ico, which bypasses the worker and
  // fails offline, an error of the browser's own that the page's checks would count.
  const tab = await context.newPage();
  const tabErrors: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error') tabErrors.push(`${m.location().url}: ${m.text()}`);
  });
  const schema = await tab.goto('/organization.schema.json');
  expect(schema?.fromServiceWorker()).toBe(true);
  expect(schema?.headers()['content-type']).toMatch(/^application\/(schema\+)?json/);
  expect(((await schema?.json()) as { $schema?: string }).$schema).toMatch(/json-schema\.org/);
  await tab.close();
  expect(tabErrors.filter((e) => !e.startsWith(new URL('/favicon.ico', page.url()).href))).toEqual(
    [],
  );

  const own = responses.map((r) => ({ url: r.url(), fromWorker: r.fromServiceWorker() }));
  expect(own.length).toBeGreaterThan(5);
  expect(own.filter((r) => !r.fromWorker)).toEqual([]);
  expect(own.some((r) => /\/assets\/DutiesPanel-.+\.js$/.test(r.url))).toBe(true);
  expect(workerOffOrigin).toEqual([]);
});

test('an organisation opened from a file is still there after an offline reload, and exports', async ({
  page,
  context,
}) => {
  await openChart(page);
  await serviceWorkerControls(page);
  const council = {
    name: 'Example Borough Council',
    root: {
      name: 'Example Borough Council',
      children: [
        { id: 'roads', name: 'Roads Department', duties: ['Repair roads and pavements.'] },
        { id: 'parks', name: 'Parks Office', duties: ['Plant trees.', 'Audit playgrounds.'] },
      ],
    },
  };
  await fileInput(page).setInputFiles({
    name: 'council.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(council)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Borough Council');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Borough Council');
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(3);
  await node(page, 'Parks Office').click();
  await expect(panel(page).getByText('Audit playgrounds.')).toBeVisible();
  // The exports are lazy chunks as well: a picture of the chart downloads offline.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('menu', { name: 'Export' })
    .getByRole('menuitem', { name: 'PNG image' })
    .click();
  expect((await downloading).suggestedFilename()).toMatch(/\.png$/);

  // Going back to the built-in organisation fetches its data file: from the cache, offline.
  await page.getByRole('button', { name: `Back to the ${CENTER}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CENTER);
  await expect(chart(page).locator('.react-flow__node')).toHaveCount(14);
});

test('the web app manifest is linked and served, with PNG icons of the sizes it names', async ({
  page,
}) => {
  await openChart(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href!, page.url());
  const response = await page.request.get(manifestUrl.href);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Orgscope',
    short_name: 'Orgscope',
    display: 'standalone',
    theme_color: '#ffffff',
    background_color: '#f3f5f7',
  });
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(new URL('/', page.url()).href);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(new URL('/', page.url()).href);

  const icons = [
    ...manifest.icons,
    {
      src: (await page.locator('link[rel="apple-touch-icon"]').getAttribute('href'))!,
      sizes: '180x180',
      type: 'image/png',
      purpose: 'apple',
    },
  ];
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
    '180x180 apple',
  ]);
  for (const icon of icons) {
    const image = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(image.ok(), icon.src).toBe(true);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = PNG.sync.read(await image.body());
    expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
  }

  // Chromium's own verdict: the manifest parses without a complaint…
  const cdp = await page.context().newCDPSession(page);
  const parsed = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
  expect(parsed.url).toBe(manifestUrl.href);
  expect(parsed.errors).toEqual([]);
});

test('Chromium offers to install the app', async ({ baseURL }) => {
  // …and the app is installable. Test contexts are incognito, where Chromium installs nothing,
  // so this asks a browser with a profile on disk.
  const profile = mkdtempSync(join(tmpdir(), 'orgscope-install-'));
  const found = findChromium();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: found?.own ? undefined : found?.path,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openChart(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a new version waits for the user: "A new version is ready", Reload', async ({
  page,
  context,
}) => {
  // Four accessibility checks and two installs of the worker.
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChart(page);
  await serviceWorkerControls(page);
  // A mark that lives as long as this document: gone only if the page reloads.
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  const sameDocument = () => page.evaluate(() => '__sameDocument' in window);

  const original = readFileSync(SW_FILE, 'utf8');
  try {
    // Proof below that the reload came from the new version taking over, not from a timer.
    await page.evaluate(() =>
      navigator.serviceWorker.addEventListener('controllerchange', () =>
        sessionStorage.setItem('e2e:controller-changed', 'yes'),
      ),
    );
    // A new build is deployed: the worker's script changed. The app's hourly check (or the
    // browser's own, on a visit) finds it; the test asks at once.
    writeFileSync(SW_FILE, `${original}\n// A new version, deployed ${new Date().toISOString()}\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration!.update();
    });

    await expect(toast(page).getByRole('status')).toHaveText('A new version is ready.');
    const reload = toast(page).getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible();
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting?.state;
      }),
    ).toBe('installed');
    // It waits: no reload by itself, the old version still in charge.
    await page.waitForTimeout(1500);
    expect(await sameDocument()).toBe(true);
    await expectNoViolations(page, 'update prompt');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The browser's bar follows the theme: it continues the header.
    await expect
      .poll(() => themeColorAndHeader(page))
      .toEqual({
        themeColor: 'rgb(26, 33, 43)',
        header: 'rgb(26, 33, 43)',
      });
    await expectNoViolations(page, 'update prompt, dark');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(reload).toBeInViewport();
    await expectNoViolations(page, 'update prompt, phone, dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // The theme's colours follow the system setting a moment later than the attribute.
    await expect
      .poll(() => themeColorAndHeader(page))
      .toEqual({
        themeColor: 'rgb(255, 255, 255)',
        header: 'rgb(255, 255, 255)',
      });
    await expectNoViolations(page, 'update prompt, phone');
    await page.setViewportSize({ width: 1440, height: 900 });

    // Another message takes the toast's place for a moment; the prompt comes back after it.
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(toast(page).getByRole('status')).toHaveText(/^Link copied/);
    await expect(reload).toBeHidden();
    await page.getByRole('button', { name: 'Dismiss link message' }).click();
    await expect(toast(page).getByRole('status')).toHaveText('A new version is ready.');
    await expect(reload).toBeVisible();
    expect(await sameDocument()).toBe(true);

    await reload.click();
    await page.waitForFunction(() => !('__sameDocument' in window), undefined, {
      timeout: 15_000,
    });
    await expect(page.locator('.org-chart[data-placed]')).toBeVisible();
    await serviceWorkerControls(page);
    expect(await page.evaluate(() => sessionStorage.getItem('e2e:controller-changed'))).toBe('yes');
    // The version that waited is the one in charge now, and nothing else waits.
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, active: registration?.active?.state };
      }),
    ).toEqual({ waiting: null, active: 'activated' });
    await expect(toast(page).getByRole('button', { name: 'Reload' })).toHaveCount(0);
  } finally {
    writeFileSync(SW_FILE, original);
  }
});

test('a version found on a visit is offered at once; dismissed, it is in use on the next visit', async ({
  page,
  context,
}) => {
  test.slow();
  await openChart(page);
  await serviceWorkerControls(page);
  const original = readFileSync(SW_FILE, 'utf8');
  try {
    writeFileSync(
      SW_FILE,
      `${original}\n// Another version, deployed ${new Date().toISOString()}\n`,
    );
    // The browser checks for a new worker on every visit: the one it finds waits, and says so.
    await page.reload();
    await expect(page.locator('.org-chart[data-placed]')).toBeVisible();
    const reload = toast(page).getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible({ timeout: 15_000 });

    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.keyboard.press('Escape');
    await expect(reload).toHaveCount(0);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => '__sameDocument' in window)).toBe(true);

    // Once no tab of the app is open, the waiting version takes over by itself.
    await page.close();
    await expect
      .poll(
        async () => {
          // The newest worker; one that is being replaced while asked restarts, so ask again.
          const worker = context.serviceWorkers().at(-1);
          return worker
            ?.evaluate(() => {
              const registration = (self as unknown as { registration: ServiceWorkerRegistration })
                .registration;
              return registration.waiting === null && registration.active?.state === 'activated';
            })
            .catch((error: unknown) => {
              if (String(error).includes('Service worker restarted')) return false;
              throw error;
            });
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    const next = await context.newPage();
    await openChart(next);
    await serviceWorkerControls(next);
    await next.waitForTimeout(1500);
    await expect(toast(next).getByRole('button', { name: 'Reload' })).toHaveCount(0);
  } finally {
    writeFileSync(SW_FILE, original);
  }
});
