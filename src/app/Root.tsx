import { StrictMode } from 'react';
import type { FirstView } from '../layout/first-view.ts';
import { OrgStoreContext, type OrgStore } from '../store/org-store.ts';
import { App } from './App.tsx';

/** The whole app around its store: what the build prerenders and the browser hydrates. */
export function Root({
  store,
  firstView,
  onChartReady,
}: {
  store: OrgStore;
  firstView?: FirstView;
  onChartReady?: () => void;
}) {
  return (
    <StrictMode>
      <OrgStoreContext value={store}>
        <App firstView={firstView} onChartReady={onChartReady} />
      </OrgStoreContext>
    </StrictMode>
  );
}
