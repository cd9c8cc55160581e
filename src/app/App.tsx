import { ReactFlowProvider } from '@xyflow/react';
import { Suspense, useEffect, useState } from 'react';
import { selectIndex } from '../store/selectors.ts';
import { BranchMatchesContext, useComputeBranchMatches } from '../view-state/branch-matches.ts';
import {
  BackToDefault,
  DutiesPanel,
  OpenProblemsNotice,
  ExportMenu,
  FilterSummary,
  Outline,
  OutlineTools,
  PrintView,
  QuestionPanel,
  prefetchLazyParts,
} from './lazy.ts';
import { CopyLinkButton } from '../components/CopyLinkButton.tsx';
import { LayoutSwitch } from '../components/LayoutSwitch.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { OrgChart } from '../components/OrgChart.tsx';
import { SKIP_TARGETS, SkipLinks } from '../components/SkipLinks.tsx';
import { SelectionAnnouncer } from '../components/SelectionAnnouncer.tsx';
import { StatusToast } from '../components/StatusToast.tsx';
import { ThemeToggle } from '../components/ThemeToggle.tsx';
import { PanelErrorBoundary } from '../components/PanelErrorBoundary.tsx';
import { OpenOrganization } from '../components/OpenOrganization.tsx';
import { useElementSize } from '../components/use-element-size.ts';
import { useOrgStore } from '../store/org-store.ts';
import { CloseIcon, DownloadIcon, OutlineIcon } from '../components/icons.tsx';
import { FilterContext, useComputeFilterMatch } from '../view-state/filter-context.ts';
import { useShownCollapsed } from '../view-state/shown-collapsed.ts';
import { useUrlSync } from './use-url-sync.ts';
import { FilterBar } from '../components/FilterBar.tsx';

const WIDE_SCREEN = '(min-width: 1100px)';
/** Matches the Outline's width in styles.css. */
const OUTLINE_WIDTH = 280;

export function App() {
  const organization = useOrgStore((s) => s.organization);
  const selectedId = useOrgStore((s) => s.selectedId);
  const loads = useOrgStore((s) => s.loads);
  const fromFile = useOrgStore((s) => s.origin.kind === 'file');
  const openProblems = useOrgStore((s) => s.openProblems !== null);
  const asking = useOrgStore((s) => s.asking);
  useEffect(() => {
    document.title = `${organization.name} · Orgscope`;
  }, [organization.name]);
  const select = useOrgStore((s) => s.select);
  const [outlineOpen, setOutlineOpen] = useState(() => window.matchMedia(WIDE_SCREEN).matches);
  const [mainRef, mainSize] = useElementSize<HTMLElement>();
  // The chart's shape follows the screen, not the panel, so opening a panel never reflows it;
  // rounded so that small resizes do not re-run the layout.
  const aspect =
    mainSize && mainSize.height > 0
      ? Math.round(((mainSize.width - (outlineOpen ? OUTLINE_WIDTH : 0)) / mainSize.height) * 10) /
        10
      : undefined;
  useUrlSync();
  useEffect(prefetchLazyParts, []);
  const match = useComputeFilterMatch();
  const collapsedKey = useShownCollapsed(match);
  const index = useOrgStore(selectIndex);
  const branchMatches = useComputeBranchMatches(index, match);
  return (
    <FilterContext value={match}>
      <BranchMatchesContext value={branchMatches}>
        <ReactFlowProvider>
          <div className="app">
            <SkipLinks openOutline={() => setOutlineOpen(true)} />
            <header className="app-header">
              <div className="app-header__brand">
                <span className="app-header__product">Orgscope</span>
                <h1>{organization.name}</h1>
                {fromFile && (
                  <Suspense fallback={null}>
                    <BackToDefault />
                  </Suspense>
                )}
              </div>
              <div className="toolbar" role="toolbar" aria-label="View">
                <button
                  type="button"
                  className="button toolbar-button"
                  aria-expanded={outlineOpen}
                  aria-controls={outlineOpen ? SKIP_TARGETS.outline : undefined}
                  onClick={() => setOutlineOpen(!outlineOpen)}
                >
                  <OutlineIcon />
                  <span className="toolbar-button__label">Outline</span>
                </button>
                <LayoutSwitch />
                <OpenOrganization />
                <CopyLinkButton />
                <Suspense fallback={<ExportButtonPlaceholder />}>
                  <ExportMenu />
                </Suspense>
                <ThemeToggle />
              </div>
            </header>
            <FilterBar />
            <Suspense fallback={null}>
              <FilterSummary />
            </Suspense>
            <main className="app-main" ref={mainRef}>
              {/* Floats over the chart: notices never take its space. */}
              <div className="notice-layer">
                {openProblems && (
                  <Suspense fallback={null}>
                    <OpenProblemsNotice />
                  </Suspense>
                )}
                <NoticeBar />
              </div>
              {outlineOpen && (
                <nav
                  className="outline"
                  id={SKIP_TARGETS.outline}
                  aria-labelledby="outline-heading"
                >
                  <div className="outline__header">
                    <h2 id="outline-heading">Outline</h2>
                    <button
                      type="button"
                      className="icon-button outline__close"
                      aria-label="Close outline"
                      onClick={() => setOutlineOpen(false)}
                    >
                      <CloseIcon />
                    </button>
                  </div>
                  <Suspense fallback={<p className="outline__loading">Loading the outline…</p>}>
                    <OutlineTools />
                    <Outline id="outline-tree" />
                  </Suspense>
                </nav>
              )}
              {asking && (
                <Suspense fallback={null}>
                  <QuestionPanel />
                </Suspense>
              )}
              <section
                className="chart-region"
                id="organisation-chart"
                aria-label="Organisation chart"
              >
                {aspect !== undefined && (
                  <OrgChart key={loads} aspect={aspect} collapsedKey={collapsedKey} />
                )}
              </section>
              <PanelErrorBoundary key={selectedId ?? ''} onClose={() => select(null)}>
                <Suspense fallback={null}>
                  <DutiesPanel />
                </Suspense>
              </PanelErrorBoundary>
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
            <SelectionAnnouncer />
            <StatusToast />
            <Suspense fallback={null}>
              <PrintView />
            </Suspense>
          </div>
        </ReactFlowProvider>
      </BranchMatchesContext>
    </FilterContext>
  );
}

/** Holds the Export button's place for the moment before its code has loaded. */
function ExportButtonPlaceholder() {
  return (
    <button type="button" className="button toolbar-button" disabled>
      <DownloadIcon />
      <span className="toolbar-button__label">Export</span>
    </button>
  );
}
