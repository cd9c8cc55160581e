import { lazy, Suspense } from 'react';
import type { OpeningProgress } from '../store/org-store.ts';

/** Only needed when a kept organisation is reopened, so it stays out of the first download. */
const OpeningProgressBar = lazy(() =>
  import('../components/OpeningProgressBar.tsx').then((m) => ({ default: m.OpeningProgressBar })),
);

/** What shows before the organisation is ready: progress, or a problem and a way to retry. */
export function StartupScreen({
  error,
  onRetry,
  opening,
}: {
  error?: string;
  onRetry?: () => void;
  /** A kept organisation being reopened. */
  opening?: OpeningProgress | null;
}) {
  return (
    <div className="startup">
      <p className="app-header__product">Orgscope</p>
      {error ? (
        <div role="alert" className="startup__error">
          <h1>The chart could not be opened</h1>
          <p>{error}</p>
          {onRetry && (
            <button type="button" className="button button--primary" onClick={onRetry}>
              Try again
            </button>
          )}
        </div>
      ) : opening ? (
        <Suspense fallback={<p role="status">Loading the organisation…</p>}>
          <OpeningProgressBar opening={opening} />
        </Suspense>
      ) : (
        <p role="status">Loading the organisation…</p>
      )}
    </div>
  );
}
