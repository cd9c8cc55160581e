// Anchors for `npm run bench`: times "chart on screen" for the app, for d3-org-chart drawing the
// same organisation, and for the same cards as static HTML (the limit), in one browser, their
// runs interleaved so machine noise hits each alike. Figures only; a failed run is a note.
// The method follows the performance anchors the project was measured against: "ready" is the
// first painted frame in which every card is shown (a box in the viewport, not hidden, opaque,
// not stacked on another), "settled" when their boxes stop moving.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { d3OrgChartPage, staticCardsPage, unitRows } from './anchor-pages.mjs';
import { REPO, serveStatic } from './server.mjs';
import { message, summarize } from './stats.mjs';

/**
 * @typedef {import('@playwright/test').Browser} Browser
 * @typedef {import('./stats.mjs').Summary} Summary
 * @typedef {{ id: string, label: string, root: string, path: string, selector: string }} Target
 * @typedef {{ id: string, label: string, path: string, selector: string, ready: Summary,
 *   settled: Summary }} AnchorResult
 */

/** Browser builds of the anchor's libraries, in load order (d3-org-chart extends the d3 global). */
const VENDOR = [
  ['d3', 'dist/d3.min.js'],
  ['d3-flextree', 'build/d3-flextree.min.js'],
  ['d3-org-chart', 'build/d3-org-chart.min.js'],
];

/**
 * The organisation the build ships (the JSON data file in dist/assets).
 * @param {string} dist
 */
function shippedOrganisation(dist) {
  const assets = join(dist, 'assets');
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(assets, file), 'utf8'));
    if (data && typeof data.name === 'string' && Array.isArray(data.root?.children)) return data;
  }
  return null;
}

/**
 * Writes the anchor pages into a temporary folder and lists the three targets, or says why not.
 * @param {string} dist the built app
 * @param {{ width: number }} viewport
 * @returns {{ skipped: string } | { dir: string, cards: number, targets: Target[] }}
 */
export function prepareAnchors(dist, viewport) {
  const missing = VENDOR.map(([name, file]) => join(REPO, 'node_modules', name, file)).filter(
    (path) => !existsSync(path),
  );
  if (missing.length > 0) return { skipped: `not installed: ${missing.join(', ')} (npm ci)` };
  const organisation = shippedOrganisation(dist);
  if (!organisation) return { skipped: 'no organisation data file in dist/assets' };
  const rows = unitRows(organisation);

  const dir = mkdtempSync(join(tmpdir(), 'orgscope-anchors-'));
  const d3Dir = join(dir, 'd3-org-chart');
  mkdirSync(join(d3Dir, 'vendor'), { recursive: true });
  for (const [name, file] of VENDOR) {
    copyFileSync(join(REPO, 'node_modules', name, file), join(d3Dir, 'vendor', `${name}.min.js`));
  }
  for (const [file, text] of Object.entries(d3OrgChartPage(rows))) {
    writeFileSync(join(d3Dir, file), text);
  }
  mkdirSync(join(dir, 'static'));
  writeFileSync(join(dir, 'static', 'index.html'), staticCardsPage(rows, viewport));
  return {
    dir,
    cards: rows.length,
    targets: [
      {
        id: 'orgscope',
        label: 'Orgscope (this build)',
        root: dist,
        path: '/',
        selector: '.react-flow__node',
      },
      {
        id: 'd3-org-chart',
        label: 'd3-org-chart 3.1.1, animation off',
        root: d3Dir,
        path: '/?duration=0',
        selector: 'g.node',
      },
      {
        id: 'static',
        label: 'static HTML cards, no script',
        root: join(dir, 'static'),
        path: '/',
        selector: '.card',
      },
    ],
  };
}

/**
 * Runs in the page before its own scripts: records when `expected` cards matching `selector`
 * are first all shown in a frame ("ready") and when their boxes then stop changing ("settled").
 * @param {{ selector: string, expected: number }} options
 */
