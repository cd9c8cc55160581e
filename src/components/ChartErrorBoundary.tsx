import { Component, lazy, Suspense, type ErrorInfo, type ReactNode } from 'react';

/** The message is only needed once something failed, so it loads then. */
const ChartError = lazy(() => import('./ChartError.tsx').then((m) => ({ default: m.ChartError })));

interface Props {
  children: ReactNode;
  /** Told of the failure, e.g. so the next start does not open the same file again. */
  onFailed?: () => void;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a failure while drawing the chart from blanking the page: the header, filter and
 * Outline keep working, and the chart's place says what happened with a way back.
 */
export class ChartErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('The chart failed to render', error, info.componentStack);
    this.props.onFailed?.();
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Suspense fallback={<p role="alert">The chart could not be drawn.</p>}>
        <ChartError error={this.state.error} onRetry={() => this.setState({ error: null })} />
      </Suspense>
    );
  }
}
