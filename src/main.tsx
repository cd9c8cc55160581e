import '@xyflow/react/dist/base.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { loadDefaultOrganization } from './app/load-default.ts';
import { StartupScreen } from './app/StartupScreen.tsx';
import { applyTheme, readStoredTheme, systemTheme } from './app/theme.ts';
import { indexOrganization, type Organization } from './model/organization.ts';
import { createOrgStore, OrgStoreContext } from './store/org-store.ts';
import { fromSearchParams } from './store/url-state.ts';

const theme = readStoredTheme();
// Before the first paint, so a dark-theme user never sees a light flash.
applyTheme(theme ?? systemTheme());

const root = createRoot(document.getElementById('root')!);

function start(organization: Organization) {
  const index = indexOrganization(organization);
  const { view, notices } = fromSearchParams(window.location.search, (id) => index.byId.has(id));
  const store = createOrgStore(organization, { ...view, notices, theme });
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
  loadDefaultOrganization().then(start, (error: unknown) =>
    root.render(
      <StartupScreen
        error={error instanceof Error ? error.message : String(error)}
        onRetry={boot}
      />,
    ),
  );
}

boot();
