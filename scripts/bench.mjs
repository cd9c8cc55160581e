// `npm run bench`: builds the app, prints its asset sizes against the initial-load budget, times the
// main interactions in headless Chromium against `vite preview`, tries large generated
// organisations, summarises `npm audit`, and writes it all to bench/results.json.
// It prints figures; it never fails on one. It exits non-zero only when the build, the preview
// server or the browser cannot start.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { cpus, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { kb, measureAssets } from './asset-sizes.mjs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { generateOrganization } from './generate-organization.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const PORT = 4190;
const BASE_URL = `http://127.0.0.1:${PORT}/`;
const RESULTS = join(REPO, 'bench', 'results.json');
const RUNS = 5;
const SCALE_RUNS = 3;
const SCALE_UNITS = [100, 1_000, 10_000];
const OFFICE = 'Loan Management Office';
const FILTER_TEXT = 'risk';
const SCALE_FILTER_KEY = 'p';
const FILE_INPUT_LABEL = 'Open organisation file';
/** @type {readonly ('initial' | 'lazy' | 'data')[]} */
const CLASS_ORDER = ['initial', 'lazy', 'data'];

// The app's performance entry names. They mirror src/components/OrgChart.tsx and
// src/app/filter-context.ts (this script runs on plain Node and cannot import TypeScript).
const CHART_READY_MARK = 'orgscope:chart-ready';
const LAYOUT_MEASURE = 'orgscope:layout';
const FILTER_MEASURE = 'orgscope:filter';
const FILTER_COMMIT_MEASURE = 'orgscope:filter-commit';
const ORG_READ_MARK = 'orgscope:org-read';

/**
 * @typedef {import('@playwright/test').Browser} Browser
 * @typedef {import('@playwright/test').BrowserContext} BrowserContext
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {{ runs: number, median: number | null, min: number | null, max: number | null,
 *   samples: number[], errors: string[] }} Summary
 */

// ---------------------------------------------------------------------------------------------
// Small helpers

/**
 * Median, min and max of the samples that succeeded; failed runs are kept as error messages.
 * @param {(number | null)[]} samples
 * @param {string[]} [errors]
 * @returns {Summary}
 */
