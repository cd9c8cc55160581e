// The Outline is in the prerendered page on wide screens, so its styles come with the first load.
import '../components/outline.css';
import '../components/export-menu.css';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { chartAspect, WIDE_SCREEN, type FirstView } from '../layout/first-view.ts';
import {
  BackToDefault,
  DutiesPanel,
  OpenProblemsNotice,
  OpenProgress,
  ExportMenu,
  FilterSummary,
  FunctionMatrixView,
  Outline,
  OutlineTools,
  PrintView,
  StoredRetryNotice,
  QuestionPanel,
  prefetchLazyParts,
} from './lazy.ts';
import { CopyLinkButton } from '../components/CopyLinkButton.tsx';
import { LayoutSwitch } from '../components/LayoutSwitch.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { SKIP_TARGETS, SkipLinks } from '../components/SkipLinks.tsx';
import { SelectionAnnouncer } from '../components/SelectionAnnouncer.tsx';
import { StatusToast } from '../components/StatusToast.tsx';
import { ThemeToggle } from '../components/ThemeToggle.tsx';
import { PanelErrorBoundary } from '../components/PanelErrorBoundary.tsx';
import { OpenOrganization } from '../components/OpenOrganization.tsx';
import { useElementSize } from '../components/use-element-size.ts';
import { useHydrated } from '../components/use-hydrated.ts';
import { useMediaQuery } from '../components/use-media-query.ts';
import { useOrgStore } from '../store/org-store.ts';
import { CloseIcon, DownloadIcon, OutlineIcon } from '../components/icons.tsx';
import { useStartGuard } from './use-start-guard.ts';
import { FilteredChart, FilterProvider } from './FilterProvider.tsx';
import { ChartErrorBoundary } from '../components/ChartErrorBoundary.tsx';
import { useUrlSync } from './use-url-sync.ts';
import { FilterBar } from '../components/FilterBar.tsx';
import { ViewToggle } from '../components/ViewToggle.tsx';

export interface AppProps {
  /**
   * The view the page was prerendered and fitted with (see `first-view.ts`); the app renders
   * exactly that until it has measured the screen itself, so hydrating moves nothing.
   */
  firstView?: FirstView;
  /** Called once the chart is interactive. */
  onChartReady?: () => void;
}

export function App({ firstView, onChartReady }: AppProps) {
  const organization = useOrgStore((s) => s.organization);
  const selectedId = useOrgStore((s) => s.selectedId);
  const loads = useOrgStore((s) => s.loads);
  const fromFile = useOrgStore((s) => s.origin.kind === 'file');
  const openProblems = useOrgStore((s) => s.openProblems !== null);
  const showTable = useOrgStore((s) => s.viewMode === 'matrix');
  const opening = useOrgStore((s) => s.opening !== null);
  const skippedStoredFile = useOrgStore((s) => s.skippedStoredFile !== null);
  const asking = useOrgStore((s) => s.asking);
  useEffect(() => {
    document.title = `${organization.name} · Orgscope`;
  }, [organization.name]);
  const select = useOrgStore((s) => s.select);
  // The Outline opens by itself on wide screens, until the user opens or closes it. While the
  // prerendered page hydrates, the stylesheet decides (see `data-auto`).
  const wide = useMediaQuery(WIDE_SCREEN, true);
  const hydrated = useHydrated();
  const [outlineChoice, setOutlineOpen] = useState<boolean | null>(null);
  const outlineOpen = outlineChoice ?? wide;
  // The chart is laid out for the shape of the space under the filter bar, the filter's summary
  // included: the summary appearing with the first keystroke (and leaving when the filter is
  // cleared) leaves the chart's arrangement as it was, instead of laying it out again.
  const [bodyRef, bodySize] = useElementSize<HTMLDivElement>();
  // Until the app has measured the screen, the chart keeps the shape the page was fitted to.
  const aspect = bodySize ? chartAspect(bodySize, outlineOpen) : firstView?.aspect;
  // A prerendered page keeps the address as it is until the link's view has been applied.
  const [chartReady, setChartReady] = useState(!firstView);
  const { onChartReady: guardChartReady, onChartFailed } = useStartGuard();
  const onReady = useCallback(() => {
    setChartReady(true);
    guardChartReady();
    onChartReady?.();
  }, [onChartReady, guardChartReady]);
  useUrlSync(chartReady);
  useEffect(prefetchLazyParts, []);
  return (
    <FilterProvider>
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
            <ViewToggle />
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
        <div className="app-body" ref={bodyRef}>
          <Suspense fallback={null}>
            <FilterSummary />
          </Suspense>
          <main className="app-main">
            {/* Floats over the chart: notices never take its space. */}
            <div className="notice-layer">
              {opening && (
                <Suspense fallback={null}>
                  <OpenProgress />
                </Suspense>
              )}
              {openProblems && (
                <Suspense fallback={null}>
                  <OpenProblemsNotice />
                </Suspense>
              )}
              {skippedStoredFile && (
                <Suspense fallback={null}>
                  <StoredRetryNotice />
                </Suspense>
              )}
              <NoticeBar />
            </div>
            {outlineOpen && (
              <nav
                className="outline"
                data-auto={!hydrated || undefined}
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
            {/* Under the table the chart stays laid out (hidden and inert), so switching
                back finds it as it was. */}
            <section
              className="chart-region"
              id="organisation-chart"
              aria-label="Organisation chart"
              data-covered={showTable || undefined}
              inert={showTable}
            >
              <ChartErrorBoundary key={loads} onFailed={onChartFailed}>
                {aspect !== undefined && (
                  <Suspense fallback={<p className="chart-loading">Loading the chart…</p>}>
                    <FilteredChart
                      aspect={aspect}
                      initialViewport={loads === 0 ? firstView?.viewport : undefined}
                      onReady={onReady}
                    />
                  </Suspense>
                )}
              </ChartErrorBoundary>
            </section>
            {showTable && (
              <div className="matrix-region">
                <Suspense fallback={<p className="matrix-region__loading">Loading the table…</p>}>
                  <FunctionMatrixView />
                </Suspense>
              </div>
            )}
            {!showTable && (
              <PanelErrorBoundary key={selectedId ?? ''} onClose={() => select(null)}>
                <Suspense fallback={null}>
                  <DutiesPanel />
                </Suspense>
              </PanelErrorBoundary>
            )}
          </main>
        </div>
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
    </FilterProvider>
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
