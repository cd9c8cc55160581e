/**
 * Offline and installable: the service worker that precaches the built app and the web app
 * manifest, both from vite-plugin-pwa. Registration is ours (src/platform/offline.ts): no inline
 * script, so the Content Security Policy stays strict, and it waits until the first view is up.
 */
import type { ManifestOptions } from 'vite-plugin-pwa';
import { VitePWA } from 'vite-plugin-pwa';
import { APP_ICONS } from './app-icons.mjs';

/**
 * The light theme's colours in src/styles.css (`scripts/pwa.test.ts` keeps them equal): the title
 * bar of the installed app continues the header (`--surface`), the splash screen is the page
 * (`--bg`).
 */
export const THEME_COLOR = '#ffffff';
export const BACKGROUND_COLOR = '#f3f5f7';

/** The web app manifest. URLs are relative to it, so the app installs under any base path. */
export const MANIFEST: Partial<ManifestOptions> = {
  id: './',
  name: 'Orgscope',
  short_name: 'Orgscope',
  description:
    'Explore how a public organisation is organised and who in it does what: an org chart of ' +
    'the Shanghai Provident Fund Management Center, or of your own file. Works offline.',
  lang: 'en',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  categories: ['government', 'reference'],
  icons: APP_ICONS.filter((icon) => icon.kind !== 'apple').map((icon) => ({
    src: icon.file,
    sizes: `${icon.size}x${icon.size}`,
    type: 'image/png',
    purpose: icon.kind,
  })),
};

/** The plugin entry for vite.config.ts. Builds only: the dev server gets no service worker. */
export function offlineApp() {
  return VitePWA({
    registerType: 'prompt',
    // Our own bundled module registers the worker (src/platform/service-worker.ts, with
    // workbox-window): an injected inline script would break the CSP.
    injectRegister: false,
    manifest: MANIFEST,
    // The glob below finds the icons and the manifest in the build already; the plugin would
    // list its own copy of each (the manifest it always adds, hence the ignore).
    includeManifestIcons: false,
    devOptions: { enabled: false },
    workbox: {
      // Everything the build ships (HTML, JS and CSS chunks, workers, the default organisation's
      // data, the schema, icons), so a kind of file added later cannot be missing offline.
      globPatterns: ['**/*'],
      globIgnores: ['manifest.webmanifest'],
      // Any address inside the app (a deep link with ?office=…) opens the app shell offline.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first visit's page comes under the worker at once, so its own lazy parts are served
      // from the cache if the connection drops; a new version still waits for the user's Reload.
      clientsClaim: true,
      skipWaiting: false,
    },
  });
}