function summarize(samples, errors = []) {
  /** @type {number[]} */
  const ok = samples.filter((n) => typeof n === 'number');
  const sorted = [...ok].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  /** @type {number | null} */
  let median = null;
  if (sorted.length > 0) {
    median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
  return {
    runs: samples.length,
    median: round(median),
    min: round(sorted[0] ?? null),
    max: round(sorted.at(-1) ?? null),
    samples: ok.map((n) => /** @type {number} */ (round(n))),
    errors,
  };
}

/** @param {number | null} n */
function round(n) {
  return n === null ? null : Math.round(n * 10) / 10;
}

/** @param {number | null | undefined} ms */
function ms(ms) {
  return ms === null || ms === undefined ? '–' : ms.toFixed(1);
}

/** @param {unknown} error */
function message(error) {
  const text = error instanceof Error ? error.message : String(error);
  // Playwright's messages carry a call log; its first line says what went wrong.
  return text.split('\n')[0] ?? text;
}

/**
 * Prints a table with aligned columns; columns listed in `right` are right-aligned (numbers).
 * @param {string} title
 * @param {string[]} headers
 * @param {string[][]} rows
 * @param {number[]} [right]
 */
function printTable(title, headers, rows, right = []) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  /** @param {string[]} cells */
  const line = (cells) =>
    cells
      .map((cell, i) =>
        right.includes(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/**
 * @param {string} label
 * @param {Summary} s
 */
function timingRow(label, s) {
  const note = s.errors.length > 0 ? `${s.errors.length} failed: ${s.errors[0]}` : '';
  return [label, `${s.samples.length}/${s.runs}`, ms(s.median), ms(s.min), ms(s.max), note];
}

// ---------------------------------------------------------------------------------------------
// Build and preview server

function buildApp() {
  console.log('$ npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      `\nbench: the build failed (${result.error?.message ?? `exit ${result.status}`})`,
    );
    process.exit(result.status || 1);
  }
}

/**
 * Whether something answers HTTP at `url` (any status); the reason when nothing does.
 * node:http rather than fetch: fetch refuses port 4190 (a "bad port" in the Fetch standard).
 * @param {string} url
 * @returns {Promise<{ ok: boolean, reason?: string }>}
 */
function probe(url) {
  return new Promise((resolve) => {
    const request = get(url, { timeout: 2_000 }, (response) => {
      response.resume();
      resolve({ ok: true });
    });
    request.on('timeout', () => request.destroy(new Error('no answer within 2 s')));
    request.on('error', (error) =>
      resolve({
        ok: false,
        reason: /** @type {NodeJS.ErrnoException} */ (error).code ?? error.message,
      }),
    );
  });
}

/**
 * Starts `vite preview` in its own process group (npx starts node, which starts vite), so that
 * stopping it ends the whole group and never leaves a server holding the port.
 * @returns {Promise<{ stop: () => Promise<void> }>}
 */
async function startPreview() {
  if ((await probe(BASE_URL)).ok) {
    throw new Error(`port ${PORT} is already in use; stop whatever serves ${BASE_URL}`);
  }
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { cwd: REPO, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  /** @type {number | null} */
  let exitCode = null;
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? 128 : 1);
      resolve(undefined);
    }),
  );

  const killGroup = (/** @type {NodeJS.Signals} */ signal) => {
    try {
      if (child.pid !== undefined && exitCode === null) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  // Also on a crash or Ctrl-C, so no server outlives the benchmark.
  const onExit = () => killGroup('SIGKILL');
  const onSignal = () => {
    killGroup('SIGTERM');
    process.exit(130);
  };
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const stop = async () => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (exitCode !== null) return;
    killGroup('SIGTERM');
    const timeout = new Promise((resolve) => setTimeout(resolve, 5_000, 'timeout'));
    if ((await Promise.race([exited, timeout])) === 'timeout') killGroup('SIGKILL');
  };

  const deadline = Date.now() + 30_000;
  /** @type {{ ok: boolean, reason?: string }} */
  let last = { ok: false, reason: 'not tried' };
  while (Date.now() < deadline) {
    if (exitCode !== null) {
      throw new Error(`vite preview exited (${exitCode}) before answering:\n${output.trim()}`);
    }
    last = await probe(BASE_URL);
    if (last.ok) return { stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(
    `vite preview did not answer on ${BASE_URL} within 30 s (${last.reason}):\n${output.trim()}`,
  );
}

// ---------------------------------------------------------------------------------------------
// In the browser

/** @type {Set<string>} */
const pageErrors = new Set();

/**
 * A fresh context (no cache, no storage) and page at the bench's viewport, with the app opened
 * and its chart placed.
 * @param {Browser} browser
 * @returns {Promise<{ context: BrowserContext, page: Page }>}
 */
async function openApp(browser) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
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
        const node = [...document.querySelectorAll('.react-flow__node')].find(
          (el) => el.getAttribute('aria-label') === name,
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
 * Opens generated organisations of growing size through the app's file input, when it has one.
 * @param {Browser} browser
 */
async function scale(browser) {
  const first = await openApp(browser);
  const hasInput = (await first.page.getByLabel(FILE_INPUT_LABEL).count()) > 0;
  await first.context.close();
  if (!hasInput) {
    const reason = `no '${FILE_INPUT_LABEL}' input yet`;
    console.log(`\nscale: skipped (${reason})`);
    return { skipped: reason };
  }

  const dir = mkdtempSync(join(tmpdir(), 'orgscope-bench-'));
  /** @type {Record<string, unknown>[]} */
  const rows = [];
  try {
    for (const units of SCALE_UNITS) {
      const file = join(dir, `organisation-${units}.json`);
      const json = JSON.stringify(generateOrganization({ units, seed: 1 }));
      writeFileSync(file, json);
      // Bigger organisations get more time before a run counts as failed.
      const timeout = 30_000 + units * 10;
      /** @type {{ read: number | null, layout: number | null, filter: number | null, domNodes: number }[]} */
      const runs = [];
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
        await page.getByLabel(FILE_INPUT_LABEL).setInputFiles(file);
        await waitForMarks(page, CHART_READY_MARK, before, timeout);
        const measured = await page.evaluate(
          ([ready, read, layout]) =>
            new Promise((resolve) =>
              // Two frames, so React Flow has drawn what it is going to draw.
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  const readMark = performance.getEntriesByName(read, 'mark').at(-1);
                  const readyMark = performance.getEntriesByName(ready, 'mark').at(-1);
                  resolve({
                    read: readMark && readyMark ? readyMark.startTime - readMark.startTime : null,
                    layout:
                      performance.getEntriesByName(layout, 'measure').at(-1)?.duration ?? null,
                    domNodes: document.querySelectorAll('.react-flow__node').length,
                  });
                }),
              ),
            ),
          [CHART_READY_MARK, ORG_READ_MARK, LAYOUT_MEASURE],
        );
        const [filter = null] = await filterKeystrokes(page, SCALE_FILTER_KEY, timeout);
        runs.push({ .../** @type {any} */ (measured), filter });
        return null;
      });
      rows.push({
        units,
        fileBytes: Buffer.byteLength(json),
        readToChartReady: summarize(runs.map((r) => r.read)),
        layout: summarize(runs.map((r) => r.layout)),
        keystrokeToFiltered: summarize(runs.map((r) => r.filter)),
        domNodes: runs.map((r) => r.domNodes),
        errors,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  printTable(
    `Scale: generated organisations opened from a file (median of ${SCALE_RUNS}, ms; '${SCALE_FILTER_KEY}' typed to filter)`,
    [
      'units',
      'file read → chart ready',
      'layout',
      'keystroke → filtered',
      '.react-flow__node',
      'note',
    ],
    rows.map((r) => {
      const read = /** @type {Summary} */ (r.readToChartReady);
      const errors = /** @type {string[]} */ (r.errors);
      const domNodes = /** @type {number[]} */ (r.domNodes);
      return [
        Number(r.units).toLocaleString('en'),
        read.median === null && read.runs > 0 && errors.length === 0
          ? `– (no '${ORG_READ_MARK}' mark)`
          : ms(read.median),
        ms(/** @type {Summary} */ (r.layout).median),
        ms(/** @type {Summary} */ (r.keystrokeToFiltered).median),
        domNodes.length > 0 ? String(Math.max(...domNodes)) : '–',
        errors.length > 0 ? `${errors.length} failed: ${errors[0]}` : '',
      ];
    }),
    [0, 1, 2, 3, 4],
  );
  return { runs: SCALE_RUNS, filterKey: SCALE_FILTER_KEY, sizes: rows };
}

// ---------------------------------------------------------------------------------------------
// npm audit

/**
 * Vulnerability counts for production dependencies, or why there are none (e.g. offline).
 * @returns {{ available: true, counts: Record<string, number>, dependencies: unknown }
 *   | { available: false, reason: string }}
 */
function audit() {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 120_000,
  });
  /** @param {string} reason */
  const unavailable = (reason) => ({ available: /** @type {const} */ (false), reason });
  if (result.error) {
    return unavailable(
      /** @type {NodeJS.ErrnoException} */ (result.error).code === 'ETIMEDOUT'
        ? 'npm audit timed out after 120 s'
        : result.error.message,
    );
  }
  /** @type {any} */
  let json;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    const detail = (result.stderr || result.stdout).trim().split('\n')[0] ?? '';
    return unavailable(`npm audit exited ${result.status} without a report ${detail}`.trim());
  }
  // npm exits non-zero when it finds vulnerabilities, so the exit code alone means nothing.
  if (json.error) {
    // Offline: error.code and error.summary say why; a registry without the audit endpoint
    // leaves them empty and puts the HTTP status in `message`.
    const firstLine = (/** @type {unknown} */ text) =>
      String(text ?? '')
        .split('\n')[0]
        ?.trim();
    const npmError = result.stderr
      .split('\n')
      .find((line) => line.startsWith('npm error'))
      ?.replace(/^npm error\s*/, '');
    const reason =
      [json.error.summary, json.message, json.error.code, npmError].map(firstLine).find(Boolean) ??
      `npm audit exited ${result.status}`;
    return unavailable(reason);
  }
  const counts = json.metadata?.vulnerabilities;
  if (!counts) return unavailable('no vulnerability counts in the npm audit report');
  return { available: true, counts, dependencies: json.metadata?.dependencies ?? null };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  buildApp();
  /** @type {Record<string, unknown>} */
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: null,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? null,
      platform: `${platform()} ${release()}`,
    },
  };

  const assets = measureAssets(join(REPO, 'dist'));
  results.assets = assets;
  printTable(
    'Assets (gzip: level 9)',
    ['file', 'class', 'raw KB', 'gzip KB'],
    [
      ...[...assets.files]
        .sort(
          (a, b) =>
            CLASS_ORDER.indexOf(a.class) - CLASS_ORDER.indexOf(b.class) ||
            b.gzipBytes - a.gzipBytes,
        )
        .map((f) => [f.file, f.class, kb(f.bytes), kb(f.gzipBytes)]),
      ...CLASS_ORDER.map((cls) => [
        `total ${cls} (${assets.totals[cls].files} files)`,
        cls,
        kb(assets.totals[cls].bytes),
        kb(assets.totals[cls].gzipBytes),
      ]),
    ],
    [2, 3],
  );
  const { initialGzipBytes, bytes, withinBudget } = assets.budget;
  console.log(
    `\nBudget: initial ${kb(initialGzipBytes)} KB gzip of ${kb(bytes)} KB: ` +
      (withinBudget
        ? `within budget (${kb(bytes - initialGzipBytes)} KB to spare)`
        : `OVER budget by ${kb(initialGzipBytes - bytes)} KB`),
  );

  const found = findChromium();
  if (!found) {
    console.error('\nbench: no Chromium found; run `npm run test:e2e` once or install chromium');
    process.exit(1);
  }

  let preview;
  try {
    preview = await startPreview();
  } catch (error) {
    console.error(
      `\nbench: could not serve dist: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  }

  try {
    /** @type {Browser} */
    let browser;
    try {
      browser = await chromium.launch({
        executablePath: found.own ? undefined : found.path,
        args: CHROMIUM_ARGS,
        headless: true,
      });
    } catch (error) {
      console.error(`\nbench: could not launch Chromium at ${found.path}: ${message(error)}`);
      process.exitCode = 1;
      return;
    }
    try {
      results.chromium = browser.version();
      console.log(
        `\nTimings: ${RUNS} runs each, a fresh page per run, 1440×900, Chromium ${results.chromium}`,
      );

      const ready = await repeat(browser, RUNS, chartReady);
      const select = await repeat(browser, RUNS, selection);
      const filter = await repeat(browser, RUNS, (page) =>
        filterKeystrokes(page, FILTER_TEXT, 10_000),
      );
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
      const timings = {
        chartReady: summarize(ready.samples.flat(), ready.errors),
        selectionToPanel: summarize(select.samples.flat(), select.errors),
        keystrokeToFiltered: { ...summarize(filter.samples.flat(), filter.errors), perKey },
        keystrokeToDomUpdated: summarize(commits.samples.flat(), commits.errors),
        pngExport2x: summarize(png.samples.flat(), png.errors),
      };
      results.timings = timings;
      printTable(
        'Timings (ms)',
        ['measure', 'ok', 'median', 'min', 'max', 'note'],
        [
          timingRow('navigation start → chart ready', timings.chartReady),
          timingRow(`click "${OFFICE}" → panel shown`, timings.selectionToPanel),
          timingRow(
            `keystroke → filtered chart ('${FILTER_TEXT}', every key)`,
            timings.keystrokeToFiltered,
          ),
          ...Object.entries(perKey).map(([typed, s]) => timingRow(`  … after '${typed}'`, s)),
          timingRow(
            `keystroke → DOM updated, the app's own work ('${FILTER_TEXT}')`,
            timings.keystrokeToDomUpdated,
          ),
          timingRow('PNG export 2× → download', timings.pngExport2x),
        ],
        [1, 2, 3, 4],
      );

      try {
        results.scale = await scale(browser);
      } catch (error) {
        results.scale = { error: message(error) };
        console.log(`\nscale: failed (${message(error)})`);
      }
      if (pageErrors.size > 0) {
        results.pageErrors = [...pageErrors];
        console.log(`\nErrors in the page during the runs:\n  ${[...pageErrors].join('\n  ')}`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    await preview.stop();
  }
  if (process.exitCode) return;

  const auditResult = audit();
  results.audit = auditResult;
  if (auditResult.available) {
    const { counts } = auditResult;
    printTable(
      'npm audit --omit=dev',
      ['severity', 'count'],
      ['critical', 'high', 'moderate', 'low', 'info', 'total'].map((s) => [
        s,
        String(counts[s] ?? 0),
      ]),
      [1],
    );
  } else {
    console.log(`\nnpm audit --omit=dev: unavailable: ${auditResult.reason}`);
  }

  mkdirSync(join(REPO, 'bench'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${RESULTS.slice(REPO.length)}`);
}

await main();
