import { useCallback, useEffect, useRef } from 'react';
import { useOrgStore } from '../store/org-store.ts';

/** The guard is not needed for the first paint, so it loads beside it. */
const guard = () => import('../platform/start-guard.ts');

/** How long the chart must be on screen before a stored organisation counts as running fine. */
const RUNNING_FINE_AFTER_MS = 2_000;

/**
 * Keeps the start guard's record (see `platform/start-guard.ts`) in step with what is shown:
 * "starting" as an organisation loads, "fine" once its chart has been on screen a moment,
 * "failed" when the chart's error boundary caught a failure. Returns the chart's callbacks.
 */
export function useStartGuard(): { onChartReady: () => void; onChartFailed: () => void } {
  const origin = useOrgStore((s) => s.origin);
  const loads = useOrgStore((s) => s.loads);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    void guard().then((g) => g.markShowing(origin.kind === 'file' ? origin.fileName : null));
    return () => window.clearTimeout(timer.current);
  }, [origin, loads]);
  const onChartReady = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(
      () => void guard().then((g) => g.markRunningFine()),
      RUNNING_FINE_AFTER_MS,
    );
  }, []);
  const onChartFailed = useCallback(() => {
    window.clearTimeout(timer.current);
    void guard().then((g) => g.markFailed());
  }, []);
  return { onChartReady, onChartFailed };
}
