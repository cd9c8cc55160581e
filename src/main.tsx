import '@xyflow/react/dist/base.css';
import './styles.css';
import 'virtual:card-metrics.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './app/Root.tsx';
import { loadOrgChart } from './app/lazy.ts';
import { loadDefaultOrganization } from './platform/load-default.ts';
import { StartupScreen } from './app/StartupScreen.tsx';
import { applyTheme, readStoredTheme, systemTheme } from './platform/theme.ts';
import { indexOrganization, type Organization } from './model/organization.ts';
import type { FirstView } from './layout/first-view.ts';
import { BOOT_STATE, startsWithPrerenderedChart } from './platform/boot-state.ts';
import { prerenderedOrganization } from './platform/prerendered-page.ts';
import { readStoredFile } from './platform/stored-organization.ts';
import { createOrgStore, type OrganizationOrigin, type OrgStore } from './store/org-store.ts';
import { fromSearchParams } from './store/url-state.ts';

const html = document.documentElement;
const theme = readStoredTheme();
const container = document.getElementById('root')!;

interface Start {
  organization: Organization;
  origin: OrganizationOrigin;
  notices: string[];
}

/** The organisation opened last in this browser if it still reads cleanly, else the default. */
async function initialOrganization(): Promise<Start> {
  const notices: string[] = [];
  const stored = await readStoredFile();
  if (stored) {
    let opened: Start | null = null;
    // Loaded only for a remembered file, so a first visit does not pay for the readers' glue.
    const { openOrganization } = await import('./platform/open-organization.ts');
    // The store does not exist yet: start-up collects what opening the file would put in it.
    await openOrganization(
      { stored },
      {
        loadOrganization: (organization, origin) => {
          opened = { organization, origin, notices };
        },
        addNotices: (more) => notices.push(...more),
        setOpenProblems: () => {},
      },
    );
    if (opened) return opened;
  }
  return { organization: await loadDefaultOrganization(), origin: { kind: 'default' }, notices };
}

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
  const { view, notices } = fromSearchParams(window.location.search, (id) => index.byId.has(id));
  state.applyView({ ...view, selectedId: null });
  if (theme) state.setTheme(theme);
  if (notices.length > 0) state.addNotices(notices);
  const queued = html.dataset[BOOT_STATE.queuedSelection];
  delete html.dataset[BOOT_STATE.queuedSelection];
  const selected = queued && index.byId.has(queued) ? queued : view.selectedId;
  if (selected) state.select(selected);
  // A file stored by a version without the boot script's hint still opens.
  void readStoredFile().then(async (stored) => {
    if (!stored) return;
    const { openOrganization } = await import('./platform/open-organization.ts');
    await openOrganization({ stored }, store.getState());
  });
}

/** Takes over the prerendered page: the same state, the same view, then what it could not know. */
function hydrate(organization: Organization, firstView: FirstView) {
  const store = createOrgStore(organization);
  // The chart's code loads at once, beside the rest; the page already shows the chart.
  void loadOrgChart();
  let ready = false;
  const onChartReady = () => {
    if (ready) return;
    ready = true;
    html.dataset[BOOT_STATE.chartLive] = '';
    applyAfterHydration(store);
  };
  hydrateRoot(container, <Root store={store} firstView={firstView} onChartReady={onChartReady} />);
}

function start({ organization, origin, notices: startNotices }: Start) {
  const index = indexOrganization(organization);
  const { view, notices } = fromSearchParams(window.location.search, (id) => index.byId.has(id));
  const store = createOrgStore(organization, {
    ...view,
    notices: [...startNotices, ...notices],
    theme,
    origin,
  });
  delete html.dataset[BOOT_STATE.chartPending];
  html.dataset[BOOT_STATE.chartLive] = '';
  root().render(<Root store={store} />);
}

let clientRoot: ReturnType<typeof createRoot> | null = null;
const root = () => (clientRoot ??= createRoot(container));

function boot() {
  root().render(<StartupScreen />);
  initialOrganization().then(start, (error: unknown) =>
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
