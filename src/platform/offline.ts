/**
 * Offline and installable: once the first view is on screen, registers the service worker that
 * keeps a copy of the whole app in the browser (see scripts/pwa.ts for what it caches), and tells
 * the store when a new version is waiting. The registration code is a lazy chunk, so a first visit
 * pays only for this module; nothing happens in the dev server.
 */
import type { OrgStore } from '../store/org-store.ts';

/** How long Reload waits for the new version to take over before reloading regardless. */
const TAKEOVER_TIMEOUT_MS = 5000;

let started = false;
let activateUpdate: (() => Promise<void>) | null = null;

/** Starts offline support for the app whose store this is (once per page). */
export function startOfflineSupport(store: OrgStore): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || started) return;
  started = true;
  const register = () => {
    import('./service-worker.ts')
      .then(({ registerServiceWorker }) => {
        activateUpdate = registerServiceWorker({
          onUpdateReady: () => store.getState().setUpdateReady(true),
        });
      })
      // Offline support is a bonus: the app works without it, so a failure is only worth a warning.
      .catch((error: unknown) => console.warn('Orgscope could not set up offline use.', error));
  };
  afterFirstView(register);
}

/**
 * Lets the waiting version take over; the page reloads as soon as it does (every open tab of the
 * app does, so none runs old code against the new files). Reloads anyway if it does not happen.
 */
export function reloadToUpdate(): void {
  const fallback = window.setTimeout(() => window.location.reload(), TAKEOVER_TIMEOUT_MS);
  if (!activateUpdate) {
    window.clearTimeout(fallback);
    window.location.reload();
    return;
  }
  activateUpdate().catch(() => {
    window.clearTimeout(fallback);
    window.location.reload();
  });
}

/** After the page has loaded and the browser is idle, so registering never competes with it. */
function afterFirstView(work: () => void) {
  const whenIdle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 3000 });
    else setTimeout(work, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
