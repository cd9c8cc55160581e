// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOrgStore } from '../store/org-store.ts';
import { office } from '../testing/factories.ts';

const registration = vi.hoisted(() => ({
  registerServiceWorker: vi.fn<(callbacks: { onUpdateReady: () => void }) => () => Promise<void>>(),
}));
vi.mock('./service-worker.ts', () => registration);

const organization = {
  name: 'Test Center',
  root: office('root', 'Test Center'),
  attribution: { title: 'Test' },
};

/** A fresh copy of the module, as each page load has. */
async function freshModule() {
  vi.resetModules();
  return import('./offline.ts');
}

/** Lets the lazy import and the promise callbacks run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

let reload: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubEnv('DEV', false);
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
  reload = vi.fn();
  Object.defineProperty(window, 'location', {
    value: { ...window.location, reload },
    configurable: true,
  });
  registration.registerServiceWorker.mockReset();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('startOfflineSupport', () => {
  it('registers after the first view, once, and tells the store when a new version waits', async () => {
    const { startOfflineSupport } = await freshModule();
    let callbacks: { onUpdateReady: () => void } | undefined;
    registration.registerServiceWorker.mockImplementation((given) => {
      callbacks = given;
      return () => Promise.resolve();
    });
    const store = createOrgStore(organization);
    startOfflineSupport(store);
    startOfflineSupport(store);
    // The page has loaded (jsdom's readyState is complete); registering waits for an idle moment.
    expect(registration.registerServiceWorker).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    await settle();
    expect(registration.registerServiceWorker).toHaveBeenCalledOnce();
    startOfflineSupport(store);
    await vi.advanceTimersByTimeAsync(1000);
    expect(registration.registerServiceWorker).toHaveBeenCalledOnce();

    expect(store.getState().updateReady).toBe(false);
    callbacks!.onUpdateReady();
    expect(store.getState().updateReady).toBe(true);
  });

  it('does nothing where browsers have no service workers', async () => {
    const { startOfflineSupport } = await freshModule();
    Reflect.deleteProperty(navigator, 'serviceWorker');
    startOfflineSupport(createOrgStore(organization));
    await vi.advanceTimersByTimeAsync(5000);
    expect(registration.registerServiceWorker).not.toHaveBeenCalled();
  });
});

describe('reloadToUpdate', () => {
  it('lets the waiting version take over, and reloads anyway if it does not within 5 s', async () => {
    const { reloadToUpdate, startOfflineSupport } = await freshModule();
    const activate = vi.fn(() => Promise.resolve());
    registration.registerServiceWorker.mockReturnValue(activate);
    startOfflineSupport(createOrgStore(organization));
    await vi.advanceTimersByTimeAsync(1000);
    await settle();

    reloadToUpdate();
    expect(activate).toHaveBeenCalledOnce();
    // The takeover reloads the page itself (vite-plugin-pwa's "controlling" handler).
    await vi.advanceTimersByTimeAsync(4900);
    expect(reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reloads at once when there is no worker to ask', async () => {
    const { reloadToUpdate } = await freshModule();
    reloadToUpdate();
    expect(reload).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(6000);
    expect(reload).toHaveBeenCalledOnce();
  });
});
