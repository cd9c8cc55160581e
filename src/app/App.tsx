import { ReactFlowProvider } from '@xyflow/react';
import { DutiesPanel } from '../components/DutiesPanel.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { OrgChart } from '../components/OrgChart.tsx';
import { useOrgStore } from '../store/org-store.ts';
import { useUrlSync } from './use-url-sync.ts';

export function App() {
  const organization = useOrgStore((s) => s.organization);
  useUrlSync();
  return (
    <ReactFlowProvider>
      <div className="app">
        <header className="app-header">
          <div className="app-header__brand">
            <span className="app-header__product">Orgscope</span>
            <h1>{organization.name}</h1>
          </div>
        </header>
        <NoticeBar />
        <main className="app-main">
          <section className="chart-region" aria-label="Organisation chart">
            <OrgChart />
          </section>
          <DutiesPanel />
        </main>
        <footer className="app-footer">
          Source:{' '}
          {organization.attribution.url ? (
            <a href={organization.attribution.url} rel="noreferrer noopener" target="_blank">
              {organization.attribution.title}
            </a>
          ) : (
            organization.attribution.title
          )}
          {organization.attribution.note ? ` (${organization.attribution.note})` : ''}
        </footer>
      </div>
    </ReactFlowProvider>
  );
}
