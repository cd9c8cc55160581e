import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Closes the panel: the way back that always works. */
  onClose: () => void;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a failure inside the panel from taking the page down: the chart keeps working, and the
 * panel says what happened with a way back. (Error boundaries must still be class components.)
 */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('The panel failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <aside className="duties-panel panel-error" aria-labelledby="panel-error-heading">
        <h2 id="panel-error-heading">This panel could not be shown</h2>
        <p role="alert">
          Something went wrong while showing this unit ({this.state.error.message}). The chart still
          works: close the panel, or choose another unit.
        </p>
        <div className="panel-error__actions">
          <button type="button" className="button button--primary" onClick={this.props.onClose}>
            Close the panel
          </button>
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </aside>
    );
  }
}
