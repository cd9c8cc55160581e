import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { generateOrganization } from '../scripts/generate-organization.mjs';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test fails on a console error, an uncaught exception, a Content Security Policy violation
 * or a request that leaves the page's own origin (blob: and data: URLs stay in the page).
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('blob:') || url.startsWith('data:')) return;
        if (new URL(url).origin !== origin) problems.push(`request leaves the origin: ${url}`);
      });
      await page.exposeFunction('__reportCspViolation', (text: string) =>
        problems.push(`CSP violation: ${text}`),
      );
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (t: string) => void })
            .__reportCspViolation;
          report(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
        });
      });
      await use(problems);
      expect(problems, 'problems in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** poppler-utils reads the PDF back; without it the PDF cannot be checked here. */
export function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const CENTER = 'Shanghai Provident Fund Management Center';

/** The chart's nodes: each a button named after its unit. */
export const chart = (page: Page) => page.getByRole('region', { name: 'Organisation chart' });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The chart card of the unit with this name. A card's accessible name is its visible text, the
 * unit's name followed by its counts and badges ("Loan Management Office, 11 duties, 3 match").
 */
export const node = (page: Page, name: string) =>
  chart(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}(?:, .+)?$`) });

export const panel = (page: Page) => page.getByRole('complementary');

/**
 * Opens an organisation generated for the test (`npm run gen` makes the same files) through the
 * file picker, as a user would, and waits until its name heads the page.
 */
export async function openGenerated(
  page: Page,
  options: { units: number; seed: number },
  fileName: string,
  timeout?: number,
) {
  const org = generateOrganization(options);
  await page.getByLabel('Open organisation file').setInputFiles({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(org)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(org.name, { timeout });
  return org;
}

/** Opens the app and waits for the chart to be drawn. */
export async function openChart(page: Page, search = '') {
  await page.goto(`/${search}`);
  // The page is prerendered: wait until the app has taken it over and the chart is interactive
  // (a deep link may centre on an office far from the Center, which React Flow then does not
  // render).
  await expect(page.locator('html[data-chart-live]')).toBeAttached();
  await expect(page.locator('.org-chart[data-placed]')).toBeVisible();
  await expect(chart(page).getByRole('button').first()).toBeVisible();
}

/** Waits until the chart has stopped moving (opening the panel re-fits it). */
export async function chartSettled(page: Page) {
  const box = () =>
    page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  let previous = await box();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(100);
    const current = await box();
    if (current === previous) return;
    previous = current;
  }
}

/** WCAG 2.2 A and AA, the standard we promise. */
export async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    // Label in Name (2.5.3) is an A criterion, but axe files its check as experimental and skips
    // it unless asked; asked for here, since chart cards are named from their visible text.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
  expect(summary, `accessibility violations: ${state}`).toEqual([]);
}
