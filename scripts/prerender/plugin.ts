/**
 * `npm run build` prerenders the app's first view into index.html (issue 12): the shell and the
 * Center's chart as HTML, a stylesheet carrying the styles React wrote inline (the Content
 * Security Policy allows no inline style), a small render-blocking boot script that fits the
 * chart to the real window before the first paint, and the data the app hydrates with, so it is
 * not fetched again.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';
import type { Organization } from '../../src/model/organization.ts';
import type { Prerendered } from '../../src/app/prerender.tsx';
import {
  ORGANIZATION_DATA_ID,
  PAGE_DATA_ID,
  type PrerenderedPage,
} from '../../src/platform/prerendered-page.ts';
import { noScriptFitCss } from './no-script-fit.ts';
import { extractInlineStyles, jsonDataBlock, writePage } from './page.ts';

const SERVER_ENTRY = 'src/app/prerender.tsx';
const BOOT_ENTRY = 'src/app/boot.ts';

interface Options {
  /** The organisation to prerender (the default one). */
  organization: () => Organization;
  /** Plugins the app's modules need to build (React, the default organisation's virtual module). */
  plugins: () => PluginOption[];
}

/** Builds the server entry in a temporary folder and renders the app with it. */
async function renderApp(config: ResolvedConfig, options: Options): Promise<Prerendered> {
  // Inside the project, so the server build's imports of React and the rest resolve.
  const cache = join(config.root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'orgscope-prerender-'));
  try {
    await build({
      configFile: false,
      root: config.root,
      logLevel: 'warn',
      plugins: options.plugins(),
      build: { ssr: SERVER_ENTRY, outDir, emptyOutDir: true, target: 'node20' },
    });
    const server = (await import(pathToFileURL(join(outDir, 'prerender.js')).href)) as {
      prerenderApp: (organization: Organization) => Promise<Prerendered>;
    };
    return await server.prerenderApp(options.organization());
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Builds the boot script as one small classic script (it must run before the page paints). */
async function bootScript(config: ResolvedConfig): Promise<string> {
  const result = await build({
    configFile: false,
    root: config.root,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: BOOT_ENTRY, formats: ['iife'], name: 'orgscopeBoot', fileName: 'boot' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk) return chunk.code;
  }
  throw new Error('The boot script did not build.');
}

export function prerender(options: Options): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'orgscope-prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_output, bundle) {
      // The nested builds below are a server and a library build; only the app's page is ours.
      if (config.build.ssr || config.build.lib) return;
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') return;
      const [{ html, layouts }, boot] = await Promise.all([
        renderApp(config, options),
        bootScript(config),
      ]);
      const extracted = extractInlineStyles(html);
      const rendered = layouts.variants[layouts.rendered]!;
      const css = `${extracted.css}\n${noScriptFitCss(rendered, layouts.rootId)}\n`;
      const cssFile = this.getFileName(
        this.emitFile({ type: 'asset', name: 'prerender.css', source: css }),
      );
      const bootFile = this.getFileName(
        this.emitFile({ type: 'asset', name: 'boot.js', source: boot }),
      );
      const pageData: PrerenderedPage = { layouts, styles: extracted.styles };
      const base = config.base;
      page.source = writePage(String(page.source), {
        appHtml: extracted.html,
        head: [
          `    <link rel="stylesheet" href="${base}${cssFile}">`,
          // Deferred, so it runs once the page is parsed; render-blocking, so the page is not
          // painted before it has fitted the chart to the window.
          `    <script src="${base}${bootFile}" defer blocking="render"></script>`,
        ].join('\n'),
        data: [
          jsonDataBlock(PAGE_DATA_ID, pageData),
          jsonDataBlock(ORGANIZATION_DATA_ID, options.organization()),
        ].join('\n    '),
      });
    },
  };
}
