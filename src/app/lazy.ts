import { lazy } from 'react';

/**
 * Parts of the page that are not needed for the first view load as separate chunks, fetched as
 * soon as the browser is idle, so the first screen only pays for the chart.
 */
/** The chart: prerendered in the page, so React Flow can load after the first view. */
export const loadOrgChart = () => import('../components/OrgChart.tsx');
const loadDutiesPanel = () => import('../components/DutiesPanel.tsx');
const loadPrintView = () => import('../components/PrintView.tsx');
const loadFilterSummary = () => import('../components/FilterSummary.tsx');
const loadExportMenu = () => import('../components/ExportMenu.tsx');
const loadOutline = () => import('../components/Outline.tsx');
const loadOutlineTools = () => import('../components/OutlineTools.tsx');
const loadBackToDefault = () => import('../components/BackToDefault.tsx');
const loadOpenProblemsNotice = () => import('../components/OpenProblemsNotice.tsx');
const loadFunctionMatrix = () => import('../components/FunctionMatrixView.tsx');
const loadOpenProgress = () => import('../components/OpenProgress.tsx');
const loadStoredRetryNotice = () => import('../components/StoredRetryNotice.tsx');
const loadQuestionPanel = () => import('../components/QuestionPanel.tsx');

export const OrgChart = lazy(() => loadOrgChart().then((m) => ({ default: m.OrgChart })));
export const DutiesPanel = lazy(() => loadDutiesPanel().then((m) => ({ default: m.DutiesPanel })));
export const PrintView = lazy(() => loadPrintView().then((m) => ({ default: m.PrintView })));
export const FilterSummary = lazy(() =>
  loadFilterSummary().then((m) => ({ default: m.FilterSummary })),
);

export const Outline = lazy(() => loadOutline().then((m) => ({ default: m.Outline })));
export const OutlineTools = lazy(() =>
  loadOutlineTools().then((m) => ({ default: m.OutlineTools })),
);
/** Only shown while a user's own organisation is open. */
export const BackToDefault = lazy(() =>
  loadBackToDefault().then((m) => ({ default: m.BackToDefault })),
);
/** Only shown after a file could not be opened. */
export const OpenProblemsNotice = lazy(() =>
  loadOpenProblemsNotice().then((m) => ({ default: m.OpenProblemsNotice })),
);
/** Only shown when the user switches to the functions table. */
export const FunctionMatrixView = lazy(() =>
  loadFunctionMatrix().then((m) => ({ default: m.FunctionMatrixView })),
);
/** Only shown while a file opens. */
export const OpenProgress = lazy(() =>
  loadOpenProgress().then((m) => ({ default: m.OpenProgress })),
);
/** Only shown when start-up skipped a stored organisation the app failed on last time. */
export const StoredRetryNotice = lazy(() =>
  loadStoredRetryNotice().then((m) => ({ default: m.StoredRetryNotice })),
);
/** The question box, with the search engine it loads on first use. */
export const QuestionPanel = lazy(() =>
  loadQuestionPanel().then((m) => ({ default: m.QuestionPanel })),
);
export const ExportMenu = lazy(() => loadExportMenu().then((m) => ({ default: m.ExportMenu })));

/** The parts every visit uses, fetched in the background once the first view is on screen. */
const EVERY_VISIT = [
  loadDutiesPanel,
  loadFilterSummary,
  loadPrintView,
  loadExportMenu,
  loadOutline,
  loadOutlineTools,
];

/** Loads every lazy part (the build's server render waits for them all). */
export const loadLazyParts = () =>
  Promise.all(
    [loadOrgChart, ...EVERY_VISIT, loadBackToDefault, loadOpenProblemsNotice].map((load) => load()),
  );

/** Fetches the lazy parts in the background once the first view is on screen. */
export function prefetchLazyParts() {
  const fetchAll = () => EVERY_VISIT.forEach((load) => void load());
  if ('requestIdleCallback' in window) window.requestIdleCallback(fetchAll, { timeout: 2000 });
  else setTimeout(fetchAll, 500);
}
