import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React hydrates the prerendered page (and on the server), true afterwards. Parts the
 * page cannot prerender faithfully (the minimap, the dotted background, which follow the view)
 * render only once this is true, so hydration finds exactly the HTML it expects.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
