import './chart-error.css';
import { loadDefaultOrganization } from '../platform/load-default.ts';
import { useOrgStore, useOrgStoreApi } from '../store/org-store.ts';

/** What the chart's place says when drawing it failed: what happened and a way back. */
export function ChartError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const store = useOrgStoreApi();
  const fromFile = useOrgStore((s) => s.origin.kind === 'file');
  // The user's own organisation failed: the built-in one is the way back that always works.
  const onBackToDefault = fromFile
    ? () =>
        loadDefaultOrganization().then(
          (organization) => store.getState().loadOrganization(organization, { kind: 'default' }),
          (failure: unknown) =>
            store
              .getState()
              .addNotices([failure instanceof Error ? failure.message : String(failure)]),
        )
    : undefined;
  return (
    <div className="chart-error" role="alert" aria-labelledby="chart-error-heading">
      <h2 id="chart-error-heading">The chart could not be drawn</h2>
      <p>
        Something went wrong while drawing this organisation ({error.message}). The Outline, the
        filter and the exports may still work.
      </p>
      <div className="chart-error__actions">
        {onBackToDefault && (
          <button type="button" className="button button--primary" onClick={onBackToDefault}>
            Show the Shanghai Provident Fund Management Center
          </button>
        )}
        <button
          type="button"
          className={onBackToDefault ? 'button' : 'button button--primary'}
          onClick={onRetry}
        >
          Try again
        </button>
      </div>
    </div>
  );
}
