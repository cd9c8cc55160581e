import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  describeInitialLoad,
  htmlDependencies,
  INITIAL_BUDGET_BYTES,
  measureAssets,
  staticImports,
} from './asset-sizes.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** Writes `files` (path → text) below a new temporary folder and returns the folder. */
function fakeDist(files: Record<string, string>): string {
  const dir = temporaryDir('orgscope-fake-dist-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('staticImports', () => {
  it('finds minified static imports and re-exports, not dynamic imports', () => {
    const code = [
      'import{a as b,c}from"./shared-1.js";import"./side.js";',
      "import*as all from'./star.js'",
      'export*from"./again.js";export{x as y}from"./named.js";',
      'const l=()=>import(`./lazy.js`),m=import("./also-lazy.js"),u=import.meta.url;',
    ].join('\n');
    expect(staticImports(code)).toEqual([
      './shared-1.js',
      './side.js',
      './star.js',
      './again.js',
      './named.js',
    ]);
  });
});

describe('htmlDependencies', () => {
  it('lists scripts, stylesheets and module preloads, not icons or commented-out tags', () => {
    const html = `<!doctype html><head>
      <link rel="icon" href="/favicon.svg">
      <!-- <script src="/old.js"></script> -->
      <script type="module" crossorigin src="/assets/entry.js"></script>
      <link rel=modulepreload crossorigin href='/assets/pre.js'>
      <link href="/assets/entry.css" rel="stylesheet">
      <script>inline()</script></head>`;
    expect(htmlDependencies(html)).toEqual([
      '/assets/entry.js',
      '/assets/pre.js',
      '/assets/entry.css',
    ]);
  });
});

describe('measureAssets', () => {
  const files = {
    'index.html': `<!doctype html><html><head>
      <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
      <script type="module" crossorigin src="/assets/entry.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/preloaded.js">
      <link rel="stylesheet" crossorigin href="/assets/entry.css">
      </head><body><div id="root"></div></body></html>`,
    'assets/entry.js':
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/lazy.js","assets/lazy.css"])))=>i.map(i=>d[i]);\n' +
      'import{a as b}from"./shared.js";import"./side-effect.js";' +
      'const load=()=>import(`./lazy.js`);console.log("import x from \'./nowhere.js\'",b,load);',
    'assets/shared.js': 'import"./deep.js";export const a=1;',
    'assets/deep.js': 'export const d=2;',
    'assets/side-effect.js': 'window.x=1;',
    'assets/preloaded.js': 'export const p=3;',
    'assets/entry.css': 'body{margin:0}',
    'assets/lazy.js': 'import{a}from"./shared.js";import"./lazy-only.js";export const l=a;',
    'assets/lazy-only.js': 'export const o=4;',
    'assets/lazy.css': '.panel{color:red}',
    'assets/source-abc.txt': 'Internal organisations\n1. Office\n',
    'organization.schema.json': '{"type":"object"}',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  };

  it('follows static imports from index.html as initial; dynamic imports are lazy; data apart', () => {
    const report = measureAssets(fakeDist(files));
    const classes = Object.fromEntries(report.files.map((f) => [f.file, f.class]));
    expect(classes).toEqual({
      'index.html': 'initial',
      'assets/entry.js': 'initial',
      'assets/shared.js': 'initial',
      'assets/deep.js': 'initial',
      'assets/side-effect.js': 'initial',
      'assets/preloaded.js': 'initial',
      'assets/entry.css': 'initial',
      'assets/lazy.js': 'lazy',
      'assets/lazy-only.js': 'lazy',
      'assets/lazy.css': 'lazy',
      'assets/source-abc.txt': 'data',
      'organization.schema.json': 'data',
      'favicon.svg': 'data',
    });
  });

  it('reports raw and level-9 gzip bytes per file, totals per class and the budget', () => {
    const report = measureAssets(fakeDist(files));
    const entry = report.files.find((f) => f.file === 'assets/entry.js')!;
    expect(entry.bytes).toBe(Buffer.byteLength(files['assets/entry.js']));
    expect(entry.gzipBytes).toBe(gzipSync(files['assets/entry.js'], { level: 9 }).length);

    for (const cls of ['initial', 'lazy', 'data'] as const) {
      const mine = report.files.filter((f) => f.class === cls);
      expect(report.totals[cls]).toEqual({
        files: mine.length,
        bytes: mine.reduce((sum, f) => sum + f.bytes, 0),
        gzipBytes: mine.reduce((sum, f) => sum + f.gzipBytes, 0),
      });
    }
    expect(report.totals.initial.files).toBe(7);
    expect(report.budget).toEqual({
      bytes: INITIAL_BUDGET_BYTES,
      initialGzipBytes: report.totals.initial.gzipBytes,
      withinBudget: true,
    });
    expect(describeInitialLoad(report)).toMatch(/^Initial load: [\d.]+ KB gzip of a 150\.0 KB/);
  });
});

describe('the production build', () => {
  it('keeps the initial load (index.html and the JS and CSS it loads up front) within 150 KB gzip', async () => {
    const outDir = temporaryDir('orgscope-dist-');
    // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: REPO,
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    const report = measureAssets(outDir);
    // A classifier that found nothing would pass the budget trivially.
    const initial = report.files.filter((f) => f.class === 'initial').map((f) => f.file);
    expect(initial).toContain('index.html');
    expect(initial.some((f) => f.endsWith('.js'))).toBe(true);

    expect(
      report.budget.initialGzipBytes,
      `\n${describeInitialLoad(report)}\ninitial gzip bytes`,
    ).toBeLessThanOrEqual(INITIAL_BUDGET_BYTES);
    // The file readers and their validation library load when a file is opened, never up front.
    const eager = initial.filter((f) => f.endsWith('.js'));
    for (const file of eager) {
      expect(readFileSync(join(outDir, file), 'utf8'), `${file} holds zod`).not.toContain(
        'ZodError',
      );
    }
    // The chart is in the page as HTML, so React Flow's code loads after the first view.
    for (const file of eager) {
      expect(readFileSync(join(outDir, file), 'utf8'), `${file} holds React Flow`).not.toContain(
        'xyflow__viewport',
      );
    }
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(page).toContain('Loan Management Office');
    expect(page).not.toMatch(/ style="/);
    const lazy = report.files.filter((f) => f.class === 'lazy').map((f) => f.file);
    expect(lazy.some((f) => readFileSync(join(outDir, f), 'utf8').includes('ZodError'))).toBe(true);
  }, 60_000);
});
