// `npm run bench`: builds the app, prints its asset sizes against the initial-load budget, times the
// main interactions in headless Chromium against `vite preview`, times the chart's first view
// beside d3-org-chart and static HTML, tries large generated organisations, summarises
// `npm audit`, and writes it all to bench/results.json.
// It prints figures; it never fails on one. It exits non-zero only when the build, the preview
// server or the browser cannot start.
// The parts live in scripts/bench/: server (build, preview), scenarios (what is timed in the
// browser), anchors (the side-by-side comparison), tables (what is printed), audit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { measureAssets } from './asset-sizes.mjs';
import { measureAnchors, prepareAnchors, removeAnchors } from './bench/anchors.mjs';
import { measureFirstView } from './bench/first-view.mjs';
import { audit } from './bench/audit.mjs';
import {
  FILTER_TEXT,
  measureScale,
  measureTimings,
  OFFICE,
  pageErrors,
  RUNS,
  VIEWPORT,
} from './bench/scenarios.mjs';
import { buildApp, REPO, startPreview } from './bench/server.mjs';
import { message } from './bench/stats.mjs';
import {
  anchorsTable,
  firstViewTable,
  assetsTable,
  auditTable,
  budgetLine,
  print,
  scaleTable,
  timingsTable,
} from './bench/tables.mjs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const RESULTS = join(REPO, 'bench', 'results.json');
const DIST = join(REPO, 'dist');

/** CPU rates the anchors are timed at: this machine, and slowed as on a low-end phone. */
const CPU_RATES = [1, 4];
/** Goals (issue 12): the app's time to chart ÷ each anchor's. */
const GOALS = { static: 1.5, 'd3-org-chart': 0.5 };

/**
 * The app beside d3-org-chart and static HTML, at each CPU rate; skipped (with the reason) when
 * the anchors' libraries are not installed.
 * @param {import('@playwright/test').Browser} browser
 */
async function anchors(browser) {
  const prepared = prepareAnchors(DIST, VIEWPORT);
  if ('skipped' in prepared) {
    console.log(`\nanchors: skipped (${prepared.skipped})`);
    return prepared;
  }
  try {
    const results = [];
    for (const cpu of CPU_RATES) {
      const result = await measureAnchors(browser, prepared, {
        runs: RUNS,
        viewport: VIEWPORT,
        cpu,
      });
      print(anchorsTable(result));
      const ours = result.targets[0]?.ready.median ?? null;
      for (const target of result.targets.slice(1)) {
        const goal = GOALS[/** @type {keyof typeof GOALS} */ (target.id)];
        const theirs = target.ready.median;
        if (goal === undefined || ours === null || theirs === null) continue;
        const value = ours / theirs;
        console.log(
          `  Orgscope ÷ ${target.label}: ${value.toFixed(2)}× (goal ≤ ${goal}×: ${value <= goal ? 'met' : 'not met'})`,
        );
      }
      results.push(result);
    }
    return results;
  } finally {
    removeAnchors(prepared.dir);
  }
}

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

  const assets = measureAssets(DIST);
  results.assets = assets;
  print(assetsTable(assets));
  console.log(budgetLine(assets));

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
    /** @type {import('@playwright/test').Browser} */
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
        `\nTimings: ${RUNS} runs each, a fresh page per run, ${VIEWPORT.width}×${VIEWPORT.height}, Chromium ${results.chromium}`,
      );
      const timings = await measureTimings(browser);
      results.timings = timings;
      print(timingsTable(timings, { office: OFFICE, filterText: FILTER_TEXT }));

      try {
        const firstView = await measureFirstView(browser, {
          runs: RUNS,
          cases: CPU_RATES.flatMap((cpu) => [
            { viewport: VIEWPORT, cpu },
            { viewport: { width: 390, height: 844 }, cpu },
          ]),
        });
        results.firstView = firstView;
        print(firstViewTable(firstView));
      } catch (error) {
        results.firstView = { error: message(error) };
        console.log(`\nfirst view: failed (${message(error)})`);
      }

      try {
        results.anchors = await anchors(browser);
      } catch (error) {
        results.anchors = { error: message(error) };
        console.log(`\nanchors: failed (${message(error)})`);
      }

      try {
        const scale = await measureScale(browser);
        results.scale = scale;
        if ('skipped' in scale) console.log(`\nscale: skipped (${scale.skipped})`);
        else print(scaleTable(scale));
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

  const auditResult = audit(REPO);
  results.audit = auditResult;
  if (auditResult.available) print(auditTable(auditResult.counts));
  else console.log(`\nnpm audit --omit=dev: unavailable: ${auditResult.reason}`);

  mkdirSync(join(REPO, 'bench'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${RESULTS.slice(REPO.length)}`);
}

await main();
