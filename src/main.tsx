import '@xyflow/react/dist/base.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { loadDefaultOrganization } from './platform/load-default.ts';
import { StartupScreen } from './app/StartupScreen.tsx';
import { applyTheme, readStoredTheme, systemTheme } from './platform/theme.ts';
import { cardCssVariables } from './layout/card-metrics.ts';
import { indexOrganization, type Organization } from './model/organization.ts';
import { readStoredFile } from './platform/stored-organization.ts';
import { startOfflineSupport } from './platform/offline.ts';
import { createOrgStore, OrgStoreContext, type OrganizationOrigin } from './store/org-store.ts';
import { fromSearchParams } from './store/url-state.ts';

const theme = readStoredTheme();
// Before the first paint, so a dark-theme user never sees a light flash.
applyTheme(theme ?? systemTheme());
// The cards' measurements live in one module the export draws with too; the CSS reads them here.
for (const [name, value] of Object.entries(cardCssVariables())) {
  document.documentElement.style.setProperty(name, value);
}

const root = createRoot(document.getElementById('root')!);

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

function start({ organization, origin, notices: startNotices }: Start) {
  const index = indexOrganization(organization);
  const { view, notices } = fromSearchParams(window.location.search, (id) => index.byId.has(id));
  const store = createOrgStore(organization, {
    ...view,
    notices: [...startNotices, ...notices],
    theme,
    origin,
  });
  startOfflineSupport(store);
  root.render(
    <StrictMode>
      <OrgStoreContext value={store}>
        <App />
      </OrgStoreContext>
    </StrictMode>,
  );
}

function boot() {
  root.render(<StartupScreen />);
  initialOrganization().then(start, (error: unknown) =>
    root.render(
      <StartupScreen
        error={error instanceof Error ? error.message : String(error)}
        onRetry={boot}
      />,
    ),
  );
}

boot();
