/** What shows before the organisation is ready: progress, or a problem and a way to retry. */
export function StartupScreen({ error, onRetry }: { error?: string; onRetry?: () => void }) {
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
      ) : (
        <p role="status">Loading the organisation…</p>
      )}
    </div>
  );
}
