/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { cspHeader, cspMeta } from './scripts/csp.mjs';
import { loadShanghaiCenter } from './src/data/shanghai.ts';
import { cardCssVariables } from './src/layout/card-metrics.ts';
import { prerender } from './scripts/prerender/plugin.ts';

const SOURCE_FILE = fileURLToPath(
  new URL('./src/data/internal-organizations.txt', import.meta.url),
);
const MODULE_ID = 'virtual:default-organization-url';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DEV_PATH = '/@orgscope/default-organization.json';

/**
 * Parses the source page at build time into the model the app reads, shipped as a JSON data file.
 * The text stays the one source of truth; the browser gets its parsed form without the parser.
 */
function defaultOrganization(): Plugin {
  const modelJson = () => JSON.stringify(loadShanghaiCenter(readFileSync(SOURCE_FILE, 'utf8')));
  let serving = false;
  return {
    name: 'orgscope-default-organization',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(SOURCE_FILE);
      if (serving) return `export default ${JSON.stringify(DEV_PATH)};`;
      const ref = this.emitFile({
        type: 'asset',
        name: 'shanghai-provident-fund-management-center.json',
        source: modelJson(),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(modelJson());
      });
    },
  };
}

const CARD_CSS_ID = 'virtual:card-metrics.css';
const RESOLVED_CARD_CSS_ID = `\0${CARD_CSS_ID}`;

/**
 * The cards' measurements as CSS custom properties, from the one module the export draws with too,
 * so the stylesheet has them before any script runs (the prerendered page needs them at once).
 */
function cardMetricsCss(): Plugin {
  return {
    name: 'orgscope-card-metrics-css',
    resolveId: (id) => (id === CARD_CSS_ID ? RESOLVED_CARD_CSS_ID : undefined),
    load(id) {
      if (id !== RESOLVED_CARD_CSS_ID) return undefined;
      const declarations = Object.entries(cardCssVariables())
        .map(([name, value]) => `  ${name}: ${value};`)
        .join('\n');
      return `:root {\n${declarations}\n}\n`;
    },
  };
}

/**
 * The built page carries its Content Security Policy in a <meta> tag, so any static host enforces
 * it; the dev server does not, as its hot reloading needs inline scripts.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'orgscope-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    defaultOrganization(),
    cardMetricsCss(),
    contentSecurityPolicy(),
    prerender({
      organization: () => loadShanghaiCenter(readFileSync(SOURCE_FILE, 'utf8')),
      plugins: () => [react(), defaultOrganization(), cardMetricsCss()],
    }),
  ],
  server: { port: 5173 },
  preview: {
    port: 4173,
    headers: {
      'Content-Security-Policy': cspHeader(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser that runs ES2022 preloads modules natively or loads them a moment later
    // without it; the polyfill would cost every visitor its bytes on the first load.
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mts}'],
    environment: 'node',
  },
});
