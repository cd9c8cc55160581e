// The anchor pages the bench times beside the app: the same organisation drawn by d3-org-chart,
// and as plain HTML cards with no script (the fastest this browser can show them). Built from
// the organisation the app ships, so all three show the same cards. Pure text; unit-tested in
// anchor-pages.test.ts.

/**
 * @typedef {{ id: string, name: string, duties: unknown[], children: Unit[] }} Unit
 * @typedef {{ name: string, root: Unit }} Organisation
 * @typedef {{ id: string, parentId: string, name: string, count: string }} Row
 */

/** The anchors' card size, close to the app's cards. */
export const CARD = { width: 240, height: 100 };
/** Offices per row on the static page, which is laid out for the bench's 1440 × 900 viewport. */
const COLUMNS = 4;
const GAP = { x: 40, y: 30 };

/**
 * The units as flat rows (d3-org-chart's input), root first; each says what its card counts:
 * the root its units, the others their duties. Iterative, as every traversal here is.
 * @param {Organisation} organisation
 * @returns {Row[]}
 */
export function unitRows(organisation) {
  /** @type {Row[]} */
  const rows = [];
  /** @type {[Unit, string][]} */
  const stack = [[organisation.root, '']];
  while (stack.length > 0) {
    const [unit, parentId] = /** @type {[Unit, string]} */ (stack.pop());
    rows.push({ id: unit.id, parentId, name: unit.name, count: countLabel(unit, parentId === '') });
    for (let i = unit.children.length - 1; i >= 0; i--) {
      stack.push([/** @type {Unit} */ (unit.children[i]), unit.id]);
    }
  }
  return rows;
}

/**
 * @param {Unit} unit
 * @param {boolean} isRoot
 */
function countLabel(unit, isRoot) {
  if (isRoot) {
    const n = unit.children.length;
    return `${n} ${n === 1 ? 'office' : 'offices'}`;
  }
  const n = unit.duties.length;
  return `${n} ${n === 1 ? 'duty' : 'duties'}`;
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const CARD_CSS =
  `.card{box-sizing:border-box;width:${CARD.width}px;height:${CARD.height}px;padding:10px 12px;` +
  'border-radius:6px;background:#fff;border:1px solid #c9ced6;font:13px/1.25 system-ui,sans-serif;' +
  'display:flex;flex-direction:column;justify-content:space-between;overflow:hidden}' +
  '.card b{font-weight:600;color:#1d2733}.card span{font-size:12px;color:#5b6572}';

/** @param {Row} row */
function cardHtml(row) {
  return `<b>${escapeHtml(row.name)}</b><span>${escapeHtml(row.count)}</span>`;
}

/**
 * The d3-org-chart page: d3, d3-flextree and d3-org-chart from vendor/ (copied from
 * node_modules), the rows in data.js, and chart.js, which draws and fits the chart.
 * `?duration=0` turns off its 400 ms animation; `?compact=1` uses its compact layout.
 * @param {Row[]} rows
 * @returns {Record<string, string>} file name → text
 */
export function d3OrgChartPage(rows) {
  const data = rows.map((row) => ({ ...row, html: cardHtml(row) }));
  const chart = `(function () {
  const params = new URLSearchParams(location.search);
  const chart = new d3.OrgChart()
    .container('#chart')
    .svgHeight(window.innerHeight)
    .data(window.ORG_DATA)
    .nodeWidth(() => ${CARD.width})
    .nodeHeight(() => ${CARD.height})
    .compact(params.get('compact') === '1')
    .nodeContent((d) => '<div class="card">' + d.data.html + '</div>');
  if (params.has('duration')) chart.duration(Number(params.get('duration')));
  chart.render().fit();
})();
`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>d3-org-chart anchor</title>
<link rel="icon" href="data:,">
<style>html,body{margin:0;width:100%;height:100%;overflow:hidden;background:#f6f7f9}#chart{width:100vw;height:100vh}${CARD_CSS}</style>
<script src="vendor/d3.min.js"></script>
<script src="vendor/d3-flextree.min.js"></script>
<script src="vendor/d3-org-chart.min.js"></script>
<script src="data.js"></script>
</head>
<body><div id="chart"></div><script src="chart.js"></script></body>
</html>
`;
  return {
    'index.html': html,
    'data.js': `window.ORG_DATA = ${JSON.stringify(data)};\n`,
    'chart.js': chart,
  };
}

/**
 * The static page: the root centred on top, every other unit in rows of COLUMNS below it, as
 * absolutely positioned HTML cards and no script.
 * @param {Row[]} rows
 * @param {{ width: number }} viewport
 */
export function staticCardsPage(rows, viewport) {
  const gridWidth = COLUMNS * CARD.width + (COLUMNS - 1) * GAP.x;
  const left = Math.max(0, Math.round((viewport.width - gridWidth) / 2));
  const cards = rows.map((row, i) => {
    const cell = i - 1;
    const x =
      i === 0
        ? left + (gridWidth - CARD.width) / 2
        : left + (cell % COLUMNS) * (CARD.width + GAP.x);
    const y = 20 + (i === 0 ? 0 : (Math.floor(cell / COLUMNS) + 1) * (CARD.height + GAP.y));
    return `<div class="card" style="left:${Math.round(x)}px;top:${y}px">${cardHtml(row)}</div>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>static cards anchor</title>
<link rel="icon" href="data:,">
<style>body{margin:0;background:#f6f7f9}.card{position:absolute}${CARD_CSS}</style>
</head>
<body>${cards.join('')}</body>
</html>
`;
}
