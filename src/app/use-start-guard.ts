import { useCallback, useEffect, useRef } from 'react';
import { useOrgStore } from '../store/org-store.ts';

/** The guard is not needed for the first paint, so it loads beside it. */
const guard = () => import('../platform/start-guard.ts');

/**
 * Keeps the start guard's record (see `platform/start-guard.ts`) in step with what is shown:
 * "starting" as an organisation loads, "fine" once its chart has drawn its first view (a reload
 * soon after is an ordinary reload, not a failure), "failed" when the chart's error boundary
 * caught a failure. Returns the chart's callbacks.
 */
export function useStartGuard(): { onChartReady: () => void; onChartFailed: () => void } {
  const origin = useOrgStore((s) => s.origin);
  const loads = useOrgStore((s) => s.loads);
  // The chart can be ready before the record says what it shows: the two are kept in order.
  const marked = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    marked.current = guard().then((g) =>
      g.markShowing(origin.kind === 'file' ? origin.fileName : null),
    );
  }, [origin, loads]);
  const onChartReady = useCallback(() => {
    void marked.current.then(guard).then((g) => g.markRunningFine());
  }, []);
  const onChartFailed = useCallback(() => {
    void marked.current.then(guard).then((g) => g.markFailed());
  }, []);
  return { onChartReady, onChartFailed };
}
