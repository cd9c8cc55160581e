/**
 * Registers the service worker that vite-plugin-pwa builds (prompt mode: a new version installs
 * in the background and waits). Loaded lazily by ./offline.ts, so neither this nor workbox-window
 * is part of the first load. workbox-window directly rather than the plugin's virtual module, so
 * the build's prerender pass, which bundles the app without the plugin, resolves every import.
 */
import { Workbox } from 'workbox-window';

/** How often an open app asks whether a new version is out; a visit always asks. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface ServiceWorkerCallbacks {
  /** A new version is installed and waits for the user to reload. */
  onUpdateReady: () => void;
}

/**
 * Registers the worker now (the caller waited for the first view). Returns the function that lets
 * the waiting version take over; the page then reloads when it has.
 */
export function registerServiceWorker({ onUpdateReady }: ServiceWorkerCallbacks) {
  const base = import.meta.env.BASE_URL;
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  let offered = false;
  const offerUpdate = () => {
    if (offered) return;
    offered = true;
    // When the waiting version takes over (Reload here or in another tab), this page reloads, so
    // no tab runs old code against the new version's files.
    workbox.addEventListener('controlling', (event) => {
      if (event.isUpdate) window.location.reload();
    });
    onUpdateReady();
  };
  workbox.addEventListener('waiting', offerUpdate);
  // A version another tab (or the browser's own check) installed while this page was open.
  workbox.addEventListener('installed', (event) => {
    if (event.isUpdate === undefined && event.isExternal) offerUpdate();
  });
  workbox
    .register({ immediate: true })
    .then((registration) => {
      if (!registration) return;
      // Tabs left open for days (a civil servant's reference) still hear of new versions.
      window.setInterval(() => {
        if (!navigator.onLine || registration.installing) return;
        registration.update().catch(() => {
          // The server could not be reached: the next check tries again.
        });
      }, UPDATE_CHECK_MS);
    })
    // The app still works online without a worker (private windows, blocked by policy).
    .catch((error: unknown) => console.warn('Orgscope could not set up offline use.', error));
  return async () => workbox.messageSkipWaiting();
}
