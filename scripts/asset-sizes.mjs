// Sizes of a built site (raw and gzip), split into what the first page load needs (`initial`),
// code fetched later (`lazy`) and data files (`data`). Used by `npm run bench` and by the bundle
// budget test. Plain JavaScript so the benchmark runs on Node 20 without a TypeScript loader;
// types are in the .d.mts beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Most the first load may transfer, gzip-compressed: index.html (with the prerendered app and its
 * data) plus the JS and CSS it loads before it runs. Back at 150 KB since the chart is prerendered:
 * React Flow and the chart's code load after the first view, which the page already shows.
 */
export const INITIAL_BUDGET_BYTES = 150 * 1024;

const CODE = /\.(?:m?js|css)$/i;
const HTML = /\.html?$/i;

/**
 * @typedef {'initial' | 'lazy' | 'data'} AssetClass
 * @typedef {{ file: string, class: AssetClass, bytes: number, gzipBytes: number }} AssetSize
 * @typedef {{ files: number, bytes: number, gzipBytes: number }} AssetTotal
 * @typedef {{
 *   files: AssetSize[],
 *   totals: Record<AssetClass, AssetTotal>,
 *   budget: { bytes: number, initialGzipBytes: number, withinBudget: boolean },
 * }} AssetReport
 */

/**
 * The attributes of one HTML start tag, names lower-cased.
 * @param {string} tag e.g. `<link rel="stylesheet" href="/a.css">`
 * @returns {Map<string, string>}
 */
function attributesOf(tag) {
  const attributes = new Map();
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attributes.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attributes;
}

/**
 * URLs of the scripts and stylesheets an HTML page loads before it runs: `<script src>`,
 * `<link rel=stylesheet|modulepreload>` (and `rel=preload` for scripts and styles).
 * @param {string} html
 * @returns {string[]}
 */
export function htmlDependencies(html) {
  const urls = [];
  // Comments could hide tags that never load.
  const live = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of live.matchAll(/<script\b[^>]*>/gi)) {
    const src = attributesOf(tag).get('src');
    if (src) urls.push(src);
  }
  for (const [tag] of live.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const as = attributes.get('as');
    const loadsFirst =
      rel.includes('stylesheet') ||
      rel.includes('modulepreload') ||
      (rel.includes('preload') && (as === 'script' || as === 'style'));
    const href = attributes.get('href');
    if (loadsFirst && href) urls.push(href);
  }
  return urls;
}

/**
 * Specifiers of a JS module's static imports and re-exports (`import x from "./a.js"`,
 * `import "./a.js"`, `export * from "./a.js"`). Dynamic `import("./a.js")` is not one: it loads
 * later. A bundler's output keeps these at the top level, after a `;`, `}` or line break, which
 * is what the pattern asks for, so the words inside strings and comments rarely match; the caller
 * also keeps only specifiers that name a file in the build.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
  const pattern =
    /(?:^|[;\n}])\s*(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'`])([^"'`\n]+)\1/g;
  return [...code.matchAll(pattern)].map((m) => m[2]);
}

/**
 * The path inside the build that a URL or import specifier names, or null when it names none
 * (an external URL, a bare package name, a file the build does not have).
 * @param {string} from path of the referring file, relative to the build root ('/'-separated)
 * @param {string} url
 * @param {Set<string>} known paths of every file in the build
 * @returns {string | null}
 */
