import { useEffect, useState } from 'react';

/** From this many duties, work that grows with the organisation waits until the view is painted. */
export const LATER_FROM_DUTIES = 5_000;

/**
 * False until the view has painted once for `key` when `wait` is set (at once true otherwise):
 * work that grows with a large organisation starts after the view without it is on screen, so
 * opening the view never waits for it.
 */
export function usePaintedFor(key: unknown, wait: boolean): boolean {
  const [painted, setPainted] = useState<unknown>(undefined);
  useEffect(() => {
    if (!wait) return;
    // A task after the next frame: the browser paints what is there first.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(() => key), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [key, wait]);
  return !wait || painted === key;
}
