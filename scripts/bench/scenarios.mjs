// What `npm run bench` does in the browser: each scenario opens the built app on a fresh page and
// times one interaction from the performance entries the app sets (see src/performance-marks.mjs)
// or from the page's own clock. A run that fails is recorded as failed, never fatal.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHART_READY_MARK,
  FILE_CHOSEN_MARK,
  FILTER_COMMIT_MEASURE,
  FILTER_MEASURE,
  LAYOUT_MEASURE,
  ORG_READ_MARK,
} from '../../src/performance-marks.mjs';
import { generateOrganization } from '../generate-organization.mjs';
import { BASE_URL } from './server.mjs';
import { message, summarize } from './stats.mjs';

/**
 * @typedef {import('@playwright/test').Browser} Browser
 * @typedef {import('@playwright/test').BrowserContext} BrowserContext
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {import('./tables.mjs').Timings} Timings
 * @typedef {import('./tables.mjs').ScaleRow} ScaleRow
 */

/** Runs per timing, each on a fresh page. */
export const RUNS = 5;
/** Runs per generated organisation (they take longer). */
export const SCALE_RUNS = 3;
const SCALE_UNITS = [100, 1_000, 10_000, 100_000];
/** The office the selection scenario clicks. */
export const OFFICE = 'Loan Management Office';
/** What the filter scenarios type, one key at a time. */
export const FILTER_TEXT = 'risk';
/** Typed one key at a time on each generated organisation: the first key matches most units. */
const SCALE_FILTER_TEXT = 'risk';
const FILE_INPUT_LABEL = 'Open organisation file';
/** The bench's viewport, a laptop's. */
export const VIEWPORT = { width: 1440, height: 900 };

/** Uncaught errors seen in any page during the runs. */
export const pageErrors = new Set();

/**
 * A fresh context (no cache, no storage) and page at the bench's viewport, with the app opened
 * and its chart placed.
 * @param {Browser} browser
 * @returns {Promise<{ context: BrowserContext, page: Page }>}
 */
async function openApp(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.add(message(error)));
  await page.goto(BASE_URL);
  await waitForMarks(page, CHART_READY_MARK, 0, 30_000);
  return { context, page };
}

/**
 * Waits until the page has more than `count` marks named `name`.
 * @param {Page} page
 * @param {string} name
 * @param {number} count
 * @param {number} timeout
 */
async function waitForMarks(page, name, count, timeout) {
  await page.waitForFunction(
    ([n, c]) => performance.getEntriesByName(String(n), 'mark').length > Number(c),
    [name, count],
    { timeout },
  );
}

/**
 * Runs `measure` on a fresh page `runs` times; a run that throws counts as failed, not fatal.
 * @param {Browser} browser
 * @param {number} runs
 * @param {(page: Page) => Promise<number | (number | null)[] | null>} measure
 * @returns {Promise<{ samples: (number | null)[][], errors: string[] }>}
 */
async function repeat(browser, runs, measure) {
  /** @type {(number | null)[][]} */
  const samples = [];
  /** @type {string[]} */
  const errors = [];
  for (let run = 0; run < runs; run++) {
    /** @type {BrowserContext | undefined} */
    let context;
    try {
      const opened = await openApp(browser);
      context = opened.context;
      const value = await measure(opened.page);
      samples.push(Array.isArray(value) ? value : [value]);
    } catch (error) {
      errors.push(message(error));
      samples.push([null]);
    } finally {
      await context?.close().catch(() => {});
    }
  }
  return { samples, errors };
}

