/**
 * Registers the service worker (built by vite-plugin-pwa in prompt mode: a new version installs in
 * the background and waits). Loaded lazily by ./offline.ts, so neither this nor workbox-window is
 * part of the first load.
 */
import { registerSW } from 'virtual:pwa-register';

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
  return registerSW({
    immediate: true,
    onNeedRefresh: onUpdateReady,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // Tabs left open for days (a civil servant's reference) still hear of new versions.
      window.setInterval(() => {
        if (!navigator.onLine || registration.installing) return;
        registration.update().catch(() => {
          // The server could not be reached: the next check tries again.
        });
      }, UPDATE_CHECK_MS);
    },
    // The app still works online without a worker (private windows, blocked by policy).
    onRegisterError: (error: unknown) =>
      console.warn('Orgscope could not set up offline use.', error),
  });
}
