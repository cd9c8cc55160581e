import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether a media query matches now, following changes. `onServer` is what the prerendered page
 * assumed (its stylesheet decides what the query decides, until the page has hydrated).
 */
export function useMediaQuery(query: string, onServer: boolean): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => onServer,
  );
}