/** (a) Navigation start → the chart's first view (the mark's time is from navigation start). */
async function chartReady(/** @type {Page} */ page) {
  return page.evaluate(
    (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null,
    CHART_READY_MARK,
  );
}

/** (b) Click on a node → the first frame whose side panel is headed by that office's name. */
async function selection(/** @type {Page} */ page) {
  // Let the initial load finish, as a user would before clicking.
  await page.waitForLoadState('networkidle');
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        // The card's accessible name starts with its unit's name and goes on with its counts.
        const node = [...document.querySelectorAll('.react-flow__node')].find(
          (el) => el.querySelector('.office-card__name')?.textContent === name,
        );
        if (!node) {
          reject(new Error(`no chart node labelled "${name}"`));
          return;
        }
        const shown = () =>
          [...document.querySelectorAll('aside, [role="complementary"]')].some(
            (panel) => panel.querySelector('h2')?.textContent?.trim() === name,
          );
        let done = false;
        const check = () => {
          if (done || !shown()) return;
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          // The frame that will paint the panel.
          requestAnimationFrame(() => resolve(performance.now() - start));
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the panel did not show "${name}" within 10 s`));
        }, 10_000);
        const start = performance.now();
        node.dispatchEvent(
          new MouseEvent('click', { bubbles: true, cancelable: true, view: window }),
        );
        // React may have rendered synchronously inside the click.
        check();
      }),
    OFFICE,
  );
}

/**
 * Types `text` into the filter box one key at a time; for each key, the time from the keystroke
 * to the frame showing the filtered chart (the app's last filter measure).
 * @param {Page} page
 * @param {string} text
 * @param {number} timeout per key
 * @param {string} [measure] which measure to read for each key (the painted frame by default)
 * @returns {Promise<(number | null)[]>}
 */
async function filterKeystrokes(page, text, timeout, measure = FILTER_MEASURE) {
  const box = page.getByRole('searchbox', { name: 'Filter duties' });
  await box.click();
  /** @type {(number | null)[]} */
  const durations = [];
  for (const key of text) {
    await page.evaluate(
      (names) => names.forEach((name) => performance.clearMeasures(name)),
      [FILTER_MEASURE, measure],
    );
    await page.keyboard.type(key);
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name, 'measure').length > 0,
      FILTER_MEASURE,
      { timeout },
    );
    // The painted-frame measure comes last, so once it exists every measure of this key does.
    durations.push(
      await page.evaluate(
        (name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? null,
        measure,
      ),
    );
  }
  return durations;
}

/** (d) Click on "PNG image" (2×, the default) → Playwright's download event. */
async function pngExport(/** @type {Page} */ page) {
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const item = page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', {
    name: 'PNG image',
  });
  await item.waitFor({ state: 'visible' });
  // Timestamp the click in the page, so Playwright's own click overhead is not counted.
  await page.evaluate(() => {
    window.addEventListener(
      'click',
      () => {
        /** @type {any} */ (window).__benchClickAt = Date.now();
      },
      { capture: true, once: true },
    );
  });
  const downloaded = page
    .waitForEvent('download', { timeout: 60_000 })
    .then((download) => ({ download, at: Date.now() }));
  const before = Date.now();
  await item.click();
  const { at } = await downloaded;
  const clickAt = await page.evaluate(() => /** @type {any} */ (window).__benchClickAt);
  return at - (typeof clickAt === 'number' ? clickAt : before);
}

/**
 * The main interactions on the default organisation, RUNS times each.
 * @param {Browser} browser
 * @returns {Promise<Timings>}
 */
export async function measureTimings(browser) {
  const ready = await repeat(browser, RUNS, chartReady);
  const select = await repeat(browser, RUNS, selection);
  const filter = await repeat(browser, RUNS, (page) => filterKeystrokes(page, FILTER_TEXT, 10_000));
  const commits = await repeat(browser, RUNS, (page) =>
    filterKeystrokes(page, FILTER_TEXT, 10_000, FILTER_COMMIT_MEASURE),
  );
  const png = await repeat(browser, RUNS, pngExport);
  const perKey = Object.fromEntries(
    [...FILTER_TEXT].map((key, i) => [
      FILTER_TEXT.slice(0, i + 1),
      summarize(filter.samples.map((run) => run[i] ?? null)),
    ]),
  );
  return {
    chartReady: summarize(ready.samples.flat(), ready.errors),
    selectionToPanel: summarize(select.samples.flat(), select.errors),
    keystrokeToFiltered: { ...summarize(filter.samples.flat(), filter.errors), perKey },
    keystrokeToDomUpdated: summarize(commits.samples.flat(), commits.errors),
    pngExport2x: summarize(png.samples.flat(), png.errors),
  };
}

/**
 * Watches the page's long tasks (over 50 ms) from now on, for the longest while a file opens.
 * @param {Page} page
 */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__benchLongTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/**
 * Drags the chart for about a second and a half, then zooms with the wheel; the 95th percentile
 * of the frame intervals meanwhile.
 * @param {Page} page
 */
async function panFrames(page) {
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (!box) return null;
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__benchFrames = [];
    w.__benchFramesOn = true;
    let last = performance.now();
    const tick = (/** @type {number} */ now) => {
      w.__benchFrames.push(now - last);
      last = now;
      if (w.__benchFramesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; i < 45; i++) {
    await page.mouse.move(x + Math.sin(i / 7) * 300, y + Math.cos(i / 7) * 150);
  }
  await page.mouse.up();
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -120 : 120);
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__benchFramesOn = false;
    const frames = /** @type {number[]} */ (w.__benchFrames).slice(1).sort((a, b) => a - b);
    return frames.length > 0 ? (frames[Math.floor(frames.length * 0.95)] ?? null) : null;
  });
}

/**
 * Opens generated organisations of growing size through the app's file input, when it has one:
 * choosing the file → chart, the longest main-thread task meanwhile, keystrokes, pan frames, the
 * JS heap, and a reload from this browser's storage → chart.
 * @param {Browser} browser
 * @returns {Promise<{ skipped: string } | { runs: number, filterKey: string, sizes: ScaleRow[] }>}
 */
export async function measureScale(browser) {
  const first = await openApp(browser);
  const hasInput = (await first.page.getByLabel(FILE_INPUT_LABEL).count()) > 0;
  await first.context.close();
  if (!hasInput) return { skipped: `no '${FILE_INPUT_LABEL}' input yet` };

  const dir = mkdtempSync(join(tmpdir(), 'orgscope-bench-'));
  /** @type {ScaleRow[]} */
  const sizes = [];
  try {
    for (const units of SCALE_UNITS) {
      const file = join(dir, `organisation-${units}.json`);
      const json = JSON.stringify(generateOrganization({ units, seed: 1 }));
      writeFileSync(file, json);
      // Bigger organisations get more time before a run counts as failed.
      const timeout = 30_000 + units * 0.5;
      /** @type {Record<string, number | null>[]} */
      const runs = [];
      /** @type {number[]} */
      const domNodes = [];
      // Each run records several figures, so it keeps them in `runs` rather than returning one.
      const { errors } = await repeat(browser, SCALE_RUNS, async (page) => {
        const before = await page.evaluate(
          ([ready, layout, filter]) => {
            performance.clearMeasures(layout);
            performance.clearMeasures(filter);
            return performance.getEntriesByName(ready, 'mark').length;
          },
          [CHART_READY_MARK, LAYOUT_MEASURE, FILTER_MEASURE],
        );
        await watchLongTasks(page);
        await page.getByLabel(FILE_INPUT_LABEL).setInputFiles(file);
        await waitForMarks(page, CHART_READY_MARK, before, timeout);
        const measured = await page.evaluate(
          ([ready, chosen, read, layout]) =>
            new Promise((resolve) =>
              // Two frames, so React Flow has drawn what it is going to draw.
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  const w = /** @type {any} */ (window);
                  const at = (/** @type {string} */ name) =>
                    performance.getEntriesByName(name, 'mark').at(-1)?.startTime;
                  const readyAt = at(ready);
                  const chosenAt = at(chosen);
                  const readAt = at(read);
                  const memory = /** @type {any} */ (performance).memory;
                  resolve({
                    open: readyAt && chosenAt ? readyAt - chosenAt : null,
                    read: readyAt && readAt ? readyAt - readAt : null,
                    longestTask: Math.max(0, ...w.__benchLongTasks),
                    layout:
                      performance.getEntriesByName(layout, 'measure').at(-1)?.duration ?? null,
                    heap: memory ? memory.usedJSHeapSize / (1024 * 1024) : null,
                    domNodes: document.querySelectorAll('.react-flow__node').length,
                  });
                }),
              ),
            ),
          [CHART_READY_MARK, FILE_CHOSEN_MARK, ORG_READ_MARK, LAYOUT_MEASURE],
        );
        const { domNodes: nodes, ...figures } = /** @type {any} */ (measured);
        domNodes.push(nodes);
        const pan = await panFrames(page);
        const keys = await filterKeystrokes(page, SCALE_FILTER_TEXT, timeout);
        // Reopened from this browser's storage once it is kept there (the tab then names it).
        await page.waitForFunction(
          () => !['default', null].includes(sessionStorage.getItem('orgscope:shown')),
          null,
          { timeout },
        );
        await page.reload();
        await waitForMarks(page, CHART_READY_MARK, 0, timeout);
        const reload = await page.evaluate(
          (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null,
          CHART_READY_MARK,
        );
        const later = keys.slice(1).filter((k) => k !== null);
        runs.push({
          ...figures,
          pan,
          firstKey: keys[0] ?? null,
          laterKeys: later.length > 0 ? later.reduce((a, b) => a + b, 0) / later.length : null,
          reload,
        });
        return null;
      });
      /** @param {string} key */
      const column = (key) => summarize(runs.map((r) => r[key] ?? null));
      sizes.push({
        units,
        fileBytes: Buffer.byteLength(json),
        openToChart: column('open'),
        readToChartReady: column('read'),
        longestTask: column('longestTask'),
        layout: column('layout'),
        firstKey: column('firstKey'),
        laterKeys: column('laterKeys'),
        panFrameP95: column('pan'),
        heapMB: column('heap'),
        reloadToChart: column('reload'),
        // The poster print's page count (1,000 units, expanded) is measured on the print branch.
        posterPages: null,
        domNodes,
        errors,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { runs: SCALE_RUNS, filterKey: SCALE_FILTER_TEXT, sizes };
}
