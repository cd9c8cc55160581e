// The first view as a user gets it (issue 12): how much the page shifts while it loads, and how
// soon a card clicked the moment it is painted opens its panel. Fresh pages, as a first visit.
import { throttleCpu } from './anchors.mjs';
import { BASE_URL } from './server.mjs';
import { message, summarize } from './stats.mjs';

/** The card clicked as soon as it is painted. */
const OFFICE = 'Loan Management Office';

/**
 * Runs in the page before its scripts: sums layout shifts (as CLS does, for a short page life)
 * and notes when a card is first painted, when it is clicked and when its panel is shown.
 * @param {{ office: string }} options
 */
function probe({ office }) {
  const w = /** @type {any} */ (window);
  w.__firstView = { cls: 0, painted: null, clicked: null, shown: null };
  const state = w.__firstView;
  new PerformanceObserver((list) => {
    for (const entry of /** @type {any[]} */ (list.getEntries())) {
      if (!entry.hadRecentInput) state.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('click', () => (state.clicked ??= performance.now()), true);
  const tick = () => {
    const card = [...document.querySelectorAll('.react-flow__node')].find(
      (el) => el.querySelector('.office-card__name')?.textContent === office,
    );
    if (card && state.painted === null && card.getBoundingClientRect().width > 0) {
      state.painted = performance.now();
    }
    const heading = [...document.querySelectorAll('aside h2, [role="complementary"] h2')].some(
      (h) => h.textContent?.trim() === office,
    );
    if (heading && state.shown === null) state.shown = performance.now();
    if (state.shown === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ viewport: { width: number, height: number }, cpu: number }} options
 */
async function once(browser, { viewport, cpu }) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await throttleCpu(page, cpu);
    await page.addInitScript(probe, { office: OFFICE });
    await page.goto(BASE_URL, { waitUntil: 'commit' });
    const card = page.locator('.react-flow__node', { hasText: OFFICE }).first();
    await card.click({ timeout: 30_000 });
    await page.waitForFunction(() => /** @type {any} */ (window).__firstView.shown !== null, null, {
      timeout: 30_000,
    });
    // Give late shifts (fonts, lazy parts, the minimap) time to happen.
    await page.waitForTimeout(1_000);
    return await page.evaluate(() => /** @type {any} */ (window).__firstView);
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Layout shift and first-click timings at each viewport and CPU rate.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ runs: number, cases: { viewport: { width: number, height: number }, cpu: number }[] }} options
 */
export async function measureFirstView(browser, { runs, cases }) {
  const rows = [];
  for (const { viewport, cpu } of cases) {
    const samples = { cls: [], painted: [], clickToPanel: [], shown: [] };
    /** @type {string[]} */
    const errors = [];
    for (let run = 0; run < runs; run++) {
      try {
        const s = await once(browser, { viewport, cpu });
        samples.cls.push(s.cls);
        samples.painted.push(s.painted);
        samples.clickToPanel.push(s.clicked === null ? null : s.shown - s.clicked);
        samples.shown.push(s.shown);
      } catch (error) {
        errors.push(message(error));
        for (const list of Object.values(samples)) list.push(null);
      }
    }
    rows.push({
      viewport,
      cpu,
      cls: summarize(samples.cls, errors),
      cardPainted: summarize(samples.painted),
      clickToPanel: summarize(samples.clickToPanel),
      panelShown: summarize(samples.shown),
    });
  }
  return { runs, rows };
}