function probe({ selector, expected }) {
  const SETTLE_MS = 500;
  const SETTLE_FRAMES = 15;
  const MAX_SETTLE_MS = 10_000;
  const state = {
    readyAt: /** @type {number | null} */ (null),
    settledAt: /** @type {number | null} */ (null),
    count: 0,
    shown: 0,
  };
  /** @type {(value?: unknown) => void} */
  let finish = () => {};
  const done = new Promise((resolve) => (finish = resolve));
  Object.defineProperty(window, '__anchor', { value: { state, done } });

  /** @param {Element | null} el */
  const opacity = (el) => {
    let value = 1;
    for (let e = el; e; e = e.parentElement) value *= Number(getComputedStyle(e).opacity);
    return value;
  };
  /** @param {NodeListOf<Element>} cards */
  const inspect = (cards) => {
    /** @type {DOMRect[]} */
    const boxes = [];
    let signature = '';
    for (const card of cards) {
      const r = card.getBoundingClientRect();
      const shown =
        r.width > 0 &&
        r.height > 0 &&
        r.right > 0 &&
        r.bottom > 0 &&
        r.left < innerWidth &&
        r.top < innerHeight &&
        opacity(card) >= 0.99 &&
        card.checkVisibility({ visibilityProperty: true });
      if (shown) boxes.push(r);
      signature += `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)},${shown};`;
    }
    // Cards still stacked (an animation's start, or mounted before measuring) do not count.
    const stacked = new Set();
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = /** @type {DOMRect} */ (boxes[i]);
        const b = /** @type {DOMRect} */ (boxes[j]);
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0 && h > 0 && w * h > 0.5 * Math.min(a.width * a.height, b.width * b.height)) {
          stacked.add(i).add(j);
        }
      }
    }
    return { shown: boxes.length - stacked.size, signature };
  };

  let last = '';
  let since = 0;
  let same = 0;
  const tick = () => {
    const now = performance.now();
    const cards = document.querySelectorAll(selector);
    state.count = cards.length;
    if (cards.length >= expected) {
      const { shown, signature } = inspect(cards);
      state.shown = shown;
      if (state.readyAt === null && shown >= expected) state.readyAt = now;
      if (state.readyAt !== null) {
        if (signature !== last) [last, since, same] = [signature, now, 0];
        else same++;
        if (same >= SETTLE_FRAMES && now - since >= SETTLE_MS) {
          state.settledAt = since;
          return finish();
        }
        if (now - state.readyAt > MAX_SETTLE_MS) return finish();
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Slows the page's CPU `rate` times (Chrome DevTools' throttling), as on a low-end phone.
 * @param {import('@playwright/test').Page} page
 * @param {number} rate
 */
export async function throttleCpu(page, rate) {
  if (rate <= 1) return;
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * One cold load of a target in a fresh context.
 * @param {Browser} browser
 * @param {string} url
 * @param {{ selector: string, expected: number, viewport: { width: number, height: number }, cpu?: number }} options
 * @returns {Promise<{ ready: number | null, settled: number | null }>}
 */
async function loadOnce(browser, url, { selector, expected, viewport, cpu = 1 }) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await throttleCpu(page, cpu);
    await page.addInitScript(probe, { selector, expected });
    await page.goto(url, { waitUntil: 'commit' });
    const state = await page
      .waitForFunction(() => /** @type {any} */ (window).__anchor?.done.then(() => true), null, {
        timeout: 30_000,
      })
      .then(() => page.evaluate(() => /** @type {any} */ (window).__anchor.state));
    if (state.readyAt === null) {
      throw new Error(
        `${state.shown} of ${expected} cards shown (${state.count} matched "${selector}")`,
      );
    }
    return { ready: state.readyAt, settled: state.settledAt };
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Times every target `runs` times after one discarded warm-up round, rotating their order each
 * round so that no target always goes first.
 * @param {Browser} browser
 * @param {{ cards: number, targets: Target[] }} anchors
 * @param {{ runs: number, viewport: { width: number, height: number }, cpu?: number }} options
 * @returns {Promise<{ runs: number, cards: number, cpu: number, targets: AnchorResult[] }>}
 */
export async function measureAnchors(browser, { cards, targets }, { runs, viewport, cpu = 1 }) {
  const servers = [];
  try {
    for (const target of targets) servers.push(await serveStatic(target.root));
    const samples = targets.map(() => ({
      ready: /** @type {(number | null)[]} */ ([]),
      settled: /** @type {(number | null)[]} */ ([]),
      errors: /** @type {string[]} */ ([]),
    }));
    for (let round = -1; round < runs; round++) {
      for (let k = 0; k < targets.length; k++) {
        const i = (k + Math.max(round, 0)) % targets.length;
        const target = /** @type {Target} */ (targets[i]);
        const sample = /** @type {(typeof samples)[number]} */ (samples[i]);
        const url = new URL(target.path, /** @type {{ url: string }} */ (servers[i]).url).href;
        try {
          const { ready, settled } = await loadOnce(browser, url, {
            selector: target.selector,
            expected: cards,
            viewport,
            cpu,
          });
          if (round < 0) continue;
          sample.ready.push(ready);
          sample.settled.push(settled);
        } catch (error) {
          if (round < 0) continue;
          sample.ready.push(null);
          sample.settled.push(null);
          sample.errors.push(message(error));
        }
      }
    }
    return {
      runs,
      cards,
      cpu,
      targets: targets.map((t, i) => {
        const sample = /** @type {(typeof samples)[number]} */ (samples[i]);
        return {
          id: t.id,
          label: t.label,
          path: t.path,
          selector: t.selector,
          ready: summarize(sample.ready, sample.errors),
          settled: summarize(sample.settled),
        };
      }),
    };
  } finally {
    for (const server of servers) await server.close();
  }
}

/**
 * Removes the anchor pages' temporary folder.
 * @param {string} dir
 */
export function removeAnchors(dir) {
  rmSync(dir, { recursive: true, force: true });
}
