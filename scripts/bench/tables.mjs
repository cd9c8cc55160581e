// The tables `npm run bench` prints, built from its results: pure functions (no I/O but `print`),
// unit-tested in tables.test.ts. Each builder returns a table; `print` writes it to the console.
import { kb } from '../asset-sizes.mjs';
import { ORG_READ_MARK } from '../../src/performance-marks.mjs';

/**
 * @typedef {import('./stats.mjs').Summary} Summary
 * @typedef {{ title: string, headers: string[], rows: string[][], right?: number[] }} Table
 * @typedef {import('../asset-sizes.mjs').AssetReport} AssetReport
 */

/** @type {readonly ('initial' | 'lazy' | 'data')[]} */
const CLASS_ORDER = ['initial', 'lazy', 'data'];

/**
 * A duration in ms with one decimal, or a dash when there is none.
 * @param {number | null | undefined} value
 */
export function ms(value) {
  return value === null || value === undefined ? '–' : value.toFixed(1);
}

/**
 * A table as text: a blank line, the title, the headers, a rule, the rows. Columns listed in
 * `right` are right-aligned (numbers); trailing spaces are trimmed.
 * @param {Table} table
 */
export function formatTable({ title, headers, rows, right = [] }) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  /** @param {string[]} cells */
  const line = (cells) =>
    cells
      .map((cell, i) =>
        right.includes(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [
    '',
    title,
    line(headers),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/**
 * Prints a table to the console.
 * @param {Table} table
 */
export function print(table) {
  console.log(formatTable(table));
}

/**
 * One row of a timing table: label, successful runs, median, min, max, the first failure.
 * @param {string} label
 * @param {Summary} s
 */
export function timingRow(label, s) {
  const note = s.errors.length > 0 ? `${s.errors.length} failed: ${s.errors[0]}` : '';
  return [label, `${s.samples.length}/${s.runs}`, ms(s.median), ms(s.min), ms(s.max), note];
}

/**
 * Every built file, initial load first, then the totals of each class.
 * @param {AssetReport} assets
 * @returns {Table}
 */
export function assetsTable(assets) {
  return {
    title: 'Assets (gzip: level 9)',
    headers: ['file', 'class', 'raw KB', 'gzip KB'],
    rows: [
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
    right: [2, 3],
  };
}

/**
 * The initial load against its budget, in one sentence.
 * @param {AssetReport} assets
 */
export function budgetLine(assets) {
  const { initialGzipBytes, bytes, withinBudget } = assets.budget;
  return (
    `\nBudget: initial ${kb(initialGzipBytes)} KB gzip of ${kb(bytes)} KB: ` +
    (withinBudget
      ? `within budget (${kb(bytes - initialGzipBytes)} KB to spare)`
      : `OVER budget by ${kb(initialGzipBytes - bytes)} KB`)
  );
}

/**
 * @typedef {{ chartReady: Summary, selectionToPanel: Summary,
 *   keystrokeToFiltered: Summary & { perKey: Record<string, Summary> },
 *   keystrokeToDomUpdated: Summary, pngExport2x: Summary }} Timings
 */

/**
 * The main interactions on the default organisation.
 * @param {Timings} timings
 * @param {{ office: string, filterText: string }} scenario what was clicked and typed
 * @returns {Table}
 */
export function timingsTable(timings, { office, filterText }) {
  return {
    title: 'Timings (ms)',
    headers: ['measure', 'ok', 'median', 'min', 'max', 'note'],
    rows: [
      timingRow('navigation start → chart interactive (hydrated)', timings.chartReady),
      timingRow(`click "${office}" → panel shown`, timings.selectionToPanel),
      timingRow(
        `keystroke → filtered chart ('${filterText}', every key)`,
        timings.keystrokeToFiltered,
      ),
      ...Object.entries(timings.keystrokeToFiltered.perKey).map(([typed, s]) =>
        timingRow(`  … after '${typed}'`, s),
      ),
      timingRow(
        `keystroke → DOM updated, the app's own work ('${filterText}')`,
        timings.keystrokeToDomUpdated,
      ),
      timingRow('PNG export 2× → download', timings.pngExport2x),
    ],
    right: [1, 2, 3, 4],
  };
}

/**
 * @typedef {{ units: number, fileBytes: number, readToChartReady: Summary, layout: Summary,
 *   keystrokeToFiltered: Summary, domNodes: number[], errors: string[] }} ScaleRow
 */

/**
 * Generated organisations of growing size opened from a file.
 * @param {{ runs: number, filterKey: string, sizes: ScaleRow[] }} scale
 * @returns {Table}
 */
export function scaleTable({ runs, filterKey, sizes }) {
  return {
    title: `Scale: generated organisations opened from a file (median of ${runs}, ms; '${filterKey}' typed to filter)`,
    headers: [
      'units',
      'file read → chart ready',
      'layout',
      'keystroke → filtered',
      '.react-flow__node',
      'note',
    ],
    rows: sizes.map((r) => [
      r.units.toLocaleString('en'),
      // Runs that all succeeded yet timed nothing: the app no longer sets the read mark.
      r.readToChartReady.median === null && r.readToChartReady.runs > 0 && r.errors.length === 0
        ? `– (no '${ORG_READ_MARK}' mark)`
        : ms(r.readToChartReady.median),
      ms(r.layout.median),
      ms(r.keystrokeToFiltered.median),
      r.domNodes.length > 0 ? String(Math.max(...r.domNodes)) : '–',
      r.errors.length > 0 ? `${r.errors.length} failed: ${r.errors[0]}` : '',
    ]),
    right: [0, 1, 2, 3, 4],
  };
}

/**
 * Vulnerability counts by severity.
 * @param {Record<string, number>} counts
 * @returns {Table}
 */
export function auditTable(counts) {
  return {
    title: 'npm audit --omit=dev',
    headers: ['severity', 'count'],
    rows: ['critical', 'high', 'moderate', 'low', 'info', 'total'].map((s) => [
      s,
      String(counts[s] ?? 0),
    ]),
    right: [1],
  };
}

/**
 * @typedef {{ id: string, label: string, path: string, selector: string, ready: Summary,
 *   settled: Summary }} AnchorResult
 */

/**
 * @typedef {{ viewport: { width: number, height: number }, cpu: number, cls: Summary,
 *   cardPainted: Summary, clickToPanel: Summary, panelShown: Summary }} FirstViewRow
 */

/**
 * How much longer than `base` a figure is, as "1.00×"; a dash without both figures.
 * @param {number | null} value
 * @param {number | null} base
 */
export function ratio(value, base) {
  return value === null || base === null || base === 0 ? '–' : `${(value / base).toFixed(2)}×`;
}

/**
 * The app beside its anchors, each target's ratio to the first (the app), and the app's ratio to
 * each target (the goals are stated that way round).
 * @param {{ runs: number, cards: number, cpu?: number, targets: AnchorResult[] }} anchors
 * @returns {Table}
 */
export function anchorsTable({ runs, cards, cpu = 1, targets }) {
  const base = targets[0];
  const speed = cpu > 1 ? `, CPU slowed ${cpu}×` : '';
  return {
    title: `Anchors: navigation start → all ${cards} cards painted (median of ${runs} interleaved rounds${speed}, ms)`,
    headers: [
      'target',
      'ok',
      'ready',
      'min',
      'max',
      'settled',
      'ready ÷ first',
      'first ÷ this',
      'note',
    ],
    rows: targets.map((t) => {
      const [label, ok, median, min, max, note] = timingRow(t.label, t.ready);
      return [
        /** @type {string} */ (label),
        /** @type {string} */ (ok),
        /** @type {string} */ (median),
        /** @type {string} */ (min),
        /** @type {string} */ (max),
        ms(t.settled.median),
        ratio(t.ready.median, base?.ready.median ?? null),
        ratio(base?.ready.median ?? null, t.ready.median),
        /** @type {string} */ (note),
      ];
    }),
    right: [1, 2, 3, 4, 5, 6, 7],
  };
}

/**
 * The first view, measured on fresh pages: layout shift and the first click on a card.
 * @param {{ runs: number, rows: FirstViewRow[] }} firstView
 * @returns {Table}
 */
export function firstViewTable({ runs, rows }) {
  return {
    title: `First view (median of ${runs} fresh pages; a card clicked as soon as it is painted; ms)`,
    headers: [
      'viewport',
      'CPU',
      'cumulative layout shift',
      'card painted',
      'click → panel shown',
      'navigation → panel shown',
    ],
    rows: rows.map((row) => [
      `${row.viewport.width}×${row.viewport.height}`,
      `${row.cpu}×`,
      row.cls.median === null ? '–' : row.cls.median.toFixed(3),
      ms(row.cardPainted.median),
      ms(row.clickToPanel.median),
      ms(row.panelShown.median),
    ]),
    right: [1, 2, 3, 4, 5],
  };
}
