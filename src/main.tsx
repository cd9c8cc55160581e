import '@xyflow/react/dist/base.css';
import './styles.css';
import 'virtual:card-metrics.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './app/Root.tsx';
import { loadOrgChart } from './app/lazy.ts';
import { StartupScreen } from './app/StartupScreen.tsx';
import { applyTheme, readStoredTheme, systemTheme } from './platform/theme.ts';
import { indexOrganization, type Organization } from './model/organization.ts';
import type { FirstView } from './layout/first-view.ts';
import { BOOT_STATE, startsWithPrerenderedChart } from './platform/boot-state.ts';
import { prerenderedOrganization } from './platform/prerendered-page.ts';
import { initialOrganization, STORAGE_PATIENCE, type Start } from './platform/startup.ts';
import { DEFAULT_SHOWN, rememberShown, shownAtStart } from './platform/shown-organization.ts';
import { startOfflineSupport } from './platform/offline.ts';
import { createOrgStore, type OrgStore } from './store/org-store.ts';
import { fromSearchParams } from './store/url-state.ts';
import { unitDutiesIn } from './store/selectors.ts';

const html = document.documentElement;
const theme = readStoredTheme();
const container = document.getElementById('root')!;
/** A failure an error boundary handled (the chart's, the panel's) shows its own message. */
const onCaughtError = (error: unknown, info: unknown) =>
  console.warn('Handled by an error boundary:', error, info);

/** The first view the boot script fitted the prerendered chart to, when it did. */
function bootFirstView(): FirstView | null {
  const json = html.dataset[BOOT_STATE.firstView];
  if (!json) return null;
  try {
    return JSON.parse(json) as FirstView;
  } catch {
    return null;
  }
}

/**
 * What the prerendered page could not know (the link's selection and filters, the theme the
 * user chose, a card clicked early), applied once the chart is interactive: hydrating must first
 * find exactly the HTML the build wrote.
 */
function applyAfterHydration(store: OrgStore) {
  const state = store.getState();
  const index = indexOrganization(state.organization);
  const { view, notices } = fromSearchParams(
    window.location.search,
    (id) => index.byId.has(id),
    unitDutiesIn(index),
  );
  state.applyView({ ...view, selectedId: null, dutyNumber: null });
  if (theme) state.setTheme(theme);
  if (notices.length > 0) state.addNotices(notices);
  const queued = html.dataset[BOOT_STATE.queuedSelection];
  delete html.dataset[BOOT_STATE.queuedSelection];
  const selected = queued && index.byId.has(queued) ? queued : view.selectedId;
  if (selected) state.select(selected, selected === view.selectedId ? view.dutyNumber : null);
  // Selecting shows the chart; a link to the functions table (and no early click) keeps the table.
  if (view.viewMode === 'matrix' && !queued) state.setViewMode('matrix');
  // A file kept by a version before the boot script's hint still opens (asked once per browser).
  if (shownAtStart() === null) {
    void import('./platform/open-organization.ts')
      .then(({ openFromOlderVersion }) => openFromOlderVersion(STORAGE_PATIENCE, store.getState()))
      .then(
        (moved) => moved || rememberShown(DEFAULT_SHOWN),
        () => {},
      );
  }
}

/** Takes over the prerendered page: the same state, the same view, then what it could not know. */
function hydrate(organization: Organization, firstView: FirstView) {
  const store = createOrgStore(organization);
  startOfflineSupport(store);
  // The chart's code loads at once, beside the rest; the page already shows the chart.
  void loadOrgChart();
  let ready = false;
  const onChartReady = () => {
    if (ready) return;
    ready = true;
    html.dataset[BOOT_STATE.chartLive] = '';
    applyAfterHydration(store);
  };
  hydrateRoot(container, <Root store={store} firstView={firstView} onChartReady={onChartReady} />, {
    onCaughtError,
  });
}

function start({ organization, origin, notices: startNotices, skippedStoredFile }: Start) {
  const index = indexOrganization(organization);
  const { view, notices } = fromSearchParams(
    window.location.search,
    (id) => index.byId.has(id),
    unitDutiesIn(index),
  );
  const store = createOrgStore(organization, {
    ...view,
    notices: [...startNotices, ...notices],
    theme,
    origin,
    skippedStoredFile: skippedStoredFile ?? null,
  });
  startOfflineSupport(store);
  delete html.dataset[BOOT_STATE.chartPending];
  html.dataset[BOOT_STATE.chartLive] = '';
  root().render(<Root store={store} />);
}

let clientRoot: ReturnType<typeof createRoot> | null = null;
const root = () => (clientRoot ??= createRoot(container, { onCaughtError }));

function boot() {
  root().render(<StartupScreen />);
  initialOrganization((opening) => root().render(<StartupScreen opening={opening} />)).then(
    start,
    (error: unknown) =>
      root().render(
        <StartupScreen
          error={error instanceof Error ? error.message : String(error)}
          onRetry={boot}
        />,
      ),
  );
}

const prerendered = prerenderedOrganization();
const firstView = bootFirstView();
if (prerendered && firstView && startsWithPrerenderedChart(window.location.search)) {
  hydrate(prerendered, firstView);
} else {
  // Before the first paint, so a dark-theme user never sees a light flash.
  applyTheme(theme ?? systemTheme());
  boot();
}