function resolveInBuild(from, url, known) {
  const clean = url.replace(/[?#].*$/, '');
  if (clean === '' || /^(?:[a-z][\w+.-]*:|\/\/)/i.test(clean)) return null;
  if (!clean.startsWith('/') && !clean.startsWith('.')) {
    // HTML may say "assets/a.js"; in JS that form is a bare package name.
    if (!HTML.test(from)) return null;
  }
  const path = clean.startsWith('/')
    ? posix.normalize(clean).slice(1)
    : posix.join(posix.dirname(from), clean);
  if (known.has(path)) return path;
  // A site built with a `base` (e.g. "/orgscope/assets/a.js") names its files under that prefix.
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const shorter = parts.slice(i).join('/');
    if (known.has(shorter)) return shorter;
  }
  return null;
}

/**
 * Classifies the files of a build: `index.html` and everything it loads up front (recursively
 * through static imports) is `initial`; other JS, CSS and HTML is `lazy`; anything else (text,
 * JSON, images, fonts) is `data`.
 * @param {Map<string, string>} contents text of each file by its path in the build ('/'-separated)
 * @returns {Map<string, AssetClass>}
 */
export function classifyAssets(contents) {
  const known = new Set(contents.keys());
  const initial = new Set();
  const queue = known.has('index.html') ? ['index.html'] : [];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.pop());
    if (initial.has(file)) continue;
    initial.add(file);
    const text = contents.get(file) ?? '';
    const urls = HTML.test(file)
      ? htmlDependencies(text)
      : /\.m?js$/i.test(file)
        ? staticImports(text)
        : [];
    for (const url of urls) {
      const target = resolveInBuild(file, url, known);
      // Only code counts as initial: a <link rel=modulepreload> to an image would not.
      if (target && CODE.test(target) && !initial.has(target)) queue.push(target);
    }
  }
  /** @type {Map<string, AssetClass>} */
  const classes = new Map();
  for (const file of known) {
    classes.set(
      file,
      initial.has(file) ? 'initial' : CODE.test(file) || HTML.test(file) ? 'lazy' : 'data',
    );
  }
  return classes;
}

/**
 * Every file below `dir`, as '/'-separated paths relative to it, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    )
    .sort();
}

/**
 * Reads a built site and reports each file's size raw and gzip-compressed (level 9, as a server
 * would serve it at best), its class, the totals per class and whether the initial load is
 * within {@link INITIAL_BUDGET_BYTES}.
 * @param {string} distDir
 * @returns {AssetReport}
 */
export function measureAssets(distDir) {
  const root = distDir.replace(/[\\/]+$/, '');
  /** @type {Map<string, Buffer>} */
  const bytes = new Map(listFiles(root).map((file) => [file, readFileSync(join(root, file))]));
  const texts = new Map(
    [...bytes].map(([file, buffer]) => [
      file,
      CODE.test(file) || HTML.test(file) ? buffer.toString('utf8') : '',
    ]),
  );
  const classes = classifyAssets(texts);
  /** @type {AssetSize[]} */
  const files = [...bytes].map(([file, buffer]) => ({
    file,
    class: /** @type {AssetClass} */ (classes.get(file)),
    bytes: buffer.length,
    gzipBytes: gzipSync(buffer, { level: 9 }).length,
  }));
  /** @type {Record<AssetClass, AssetTotal>} */
  const totals = {
    initial: { files: 0, bytes: 0, gzipBytes: 0 },
    lazy: { files: 0, bytes: 0, gzipBytes: 0 },
    data: { files: 0, bytes: 0, gzipBytes: 0 },
  };
  for (const f of files) {
    totals[f.class].files += 1;
    totals[f.class].bytes += f.bytes;
    totals[f.class].gzipBytes += f.gzipBytes;
  }
  return {
    files,
    totals,
    budget: {
      bytes: INITIAL_BUDGET_BYTES,
      initialGzipBytes: totals.initial.gzipBytes,
      withinBudget: totals.initial.gzipBytes <= INITIAL_BUDGET_BYTES,
    },
  };
}

/**
 * Bytes as kilobytes (1 KB = 1,024 bytes) with one decimal.
 * @param {number} bytes
 */
export function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}

/**
 * A readable account of the initial load against the budget, largest file first.
 * @param {AssetReport} report
 * @returns {string}
 */
export function describeInitialLoad(report) {
  const initial = report.files
    .filter((f) => f.class === 'initial')
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const width = Math.max(...initial.map((f) => f.file.length), 5);
  const lines = initial.map(
    (f) => `  ${f.file.padEnd(width)}  ${kb(f.gzipBytes).padStart(7)} KB gzip`,
  );
  const { initialGzipBytes, bytes, withinBudget } = report.budget;
  const verdict = withinBudget
    ? `within budget by ${kb(bytes - initialGzipBytes)} KB`
    : `over budget by ${kb(initialGzipBytes - bytes)} KB`;
  return [
    `Initial load: ${kb(initialGzipBytes)} KB gzip of a ${kb(bytes)} KB budget (${verdict}):`,
    ...lines,
    `  ${'total'.padEnd(width)}  ${kb(initialGzipBytes).padStart(7)} KB gzip`,
  ].join('\n');
}
